// overblik init / new / import: encodings, separators, headers, values, and
// that what the scaffold writes passes the checker.
#include <doctest/doctest.h>
#include <stdlib.h>

#include <filesystem>

#include "pipeline/pipeline.hpp"
#include "scaffold/csv_import.hpp"
#include "scaffold/encoding.hpp"
#include "scaffold/file_writer.hpp"
#include "scaffold/import_columns.hpp"
#include "scaffold/import_values.hpp"
#include "scaffold/starter.hpp"
#include "scaffold/yaml_text.hpp"

using namespace overblik;
using namespace overblik::scaffold;
using Strings = std::vector<std::string>;

TEST_CASE("cp1252: the 256-entry table") {
  CHECK(cp1252_codepoint('A') == U'A');
  CHECK(cp1252_codepoint(0xE6) == U'æ');
  CHECK(cp1252_codepoint(0xF8) == U'ø');
  CHECK(cp1252_codepoint(0xE5) == U'å');
  CHECK(cp1252_codepoint(0xC6) == U'Æ');
  CHECK(cp1252_codepoint(0xA7) == U'§');
  CHECK(cp1252_codepoint(0x80) == U'€');
  CHECK(cp1252_codepoint(0x96) == U'–');
  CHECK(cp1252_codepoint(0x93) == U'“');
  CHECK(cp1252_codepoint(0x9F) == U'Ÿ');
  for (int undefined : {0x81, 0x8D, 0x8F, 0x90, 0x9D})
    CHECK(cp1252_codepoint(static_cast<unsigned char>(undefined)) == 0xFFFD);
  for (unsigned b = 0xA0; b <= 0xFF; ++b)
    CHECK(cp1252_codepoint(static_cast<unsigned char>(b)) == b);
}

TEST_CASE("cp1252 → UTF-8") {
  CHECK(cp1252_to_utf8("Sv\xE6re overgange \x96 \xF8 \xE5 \x80") == "Svære overgange – ø å €");
  CHECK(cp1252_to_utf8("plain") == "plain");
  CHECK(cp1252_to_utf8(std::string_view("\x00", 1)) == std::string("\x00", 1));
}

TEST_CASE("decoding a spreadsheet export") {
  auto d = decode_spreadsheet_text("\xEF\xBB\xBFTitel;\xC3\xa6\r\nx\r\n");
  CHECK(d.encoding == Encoding::utf8_bom);
  CHECK(d.text == "Titel;æ\nx\n");
  d = decode_spreadsheet_text("Titel;\xE6\xF8\xE5\r\n");
  CHECK(d.encoding == Encoding::cp1252);
  CHECK(d.text == "Titel;æøå\n");
  d = decode_spreadsheet_text("a\rb\r\n");  // old Mac Excel: CR alone
  CHECK(d.encoding == Encoding::utf8);
  CHECK(d.text == "a\nb\n");
  d =
      decode_spreadsheet_text(std::string("\xFF\xFE"
                                          "a\0\xE6\0\t\0\n\0",
                                          10));
  CHECK(d.encoding == Encoding::utf16le);
  CHECK(d.text == "aæ\t\n");
  d = decode_spreadsheet_text("\xEF\xBB\xBF\xE6");  // a BOM, then cp1252 after all
  CHECK(d.encoding == Encoding::cp1252);
  CHECK(d.text == "æ");
}

TEST_CASE("separator sniffing") {
  CHECK(sniff_separator("Nr;Titel;Tema\n1;a,b,c,d;x\n") == ';');
  CHECK(sniff_separator("Nr,Titel,Tema\n") == ',');
  CHECK(sniff_separator("Nr\tTitel\tTema\n") == '\t');
  CHECK(sniff_separator("\"a;b;c\",Titel\n") == ',');          // quoted separators do not count
  CHECK(sniff_separator("Titel;Beskrivelse, kort\n") == ';');  // a tie: ';'
  CHECK(sniff_separator("Titel\n") == ',');
  CHECK(sniff_separator("Handleplan 2025\nNr;Titel\n") == ';');  // a title line without any
  CHECK(separator_line("sep=;\nNr,Titel\n") == ';');
  CHECK(separator_line("sep=,") == ',');
  CHECK(separator_line("Nr;Titel\n") == 0);
}

