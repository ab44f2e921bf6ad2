// Messages in the plan's language: the Danish catalogue covers every
// diagnostic the invalid suite produces and every message written in the
// source, and the matching keeps values (IDs, numbers, the author's text).
#include "support/messages.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "pipeline/pipeline.hpp"

using namespace overblik;
namespace stdfs = std::filesystem;

TEST_CASE("Danish: a message, its hint and the values in them") {
  CHECK(to_danish("unknown theme 'overgang'") == "ukendt tema 'overgang'");
  CHECK(to_danish("did you mean 'overgange'?") == "mente du 'overgange'?");
  CHECK(to_danish("the update's date is not a calendar date: '2024-02-30'") ==
        "opdateringens dato er ikke en gyldig dato: '2024-02-30'");
  CHECK(to_danish("February 2024 has 29 days") == "februar 2024 har 29 dage");
  // A name inside a name: "'themes' item" is itself in the catalogue.
  CHECK(to_danish("'themes' item 'Bolig' is not a valid ID") ==
        "et punkt i 'themes': 'Bolig' er ikke et gyldigt ID");
  // Quoted values are the author's own text, never translated.
  CHECK(to_danish("unknown theme 'text'") == "ukendt tema 'text'");
  CHECK(to_danish("nothing like this is in the catalogue") == std::nullopt);
  CHECK(translate("nothing like this is in the catalogue", Language::da) ==
        "nothing like this is in the catalogue");
  CHECK(translate("unknown theme 'x'", Language::en) == "unknown theme 'x'");
}

TEST_CASE("Danish: a key the author writes, shown as the site's word for it") {
  // In a sentence about the initiative, the status is the site's word ...
  CHECK(to_danish("the initiative is approved but has not been updated for 400 days (since "
                  "2024-11-27)") ==
        "initiativet er godkendt, men er ikke blevet opdateret i 400 dage (siden 2024-11-27)");
  CHECK(to_danish("the initiative is started but has not been updated for 91 days (since "
                  "2025-10-02)") ==
        "initiativet er igangsat, men er ikke blevet opdateret i 91 dage (siden 2025-10-02)");
  // ... and where the author must write the key, the key stays, the word beside it.
  CHECK(to_danish("status is 'approved', but the newest update (2025-03-01) says 'started'") ==
        "status er 'approved' (godkendt), men den nyeste opdatering (2025-03-01) siger 'started' "
        "(igangsat)");
  CHECK(to_danish("set status: started, or remove 'status' and let the updates decide") ==
        "skriv status: started, eller fjern 'status' og lad opdateringerne bestemme");
}

TEST_CASE("Danish: the site's words for status and cost keys are the theme's labels") {
  std::ifstream in(OVERBLIK_TEST_DIR "/../templates/i18n/da.yaml");
  std::map<std::string, std::string> labels;
  for (std::string line; std::getline(in, line);)
    if (auto colon = line.find(": "); colon != std::string::npos)
      labels[line.substr(0, colon)] = line.substr(colon + 2);
  std::set<std::string> keys;
  for (const CatalogEntry& w : danish_interface_words()) keys.insert(w.en);
  for (int i = 0; i <= static_cast<int>(Status::stopped); ++i)
    CHECK(keys.count(status_key(static_cast<Status>(i))) == 1);
  for (Cost c : {Cost::small, Cost::medium, Cost::large}) CHECK(keys.count(cost_key(c)) == 1);
  for (const CatalogEntry& w : danish_interface_words()) {
    const std::string key =
        (labels.count(std::string("status_") + w.en) ? "status_" : "cost_") + std::string(w.en);
    INFO(key);
    CHECK(labels[key] == w.da);
  }
}

TEST_CASE("Danish: what import and diff say, and failures as main prints them") {
  CHECK(to_danish("'måske' in column 'Status' is not a status and is left out (use foreslået, "
                  "godkendt, igangsat, gennemført, udskudt or stoppet)") ==
        "'måske' i kolonnen 'Status' er ikke en status og bliver udeladt (brug foreslået, "
        "godkendt, igangsat, gennemført, udskudt eller stoppet)");
  CHECK(to_danish("Would import 1 initiative and 2 new themes from a.csv; nothing was written "
                  "(--dry-run)") ==
        "Ville importere 1 initiativ og 2 nye temaer fra a.csv; intet blev skrevet (--dry-run)");
  CHECK(to_danish("Reading a.csv (UTF-8 with BOM, separator ';')") ==
        "Læser a.csv (UTF-8 med BOM, skilletegn ';')");
  // A CSV diagnostic inside an import message is translated too.
  CHECK(to_danish("quoted field is never closed, so the row is not imported (add the closing "
                  "quote (\"))") ==
        "et felt i anførselstegn bliver aldrig lukket, så rækken bliver ikke importeret (tilføj "
        "det afsluttende anførselstegn (\"))");
  CHECK(to_danish("overblik: cannot read the new version 'nowhere': the folder does not exist") ==
        "overblik: den nye version 'nowhere' kan ikke læses: mappen findes ikke");
  // A failure that reaches main, and the system's reason in it.
  CHECK(
      to_danish("overblik: cannot create the lock file 'site.overblik-lock': Permission denied") ==
      "overblik: låsefilen 'site.overblik-lock' kan ikke oprettes: du har ikke adgang");
  CHECK(to_danish("overblik: 'content' is not empty. init writes a new plan into an empty "
                  "folder; use --force to write its files there anyway (it overwrites files of "
                  "the same name and deletes nothing)") ==
        "overblik: 'content' er ikke tom. init skriver en ny plan i en tom mappe; brug --force "
        "for at skrive filerne der alligevel (filer med samme navn bliver overskrevet, intet "
        "bliver slettet)");
  CHECK(to_danish("overblik: handleplan 2025.csv does not exist") ==
        "overblik: handleplan 2025.csv findes ikke");
  CHECK(to_danish("overblik: cannot read the old version 'git:HEAD:content': there is no git "
                  "repository in '.' or a folder above it") ==
        "overblik: den gamle version 'git:HEAD:content' kan ikke læses: der er intet "
        "git-repository i '.' eller i en mappe over den");
  CHECK(to_danish("'nope' is not a revision of the repository: revspec 'nope' not found") ==
        "'nope' er ikke en version i git-repositoriet: revspec 'nope' not found");
  // One that is not in the catalogue keeps its English after the prefix.
  CHECK(translate("overblik: something new went wrong", Language::da) ==
        "overblik: something new went wrong");
}

