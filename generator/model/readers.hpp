#pragma once
#include <functional>
#include <optional>
#include <vector>

#include "load/source_file.hpp"
#include "model/fields.hpp"
#include "model/known.hpp"
#include "model/plan.hpp"

namespace overblik {

/// plan.yaml → PlanInfo. `assets` checks the logo.
/// Also sets known.allow_external_images from the plan, before its intro is checked.
PlanInfo read_plan_info(const SourceFile& file, Known& known, Diagnostics& diags);

/// plan.yaml's `terms` (1.2): each term checked, segments unique and clear of the site's own
/// folders and pages.
Terms read_terms(const Ctx& c, const YamlNode& n, const std::string& language, const Known& known);
/// plan.yaml's `sections` (1.2).
Sections read_sections(const Ctx& c, const YamlNode& n);
/// plan.yaml's `published`: a date, or (1.2) a year or month; sets published_ok only when readable.
void read_published(const Ctx& c, const YamlNode& n, PlanInfo& info);
/// plan.yaml's `status` and `default_status` (1.2).
void read_plan_status(const Ctx& c, const Fields& f, PlanInfo& info);

/// The list of a themes.yaml written as `themes: [...]`; null for any other shape.
const YamlNode* themes_list_in(const YamlNode& root);
/// themes.yaml → themes in file order, with parents checked and children filled.
/// `known` checks the indicators that results name (1.2).
std::vector<Theme> read_themes(const SourceFile& file, const Known& known, Diagnostics& diags);

/// initiatives/ID.md → Initiative (updates newest first, status resolved).
std::optional<Initiative> read_initiative(const SourceFile& file, const Known& known,
                                          Diagnostics& diags);

/// indicators/ID.yaml (+ ID.csv when given) → Indicator.
std::optional<Indicator> read_indicator(const SourceFile& file, const SourceFile* csv,
                                        const Known& known, Diagnostics& diags);

/// pages/SLUG.md → Page.
std::optional<Page> read_page(const SourceFile& file, const Known& known, Diagnostics& diags);

/// A reference to a leaf theme, checked where it is written.
bool check_theme_ref(const Ctx& c, const YamlNode& n, const std::string& id, const Known& known);

/// A list of IDs: each valid, accepted by `check`, and not repeated.
std::vector<std::string> read_id_list(
    const Ctx& c, const YamlNode& n, const std::string& what,
    const std::function<bool(const YamlNode&, const std::string&)>& check);

/// The ID a file name gives ("initiatives/en-indgang.md" → "en-indgang").
std::string id_of(const SourceFile& file);

/// Reports an invalid ID in a file name, with the transliterated suggestion.
bool check_file_id(const SourceFile& file, const std::string& id, Diagnostics& diags);

}  // namespace overblik