TEST_CASE("header matching: Danish or English, any case, accents or not") {
  CHECK(match_column("Nr.") == Column::number);
  CHECK(match_column("NUMMER") == Column::number);
  CHECK(match_column("Initiativ") == Column::title);
  CHECK(match_column(" Titel ") == Column::title);
  CHECK(match_column("Forventet Udgift") == Column::cost);
  CHECK(match_column("Resumé") == Column::summary);
  CHECK(match_column("resume") == Column::summary);
  CHECK(match_column("quick_win") == Column::quick_win);
  CHECK(match_column("Quick win") == Column::quick_win);
  CHECK(match_column("Hurtig effekt") == Column::quick_win);
  CHECK(match_column("Målgrupper") == Column::tags);
  CHECK(match_column("Samarbejdspartnere") == Column::partners);
  CHECK(match_column("Ansvarlig") == Column::owner);
  CHECK(match_column("Slut") == Column::end);
  CHECK(match_column("Beskrivelse") == Column::description);
  CHECK_FALSE(match_column("Budget 2025"));
  CHECK_FALSE(match_column(""));
  CHECK(column_key(Column::description) == "body");
}

TEST_CASE("yes and no") {
  for (const char* yes : {"Ja", "JA", "x", "X", "yes", "TRUE", "1", "\u2713", " ja "})
    CHECK(parse_yes_no(yes) == true);
  for (const char* no : {"Nej", "nej", "No", "false", "0"}) CHECK(parse_yes_no(no) == false);
  CHECK_FALSE(parse_yes_no("måske"));
  CHECK_FALSE(parse_yes_no(""));
}

TEST_CASE("cost words") {
  CHECK(parse_cost_phrase("Lille") == "small");
  CHECK(parse_cost_phrase("MELLEM") == "medium");
  CHECK(parse_cost_phrase("Stor") == "large");
  CHECK(parse_cost_phrase("høj") == "large");
  CHECK(parse_cost_phrase("Medium") == "medium");
  CHECK(parse_cost_phrase("small") == "small");
  CHECK_FALSE(parse_cost_phrase("1 mio. kr."));
}

TEST_CASE("statuses") {
  CHECK(parse_status_phrase("Foreslået") == "proposed");
  CHECK(parse_status_phrase("godkendt") == "approved");
  CHECK(parse_status_phrase("Igangsat") == "started");
  CHECK(parse_status_phrase("I gang") == "started");
  CHECK(parse_status_phrase("GENNEMFØRT") == "completed");
  CHECK(parse_status_phrase("udskudt") == "postponed");
  CHECK(parse_status_phrase("Stoppet") == "stopped");
  for (const char* key : {"proposed", "approved", "started", "completed", "postponed", "stopped"})
    CHECK(parse_status_phrase(key) == key);
  CHECK_FALSE(parse_status_phrase("måske"));
}

TEST_CASE("periods as Danish plans write them") {
  const std::vector<std::pair<const char*, const char*>> cases = {{"2024", "2024"},
                                                                  {"2024-H1", "2024-H1"},
                                                                  {"2024 h2", "2024-H2"},
                                                                  {"H1 2025", "2025-H1"},
                                                                  {"1. halvår 2024", "2024-H1"},
                                                                  {"2. halvår 2024", "2024-H2"},
                                                                  {"Første halvår 2024", "2024-H1"},
                                                                  {"2. kvartal 2025", "2025-Q2"},
                                                                  {"4. kvt. 2025", "2025-Q4"},
                                                                  {"Q3 2025", "2025-Q3"},
                                                                  {"2025-Q1", "2025-Q1"},
                                                                  {"maj 2024", "2024-05"},
                                                                  {"Maj 2024", "2024-05"},
                                                                  {"okt. 2024", "2024-10"},
                                                                  {"May 2025", "2025-05"},
                                                                  {"maj-24", "2024-05"},
                                                                  {"2024-05", "2024-05"},
                                                                  {"05-2024", "2024-05"},
                                                                  {"2024-05-17", "2024-05-17"},
                                                                  {"17-05-2024", "2024-05-17"},
                                                                  {"17.05.2024", "2024-05-17"},
                                                                  {"17. maj 2024", "2024-05-17"},
                                                                  {"1st half of 2024", "2024-H1"}};
  for (const auto& c : cases) {
    // Not a structured binding: clang 14 cannot capture one in a lambda (CAPTURE).
    const char* text = c.first;
    CAPTURE(text);
    CHECK(parse_period_phrase(text) == std::optional<std::string>(c.second));
  }
  for (const char* bad :
       {"snart", "2. halvår", "3. halvår 2024", "5. kvartal 2024", "2024-13", "30-02-2024", ""}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_period_phrase(bad));
  }
}

