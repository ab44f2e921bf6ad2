#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "support/diagnostic.hpp"

namespace overblik {

/// The language of overblik's own messages: diagnostics, hints, the summary
/// line and the commands' output. Content is never translated.
enum class Language { en, da };

/// "da" or "en"; nullopt for anything else.
std::optional<Language> parse_language(std::string_view code);

/// For commands without a plan: English when LANG (or LC_ALL, LC_MESSAGES)
/// starts with "en", else Danish.
Language language_from_environment();

/// One message in English, as the code writes it (a fmt format string whose
/// `{}` are the values), and its Danish. The Danish may take the values in
/// another order with `{0}`, `{1}`, …; `{=0}` is a value untranslated, and
/// `{~0}` a value the author writes in English (a status or cost key) as the
/// Danish site shows it (see danish_interface_words).
struct CatalogEntry {
  const char* en;
  const char* da;
};

/// Every Danish message: about content (support/messages_da.cpp) and the
/// commands' own output (support/messages_da_commands.cpp).
std::span<const CatalogEntry> danish_catalog();

/// The words the Danish site shows for the values authors write in English:
/// status and cost keys ("approved" → "godkendt"), as in templates/i18n/da.yaml.
std::span<const CatalogEntry> danish_interface_words();

/// The Danish for a finished English message or hint, found by matching it
/// against the catalogue's patterns; values in the message that are not
/// quoted ('…') are translated too when the catalogue knows them (e.g. "the
/// update's date"). nullopt when no entry matches.
std::optional<std::string> to_danish(std::string_view english);

/// The language of this run's messages once the command knows it (--lang, or
/// the plan's), for lines printed far from the command line: a failure that
/// reaches main, "waiting for another build". Until set: the environment's.
void set_run_language(Language language);
Language run_language();

/// `english` in `language`; the English itself when no translation is known.
std::string translate(std::string_view english, Language language);

/// Translates the message and hint of every diagnostic (positions, paths and
/// severities stay as they are).
void localize(Diagnostics& diags, Language language);

/// "2 errors, 1 warning" (or "no problems") in `language`: "2 fejl, 1 advarsel".
std::string format_summary(int errors, int warnings, Language language);

/// Whether the catalogue has an entry whose English is exactly `format`
/// (for the source scan test).
bool catalog_has(std::string_view format);

}  // namespace overblik
