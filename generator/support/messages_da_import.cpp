// The Danish of `overblik import`: what it says while it reads a spreadsheet
// export (scaffold/csv_import.cpp, import_row.cpp, themes_file.cpp) and its
// closing line (cli/cmd_import.cpp). Cell values and column names are the
// author's own text: they are quoted and stay as they are.
#include "support/messages_da.hpp"

namespace overblik {

namespace {

const CatalogEntry kDanish[] = {
    // --- What the command says (cli/cmd_import.cpp) -------------------------------
    {"Reading {} ({}, separator '{}')", "Læser {} ({}, skilletegn '{}')"},
    {"Reading {} ({}, separator tab)", "Læser {} ({}, skilletegn: tabulator)"},
    {"UTF-8 with BOM", "UTF-8 med BOM"},
    // "overblik: FILE WHY" has no entry of its own: it would match any
    // "overblik: …" with a space and leave its text untranslated.
    {"overblik: {} does not exist", "overblik: {} findes ikke"},
    {"overblik: {} is a directory, not a file", "overblik: {} er en mappe, ikke en fil"},
    {"overblik: {} cannot be read (permission denied?)",
     "overblik: {} kan ikke læses (har du adgang til den?)"},
    {"overblik: {} cannot be read", "overblik: {} kan ikke læses"},
    {"overblik: one of the files to write exists already, so nothing was written; use --force to "
     "overwrite it:",
     "overblik: en af filerne findes allerede, så intet blev skrevet; brug --force for at "
     "overskrive den:"},
    {"overblik: {} of the files to write exist already, so nothing was written; use --force to "
     "overwrite them:",
     "overblik: {} af filerne findes allerede, så intet blev skrevet; brug --force for at "
     "overskrive dem:"},
    {"overblik: {}; nothing was written", "overblik: {}; intet blev skrevet"},
    {"{} initiative", "{} initiativ"},
    {"{} initiatives", "{} initiativer"},
    {"{} new theme", "{} nyt tema"},
    {"{} new themes", "{} nye temaer"},
    {"Imported {} and {} from {}", "Importerede {} og {} fra {}"},
    {"Would import {} and {} from {}; nothing was written (--dry-run)",
     "Ville importere {} og {} fra {}; intet blev skrevet (--dry-run)"},

    // --- The file and its header row (scaffold/csv_import.cpp) --------------------
    {"column {}: byte 0x{:02X} is not UTF-8, but the rest of the file is; it is read as the "
     "Windows-1252 character '{}'. Check that cell, and save the file as UTF-8",
     "tegn {} i linjen: byten 0x{} er ikke UTF-8, men det er resten af filen; den læses som "
     "Windows-1252-tegnet '{}'. Tjek cellen, og gem filen som UTF-8"},
    {"{}, so the row is not imported", "{}, så rækken bliver ikke importeret"},
    {"{}, so the row is not imported ({})", "{}, så rækken bliver ikke importeret ({})"},
    {"line {} comes before the header row (line {}) and is skipped",
     "linje {} står før overskriftsrækken (linje {}) og bliver sprunget over"},
    {"found no header row with a title column (titel, title or initiativ) in the first {} rows, "
     "so nothing is imported",
     "der er ingen overskriftsrække med en titelkolonne (titel, title eller initiativ) i de "
     "første {} rækker, så intet bliver importeret"},
    {"unknown column '{}' is ignored; recognised columns: {}",
     "kolonnen '{}' kendes ikke og bliver ikke brugt; de kendte kolonner er: {}"},
    {"unknown column '{}' is ignored (did you mean '{}'?); recognised columns: {}",
     "kolonnen '{}' kendes ikke og bliver ikke brugt (mente du '{}'?); de kendte kolonner er: {}"},
    {"column '{}' means the same as column '{}' ({}), so it is ignored",
     "kolonnen '{}' betyder det samme som kolonnen '{}' ({}), så den bliver ikke brugt"},
    {"column {} has no header, so its values are ignored",
     "kolonne {} har ingen overskrift, så dens værdier bliver ikke brugt"},
    {"the row has {} cells but the header only {}; the cells after column {} are ignored",
     "rækken har {} celler, men overskriftsrækken kun {}; cellerne efter kolonne {} bliver ikke "
     "brugt"},
    {"number {} is already used by the row on line {}, so it is left out here",
     "nummer {} bruges allerede af rækken på linje {}, så det bliver udeladt her"},
    {"there are no rows below the header, so nothing is imported",
     "der er ingen rækker under overskriftsrækken, så intet bliver importeret"},
    {"{} (import needs the existing themes: fix themes.yaml first)",
     "{} (import skal kende de temaer, der allerede findes: ret themes.yaml først)"},

    // --- A row (scaffold/import_row.cpp) -------------------------------------------
    {"the row has {} (column '{}'), so it is not imported",
     "rækken har {} (kolonnen '{}'), så den bliver ikke importeret"},
    {"no title", "ingen titel"},
    {"no letter or digit in its title '{}'", "hverken bogstaver eller cifre i titlen '{}'"},
    {"the row names no theme, so the initiative is put under the theme '{}' ({}) until you "
     "choose one",
     "rækken nævner intet tema, så initiativet bliver lagt under temaet '{}' ({}), indtil du "
     "vælger et"},
    {"'{}' in column '{}' is not {} and is left out ({})",
     "'{}' i kolonnen '{}' er ikke {} og bliver udeladt ({})"},
    // The same message for each kind of value, whole, so that it reads well.
    {"'{}' in column '{}' is not a status and is left out (use foreslået, godkendt, igangsat, "
     "gennemført, udskudt or stoppet)",
     "'{}' i kolonnen '{}' er ikke en status og bliver udeladt (brug foreslået, godkendt, "
     "igangsat, gennemført, udskudt eller stoppet)"},
    {"'{}' in column '{}' is not a cost class and is left out (use lille, mellem or stor)",
     "'{}' i kolonnen '{}' er ikke en udgiftsstørrelse og bliver udeladt (brug lille, mellem "
     "eller stor)"},
    {"'{}' in column '{}' is not yes or no and is left out (use ja or nej, or x for yes)",
     "'{}' i kolonnen '{}' er hverken ja eller nej og bliver udeladt (brug ja eller nej, eller x "
     "for ja)"},
    {"'{}' in column '{}' is not a period and is left out (write e.g. 2024, 2024-H1, 1. halvår "
     "2024, 2. kvartal 2024 or maj 2024)",
     "'{}' i kolonnen '{}' er ikke en periode og bliver udeladt (skriv fx 2024, 2024-H1, "
     "1. halvår 2024, 2. kvartal 2024 eller maj 2024)"},
    {"a status", "en status"},
    {"a cost class", "en udgiftsstørrelse"},
    {"yes or no", "ja eller nej"},
    {"use foreslået, godkendt, igangsat, gennemført, udskudt or stoppet",
     "brug foreslået, godkendt, igangsat, gennemført, udskudt eller stoppet"},
    {"use lille, mellem or stor", "brug lille, mellem eller stor"},
    {"use ja or nej, or x for yes", "brug ja eller nej, eller x for ja"},
    {"write e.g. 2024, 2024-H1, 1. halvår 2024, 2. kvartal 2024 or maj 2024",
     "skriv fx 2024, 2024-H1, 1. halvår 2024, 2. kvartal 2024 eller maj 2024"},
    {"the end {} lies before the start {}, so the end is left out",
     "slutperioden {} ligger før startperioden {}, så slutperioden bliver udeladt"},

    // --- Themes named in a row (scaffold/themes_file.cpp) ---------------------------
    {"theme '{}' is a group ({}); name one of its themes instead. It is left out",
     "temaet '{}' er en gruppe ({}); skriv i stedet et af dens temaer. Det bliver udeladt"},
    {"theme '{}' matches no theme in themes.yaml and is left out",
     "temaet '{}' svarer ikke til noget tema i themes.yaml og bliver udeladt"},
    {"themes.yaml is not written as a list of '- id: ...' entries, so new themes cannot be added "
     "to it; add them by hand",
     "themes.yaml er ikke skrevet som en liste af punkter '- id: ...', så nye temaer kan ikke "
     "tilføjes automatisk; tilføj dem i hånden"},
    {"{}:{}:{}: themes.yaml is not a list of themes",
     "{}:{}:{}: themes.yaml er ikke en liste af temaer"},
    {"{}:{}:{}: {}", "{}:{}:{}: {}"},
};

}  // namespace

std::span<const CatalogEntry> danish_import_messages() {
  return kDanish;
}

}  // namespace overblik