TEST_CASE("lists and owners") {
  CHECK(split_list("Bolig, Sundhed;Bolig\nJob / Unge", ",;/") ==
        Strings{"Bolig", "Sundhed", "Job", "Unge"});
  CHECK(split_list(" ; ,", ",;").empty());
  CHECK(split_owners("Social- og Handicapchefen og Sundhedschefen") ==
        Strings{"Social- og Handicapchefen", "Sundhedschefen"});
  CHECK(split_owners("Chefen for Uddannelse og kvalitet; Jobcenterchefen") ==
        Strings{"Chefen for Uddannelse og kvalitet", "Jobcenterchefen"});
  CHECK(split_owners("Forstanderen\nØkonomichefen og Ældrechefen") ==
        Strings{"Forstanderen", "Økonomichefen", "Ældrechefen"});
  CHECK(is_blank_value(" – "));
  CHECK(is_blank_value("-"));
  CHECK_FALSE(is_blank_value("-x"));
}

TEST_CASE("YAML scalars are quoted only when they must be") {
  CHECK(yaml_scalar("Én indgang") == "Én indgang");
  CHECK(yaml_scalar("Bemærk: kun 2025") == "\"Bemærk: kun 2025\"");
  CHECK(yaml_scalar("Ja") == "\"Ja\"");
  CHECK(yaml_scalar("2025") == "\"2025\"");
  CHECK(yaml_scalar("#1 prioritet") == "\"#1 prioritet\"");
  CHECK(yaml_scalar("Sig \"hej\"") == "Sig \"hej\"");
  CHECK(yaml_scalar("\"hej\"") == "\"\\\"hej\\\"\"");
  CHECK(yaml_display_number("7") == "7");
  CHECK(yaml_display_number("4.10") == "\"4.10\"");
  CHECK(fill_template("@A@ @B@ @@", {{"A", "@B@"}, {"B", "b"}}) == "@B@ b @@");
}

namespace {

Checked check_memory(const MemoryFileSystem& fs) {
  BuildOptions options;
  options.content_dir = "content";
  options.today = {2026, 1, 1};
  return check_content(fs, options);
}

void add_files(MemoryFileSystem& fs, const std::vector<PlannedFile>& files) {
  for (const auto& f : files) fs.add("content/" + f.rel, f.bytes);
}

std::string errors_of(const Checked& c) {
  std::string out;
  for (const auto& d : c.diags.items())
    if (d.severity == Severity::error) out += d.path + ": " + d.message + "\n";
  return out;
}

}  // namespace

TEST_CASE("init writes a plan that passes check, and new adds files that do too") {
  const Date today{2026, 1, 1};
  MemoryFileSystem fs;
  add_files(fs, starter_files(today));
  Checked c = check_memory(fs);
  CHECK(errors_of(c) == "");
  CHECK(c.plan.initiatives.size() == 1);
  ThemeList themes =
      *read_theme_list(*fs.read("content/themes.yaml", nullptr), "content/themes.yaml", nullptr);
  CHECK(themes.leaves().size() == 2);
  for (auto kind : {NewKind::initiative, NewKind::indicator, NewKind::page})
    fs.add("content/" + new_file_path(kind, "aeldre-pleje"),
           new_file_text(kind, "Ældre: pleje", themes, today));
  c = check_memory(fs);
  CHECK(errors_of(c) == "");
  CHECK(c.plan.initiatives.size() == 2);
  CHECK(title_from_id("aeldre-pleje") == "Aeldre pleje");
}