TEST_CASE("Danish: the summary line") {
  CHECK(format_summary(0, 0, Language::da) == "ingen problemer");
  CHECK(format_summary(1, 0, Language::da) == "1 fejl");
  CHECK(format_summary(2, 1, Language::da) == "2 fejl, 1 advarsel");
  CHECK(format_summary(0, 3, Language::da) == "3 advarsler");
  CHECK(format_summary(2, 1, Language::en) == "2 errors, 1 warning");
}

namespace {

/// A temporary folder, removed with its contents when the test ends.
struct TempDir {
  stdfs::path path;
  TempDir() {
    std::string name = (stdfs::temp_directory_path() / "overblik-messages.XXXXXX").string();
    REQUIRE(mkdtemp(name.data()) != nullptr);
    path = name;
  }
  ~TempDir() {
    std::error_code ec;
    stdfs::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

/// The invalid case `dir` (tests/invalid/cases/NAME) put together in `dest`
/// as tests/invalid/run.sh does (tests/lib.sh, assemble): the case's files,
/// and as content/ the base plan without the paths listed in `remove`, with
/// the case's content/ copied over it. Links stay links.
void assemble_invalid_case(const stdfs::path& dir, const stdfs::path& dest) {
  const auto options = stdfs::copy_options::recursive | stdfs::copy_options::copy_symlinks |
                       stdfs::copy_options::overwrite_existing;
  stdfs::copy(dir, dest, options);
  stdfs::remove_all(dest / "content");
  stdfs::remove(dest / "remove");
  stdfs::copy(dir.parent_path().parent_path() / "base", dest / "content", options);
  std::ifstream remove(dir / "remove");
  for (std::string rel; std::getline(remove, rel);)
    if (!rel.empty()) REQUIRE(stdfs::remove_all(dest / "content" / rel) > 0);
  if (stdfs::is_directory(dir / "content")) stdfs::copy(dir / "content", dest / "content", options);
}

}  // namespace

TEST_CASE("Danish: every diagnostic of the invalid suite has a translation") {
  std::set<std::string> missing;
  DiskFileSystem fs;
  TempDir tmp;
  size_t cases = 0;
  for (const auto& entry : stdfs::directory_iterator(OVERBLIK_TEST_DIR "/invalid/cases")) {
    const stdfs::path dest = tmp.path / entry.path().filename();
    assemble_invalid_case(entry.path(), dest);
    ++cases;
    BuildOptions options;
    options.content_dir = (dest / "content").string();
    options.today = Date{2026, 1, 1};
    Checked c = check_content(fs, options);
    for (const Diagnostic& d : c.diags.items()) {
      if (!to_danish(d.message)) missing.insert("message: " + d.message);
      if (!d.hint.empty() && !to_danish(d.hint)) missing.insert("hint: " + d.hint);
    }
  }
  CHECK(cases > 0);
  std::string list;
  for (const std::string& m : missing) list += "\n  " + m;
  INFO("add these to generator/support/messages_da.cpp:" << list);
  CHECK(missing.empty());
}

namespace {

/// Literals in the code that are not messages: separators, stage names, keys.
const std::set<std::string> kNotMessages = {
    " '", " \\t", " \\t\\n<>\\\"", "--- ", "parse + validate", "render + write", "swap in",
    "up to date", "previous version", "ikke opfyldt", "ingen data", "ingen fremgang", "ikke oplyst",
    " \\t>", " \\t[", ", ", "unreadable: ",
    // import: the file and why it cannot be read,
    // translated by the reason (see messages_da_import)
    "overblik: {} {}",
    // the token before a hint, which stays as it is in both languages; indentation
    "  hint: ", "\\n  hint: ", "  ",
    // "FILE:LINE: warning: TEXT" of import; serve's "Built in"/"Rebuilt in", whole in the
    // catalogue; its --stats table, and the failure to set up Ctrl+C (printed as it is,
    // before any plan is read)
    "{}:{}: {}: {}", "{} in {:.0f} ms: {}", "  {:<18} {:>9.1f} ms  {:>8} items\\n",
    "  {:<18} {:>9.1f} ms  (processor time, all threads)\\n",
    "overblik: cannot listen for Ctrl+C\\n",
    // what import writes into files: list items, bullets, themes.yaml entries, the manifest
    "- ", "\\u2022 ", "\\u25AA ", "tema ", "theme ", "{}- id: {}\\n{}  title: {}\\n",
    "{} {:016x} {}\\n"};

/// Literals that are content overblik writes into files, not messages: YAML
/// comments and front matter ("# …", "---…") and keys ("status: ").
bool content_literal(const std::string& raw) {
  static const std::regex key("[a-z_]+: ");
  return raw.rfind("# ", 0) == 0 || raw.rfind("---", 0) == 0 || std::regex_match(raw, key);
}

/// Files whose literals are content, not messages: the placeholders are the
/// Danish text `new` writes, and the schema names keys.
// stats.cpp: the --stats table, in English for the people who tune overblik.
const std::set<std::string> kNotMessageFiles = {"placeholders.cpp", "schema.cpp", "stats.cpp"};

/// String literals with a space in `text`, comments left out.
std::vector<std::string> literals(const std::string& text) {
  static const std::regex comment(R"(//[^\n]*)");
  static const std::regex literal(R"lit("((?:[^"\\\n]|\\.)*)")lit");
  // Adjacent literals on consecutive lines are one string in C++: join them.
  static const std::regex adjacent("\"[ \t]*\n[ \t]*\"");
  const std::string code = std::regex_replace(std::regex_replace(text, comment, ""), adjacent, "");
  std::vector<std::string> out;
  for (std::sregex_iterator it(code.begin(), code.end(), literal), end; it != end; ++it)
    if (it->str(1).find(' ') != std::string::npos) out.push_back(it->str(1));
  return out;
}

/// The C++ escapes of a literal as the text they stand for.
std::string unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      ++i;
      out += s[i] == 'n' ? '\n' : s[i] == 't' ? '\t' : s[i];
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

/// The command line's help texts (CLI11 prints them in English, as --help
/// does everywhere) and the developer's --stats table: not messages.
std::string without_help(std::string code) {
  if (size_t at = code.find("void print_stats("); at != std::string::npos)
    code.erase(at, code.find("\n}\n", at) - at);
  // From each of these to the end of its statement, skipping string and character literals.
  for (const char* start :
       {"add_option(", "add_flag(", "add_subcommand(", "set_version_flag(", "CLI::App app{"}) {
    for (size_t at = code.find(start); at != std::string::npos; at = code.find(start, at)) {
      size_t i = at;
      for (char quote = 0; i < code.size() && (quote || code[i] != ';'); ++i) {
        if (code[i] == '\\')
          ++i;
        else if (quote == 0 && (code[i] == '"' || code[i] == '\''))
          quote = code[i];
        else if (code[i] == quote)
          quote = 0;
      }
      code.erase(at, i - at);
    }
  }
  return code;
}

/// Where the messages overblik prints are written: folders whole, or the
/// files of a folder that print (the rest of scaffold/ writes content).
const std::vector<std::pair<std::string, std::set<std::string>>> kMessageSources = {
    {"model", {}},
    {"load", {}},
    {"pipeline", {}},
    {"cli", {}},
    {"diff", {}},
    {"write", {}},
    {"scaffold",
     {"csv_import.cpp", "import_row.cpp", "themes_file.cpp", "file_writer.cpp", "encoding.cpp"}},
    {"support", {"file_system.cpp"}},  // git_file_system.cpp: "Danish: what import and diff say"
    {"serve", {"folder_watcher.cpp"}},
};

TEST_CASE("Danish: every message written in the source has a catalogue entry") {
  std::set<std::string> missing;
  for (const auto& [folder, only] : kMessageSources) {
    for (const auto& entry :
         stdfs::directory_iterator(std::string(OVERBLIK_TEST_DIR "/../generator/") + folder)) {
      const std::string name = entry.path().filename().string();
      if (entry.path().extension() != ".cpp" || kNotMessageFiles.count(name) ||
          (!only.empty() && !only.count(name)))
        continue;
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      for (const std::string& raw : literals(without_help(text.str()))) {
        if (kNotMessages.count(raw) || content_literal(raw)) continue;
        const std::string lit = unescape(raw);
        // A literal may be a whole format string, or the start or end of one built with '+'.
        if (catalog_has(lit) || catalog_has(lit + "{}") || catalog_has("{}" + lit)) continue;
        missing.insert(entry.path().filename().string() + ": " + lit);
      }
    }
  }
  std::string list;
  for (const std::string& m : missing) list += "\n  " + m;
  INFO(
      "add these to generator/support/messages_da*.cpp, or to kNotMessages if they are not "
      "messages:"
      << list);
  CHECK(missing.empty());
}
