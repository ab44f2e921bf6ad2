#include "model/markdown_check.hpp"

#include <doctest/doctest.h>

#include <string>

#include "load/content_files.hpp"
#include "model/build_plan.hpp"
#include "model/directives.hpp"
#include "model/fields.hpp"
#include "model/known.hpp"

using namespace overblik;

namespace {

/// Checks the Markdown of `key` in `yaml` (a file's text) against nothing known.
Diagnostics check_yaml(const std::string& yaml, const char* key) {
  YamlNode root;
  Diagnostics diags;
  REQUIRE(parse_yaml(yaml, "f.yaml", 1, root, diags));
  Ctx c{"f.yaml", &diags, &yaml};
  MarkdownText md = read_markdown(c, *root.find(key), key);
  Known known;
  check_markdown(md, known, diags, yaml);
  return diags;
}

Diagnostics check_body(const std::string& body, int first_line) {
  MarkdownText md;
  md.text = body;
  md.path = "x.md";
  md.first_line = first_line;
  Diagnostics diags;
  Known known;
  known.pages = {"om"};
  known.assets = {"assets/plan.pdf"};
  check_markdown(md, known, diags);
  return diags;
}

}  // namespace

TEST_CASE("Markdown problems are reported at their file line and character column") {
  SUBCASE("in a body, after æøå, in a quote, a list and a paragraph's indented continuation") {
    Diagnostics d = check_body(
        "Tekst æøå [a](page:x).\n\n> [b](page:y)\n\n- [c](page:om) [d](initiative:q)\n\nEn\n  "
        "<i>x</i>\n",
        5);
    REQUIRE(d.items().size() == 4);
    CHECK(d.items()[0].message == "link to unknown page 'x'");
    CHECK(d.items()[0].mark.line == 5);
    CHECK(d.items()[0].mark.column == 11);
    CHECK(d.items()[1].mark.line == 7);
    CHECK(d.items()[1].mark.column == 3);
    CHECK(d.items()[2].message == "link to unknown initiative 'q'");
    CHECK(d.items()[2].mark.line == 9);
    CHECK(d.items()[2].mark.column == 16);
    CHECK(d.items()[3].message == "raw HTML is not allowed in content and is left out");
    CHECK(d.items()[3].severity == Severity::warning);
    CHECK(d.items()[3].mark.line == 12);
    CHECK(d.items()[3].mark.column == 3);
  }
  SUBCASE("in a folded block scalar, on the file line the link is written on") {
    Diagnostics d =
        check_yaml("text: >-\n  Første linje og\n  anden linje med [x](page:ny) her.\n", "text");
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].mark.line == 3);
    CHECK(d.items()[0].mark.column == 19);
  }
  SUBCASE("in a literal block scalar") {
    Diagnostics d = check_yaml("a: 1\ntext: |\n  Et.\n\n    To [x](theme:ny).\n", "text");
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].mark.line == 5);
    CHECK(d.items()[0].mark.column == 8);
  }
  SUBCASE("in a plain multi-line scalar") {
    Diagnostics d = check_yaml("summary: Se også\n  [x](indicator:ny) her.\n", "summary");
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].mark.line == 2);
    CHECK(d.items()[0].mark.column == 3);
  }
  SUBCASE("in a double-quoted scalar with escapes") {
    Diagnostics d = check_yaml("t: \"Et \\\"æ\\\" [x](page:ny)\"\n", "t");
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].mark.line == 1);
    CHECK(d.items()[0].mark.column == 14);
  }
  SUBCASE("in a single-quoted scalar with a doubled quote") {
    Diagnostics d = check_yaml("t: 'It''s [x](page:ny)'\n", "t");
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].mark.column == 11);
  }
}

TEST_CASE("markdown_position without the file's text falls back to the scalar's start") {
  MarkdownText md;
  md.text = "ab [x]\nc";
  md.first_line = 3;
  md.yaml_column = 5;
  Mark m = markdown_position(md, {}, 3);
  CHECK(m.line == 3);
  CHECK(m.column == 8);
  m = markdown_position(md, {}, 7);
  CHECK(m.line == 4);
  CHECK(m.column == 1);
}

TEST_CASE("what check_markdown reports") {
  SUBCASE("raw HTML once per line") {
    Diagnostics d = check_body("<b>fed</b> og <i>kursiv</i>\n\n<div>\nx\n</div>\n", 1);
    REQUIRE(d.items().size() == 2);
    CHECK(d.items()[0].mark.line == 1);
    CHECK(d.items()[1].mark.line == 3);
  }
  SUBCASE("forbidden schemes are warnings; web links, anchors and known targets pass") {
    Diagnostics d = check_body(
        "[a](javascript:x) [b](https://e.org) [c](#top) [d](mailto:a@b.dk) [e](page:om) "
        "[f](assets/plan.pdf) [g](/assets/plan.pdf#side=2) [h](andet.html)\n",
        1);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].severity == Severity::warning);
    CHECK(d.items()[0].message ==
          "links with the scheme 'javascript:' are not allowed; only the text is kept");
  }
  SUBCASE("missing assets and empty cross-references are errors") {
    Diagnostics d = check_body("[a](assets/plan.PDF) [b](page:)\n", 1);
    REQUIRE(d.items().size() == 2);
    CHECK(d.items()[0].message == "link to missing file 'assets/plan.PDF'");
    CHECK(d.items()[0].hint == "did you mean 'assets/plan.pdf'?");
    CHECK(d.items()[1].message == "the link 'page:' names no page");
  }
  SUBCASE("theme links are not checked when no theme could be read") {
    Known known;
    known.themes_read = false;
    MarkdownText md;
    md.text = "[x](theme:bolig)";
    Diagnostics diags;
    check_markdown(md, known, diags);
    CHECK(diags.items().empty());
  }
}

TEST_CASE("directives in YAML Markdown are placed by the file's text when it is given") {
  MemoryFileSystem fs;
  fs.add("content/plan.yaml",
         "title: P\norganisation: O\npublished: 2025-06-01\nbase_url: https://e.org/\n"
         "intro: >-\n  Første linje og\n  æøå :value[mangler] her.\n");
  fs.add("content/themes.yaml", "- id: bolig\n  title: Bolig\n");
  fs.add("content/initiatives/a.md",
         "---\ntitle: A\nthemes: [bolig]\n---\n**æ** :count[initiatives]{status=startet}\n");
  Diagnostics diags;
  ContentFiles files = load_content(fs, "content", diags);
  ModelOptions options;
  options.today = Date{2026, 1, 1};
  Plan plan = build_plan(files, options, diags);
  REQUIRE(diags.items().empty());
  SourceTexts sources = source_texts(files);
  check_directives(plan, diags, &sources);
  diags.sort();
  REQUIRE(diags.items().size() == 2);
  CHECK(diags.items()[0].path == "content/initiatives/a.md");
  CHECK(diags.items()[0].mark.line == 5);
  CHECK(diags.items()[0].mark.column == 7);  // after "**æ** ", counted in characters
  CHECK(diags.items()[1].path == "content/plan.yaml");
  CHECK(diags.items()[1].message == "unknown indicator 'mangler'");
  CHECK(diags.items()[1].mark.line == 7);
  CHECK(diags.items()[1].mark.column == 7);
}