TEST_CASE("import: sep= line, tabs with empty cells, existing themes, long repeated titles") {
  const std::string title(90, 'a');
  ImportInput in{"plan.csv",
                 "sep=\t\nTitel\tTema\tStart\tStatus\n" + title + "\tBolig\t\tGodkendt\n" + title +
                     "\t2\t2024\t\n\t\t\t\n",
                 std::string("- id: bolig\n  title: Bolig\n  number: 2\n"), "content/themes.yaml"};
  ImportResult r = import_csv(in);
  CHECK(r.separator == '\t');
  CHECK_FALSE(r.failed);
  CHECK(r.messages.empty());
  REQUIRE(r.files.size() == 2);  // two initiatives, no new theme
  CHECK(r.files[0].rel == "initiatives/" + std::string(80, 'a') + ".md");
  CHECK(r.files[1].rel == "initiatives/" + std::string(78, 'a') + "-2.md");
  CHECK(r.files[0].bytes.find("status: approved\n") != std::string::npos);
  CHECK(r.files[1].bytes.find("start: 2024\n") != std::string::npos);
  CHECK(r.files[1].bytes.find("themes: [bolig]\n") != std::string::npos);
}

TEST_CASE("import: the result passes check; problems carry their CSV line") {
  ImportInput in{
      "h.csv",
      "Titel;Temaer;Slut;Hurtig effekt\r\nA;\"Ny, Anden\";snart;x\r\n;Ny;;\r\nB;Ny;2025;Nej\r\n",
      std::nullopt, "content/themes.yaml"};
  ImportResult r = import_csv(in);
  CHECK(r.failed);
  REQUIRE(r.messages.size() == 2);
  CHECK(format_import_message("h.csv", r.messages[0]) ==
        "h.csv:2: warning: 'snart' in column 'Slut' is not a period and is left out (write e.g. "
        "2024, 2024-H1, "
        "1. halvår 2024, 2. kvartal 2024 or maj 2024)");
  CHECK(format_import_message("h.csv", r.messages[1]) ==
        "h.csv:3: error: the row has no title (column 'Titel'), so it is not imported");
  CHECK(r.new_themes == 2);
  MemoryFileSystem fs;
  fs.add("content/plan.yaml", starter_plan({2026, 1, 1}));
  add_files(fs, r.files);
  Checked c = check_memory(fs);
  CHECK(errors_of(c) == "");
  CHECK(c.plan.initiatives.size() == 2);
}

TEST_CASE("import: a stray quote spoils only its row") {
  ImportResult r = import_csv(
      {"q.csv", "Titel;Tema\nEn \"god\" idé;Bolig\nAnden;Bolig\n", std::nullopt, "themes.yaml"});
  CHECK(r.failed);
  REQUIRE(r.messages.size() == 1);
  CHECK(r.messages[0].line == 2);
  CHECK(r.messages[0].text.find("so the row is not imported (put the whole field in quotes") !=
        std::string::npos);
  CHECK(r.initiatives == 1);
}

TEST_CASE("the overlay shows planned writes as done") {
  MemoryFileSystem base;
  base.add("content/themes.yaml", "- id: a\n  title: A\n");
  std::vector<FileWrite> writes = {{{"themes.yaml", "- id: b\n  title: B\n", true},
                                    "content/themes.yaml",
                                    WriteAction::append,
                                    "content"},
                                   {{"initiatives/x.md", "x", false},
                                    "content/initiatives/x.md",
                                    WriteAction::create,
                                    "content"}};
  OverlayFileSystem overlay(base, writes);
  CHECK(*overlay.read("content/themes.yaml", nullptr) ==
        "- id: a\n  title: A\n- id: b\n  title: B\n");
  CHECK(overlay.kind("content/initiatives") == FileKind::directory);
  CHECK(overlay.kind("content/initiatives/x.md") == FileKind::file);
  auto entries = overlay.list("content", "content");
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].name == "initiatives");
  CHECK(entries[1].name == "themes.yaml");
}

