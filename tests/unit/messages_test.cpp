// Messages in the plan's language: the Danish catalogue covers every
// diagnostic the invalid suite produces and every message written in the
// source, and the matching keeps values (IDs, numbers, the author's text).
#include "support/messages.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
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
const std::set<std::string> kNotMessages = {" '",
                                            " \\t",
                                            " \\t\\n<>\\\"",
                                            "--- ",
                                            "parse + validate",
                                            "render + write",
                                            "swap in",
                                            "up to date",
                                            "previous version",
                                            "ikke opfyldt",
                                            "ingen data",
                                            "ingen fremgang",
                                            "ikke oplyst",
                                            " \\t>",
                                            " \\t[",
                                            ", ",
                                            "unreadable: "};

/// Files whose literals are content, not messages: the placeholders are the
/// Danish text `new` writes, and the schema names keys.
const std::set<std::string> kNotMessageFiles = {"placeholders.cpp", "schema.cpp"};

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

TEST_CASE("Danish: every message written in the source has a catalogue entry") {
  std::set<std::string> missing;
  for (const char* folder : {"model", "load", "pipeline"}) {
    for (const auto& entry :
         stdfs::directory_iterator(std::string(OVERBLIK_TEST_DIR "/../generator/") + folder)) {
      if (entry.path().extension() != ".cpp" ||
          kNotMessageFiles.count(entry.path().filename().string()))
        continue;
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      for (const std::string& raw : literals(text.str())) {
        if (kNotMessages.count(raw)) continue;
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
      "add these to generator/support/messages_da.cpp, or to kNotMessages if they are not messages:"
      << list);
  CHECK(missing.empty());
}
