#pragma once
// The commented starting points that `overblik init` and `overblik new` write.
// The comments are in Danish, for the communications staff who edit the
// files; each names the section of docs/content-format.md that explains it.
#include <string>
#include <string_view>
#include <vector>

#include "model/period.hpp"
#include "scaffold/file_writer.hpp"
#include "scaffold/themes_file.hpp"

namespace overblik::scaffold {

/// What `init` writes: plan.yaml, themes.yaml (two themes), one initiative,
/// one indicator and pages/om-planen.md, dated `today`. Passes `overblik check`.
std::vector<PlannedFile> starter_files(const Date& today);

/// plan.yaml alone, dated `today` (import writes it into a folder without one).
std::string starter_plan(const Date& today);

enum class NewKind { initiative, indicator, page };

/// "initiatives/ID.md", "indicators/ID.yaml", "pages/ID.md".
std::string new_file_path(NewKind kind, std::string_view id);

/// A title for a file made without --title: the ID with spaces, capitalised
/// ("aeldre-pleje" → "Aeldre pleje").
std::string title_from_id(std::string_view id);

/// The file `new` writes. An initiative gets the first leaf theme of `themes`
/// (which must have one) and a comment listing the others; an indicator a
/// commented themes line; `today` gives the indicator's first period.
std::string new_file_text(NewKind kind, const std::string& title, const ThemeList& themes,
                          const Date& today);

}  // namespace overblik::scaffold