TEST_CASE("new: a title or theme title with line breaks cannot leave its YAML or comment") {
  const Date today{2026, 1, 1};
  MemoryFileSystem fs;
  add_files(fs, starter_files(today));
  ThemeList themes =
      *read_theme_list(*fs.read("content/themes.yaml", nullptr), "content/themes.yaml", nullptr);
  REQUIRE(themes.themes.size() >= 2);
  themes.themes.back().title += "\nstatus: stopped\r\u2028x\u0085y";
  for (auto kind : {NewKind::initiative, NewKind::indicator, NewKind::page}) {
    const std::string text = new_file_text(kind, "Titel\nstatus: stopped\n# x", themes, today);
    // Every line is a comment, a key of the template, or Markdown after the front matter.
    CHECK(text.find("\nstatus: stopped") == std::string::npos);
    CHECK(text.find("\u2028") == std::string::npos);
    CHECK(text.find("\u0085") == std::string::npos);
    fs.add("content/" + new_file_path(kind, "ny"), text);
  }
  Checked c = check_memory(fs);
  CHECK(errors_of(c) == "");
  CHECK(yaml_comment_text("a\nb\rc\td\x7f"
                          "e\u2029f") == "a b c d e f");
}

TEST_CASE(
    "import: a UTF-8 file with a stray Windows-1252 byte is read as UTF-8, the byte reported") {
  // "Hjælp" in UTF-8 twice, then "Bøger" with ø as the single Windows-1252 byte 0xF8.
  const DecodedText d =
      decode_spreadsheet_text("Titel;Tema\nHj\xC3\xA6lp;Bolig\nHj\xC3\xA6lp 2;B\xF8ger\n");
  CHECK(d.encoding == Encoding::utf8);
  CHECK(d.text == "Titel;Tema\nHjælp;Bolig\nHjælp 2;Bøger\n");
  REQUIRE(d.stray.size() == 1);
  CHECK(d.stray[0].line == 3);
  CHECK(d.stray[0].column == 10);
  CHECK(d.stray[0].byte == 0xF8);
  // A real Windows-1252 file (no UTF-8 sequence at all) is still that, without reports.
  const DecodedText w = decode_spreadsheet_text("Titel\nHj\xE6lp\nB\xF8ger\n");
  CHECK(w.encoding == Encoding::cp1252);
  CHECK(w.text == "Titel\nHjælp\nBøger\n");
  CHECK(w.stray.empty());
}

TEST_CASE("content commands do not write through a symbolic link that leads out") {
  namespace fs = std::filesystem;
  std::string tmpl = (fs::temp_directory_path() / "overblik-scaffold-XXXXXX").string();
  const fs::path t = ::mkdtemp(tmpl.data());
  fs::create_directories(t / "content" / "initiatives");
  fs::create_directories(t / "outside");
  fs::create_directories(t / "content" / "inside");
  fs::create_symlink(t / "outside" / "victim.md",
                     t / "content" / "initiatives" / "a.md");                    // dangling, out
  fs::create_symlink(t / "outside", t / "content" / "pages");                    // folder, out
  fs::create_symlink("../inside/b.md", t / "content" / "initiatives" / "b.md");  // inside: followed
  const std::string dir = (t / "content").string();
  std::vector<std::string> refused;
  auto writes = plan_writes(
      DiskFileSystem(), dir,
      {{"initiatives/a.md", "x"}, {"pages/p.md", "x"}, {"initiatives/b.md", "b"}}, true, refused);
  REQUIRE(writes.size() == 3);
  CHECK(write_problem(writes[0]) != "");
  CHECK_THROWS(apply_write(writes[0]));
  CHECK_THROWS(apply_write(writes[1]));
  CHECK_FALSE(fs::exists(t / "outside" / "victim.md"));
  CHECK_FALSE(fs::exists(t / "outside" / "p.md"));
  CHECK(write_problem(writes[2]) == "");
  apply_write(writes[2]);
  CHECK(fs::exists(t / "content" / "inside" / "b.md"));
  fs::remove_all(t);
}
