// Limits against hostile input that do not show in one module's own tests:
// Markdown bounds, deep trees, positions found in linear time, the
// diagnostic window and cap, one-pass label filling, chart label fitting.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../fuzz/fuzz_targets.hpp"
#include "load/csv.hpp"
#include "load/markdown.hpp"
#include "load/source_file.hpp"
#include "load/yaml_tree.hpp"
#include "model/markdown_check.hpp"
#include "pipeline/pipeline.hpp"
#include "render/chart_draw.hpp"
#include "render/labels.hpp"
#include "render/markdown_html.hpp"
#include "serve/preview_site.hpp"
#include "support/diagnostic.hpp"
#include "support/text.hpp"

using namespace overblik;

namespace {

std::string repeat(std::string_view s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

/// A table: `columns` header cells, the delimiter row, `rows` one-cell rows, each line after
/// `prefix`.
std::string table(size_t columns, size_t rows, const std::string& prefix = "") {
  std::string t =
      prefix + "|" + repeat("x|", columns) + "\n" + prefix + "|" + repeat("-|", columns) + "\n";
  for (size_t r = 0; r < rows; ++r) t += prefix + "x\n";
  return t;
}

/// fit() as it was: cut a code point at a time and measure again (quadratic).
std::string fit_reference(std::string_view text, double width) {
  if (chart::text_width(text) <= width) return std::string(text);
  std::string cut(text);
  while (!cut.empty() && chart::text_width(cut + "…") > width) {
    cut.pop_back();
    while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();
    if (!cut.empty() && static_cast<unsigned char>(cut.back()) >= 0xC0) cut.pop_back();
  }
  while (!cut.empty() && cut.back() == ' ') cut.pop_back();
  return cut + "…";
}

}  // namespace

TEST_CASE("markdown_excess counts table cells as cmark-gfm pads them") {
  const MarkdownLimits limits{1000, 100};
  CHECK_FALSE(markdown_excess("tekst | med | streger\n\nog -|- alene\n", limits));
  CHECK_FALSE(markdown_excess(table(3, 20), limits));  // 3 × 22 = 66 cells
  SUBCASE("a wide header over short rows") {
    auto e = markdown_excess("Før\n\n" + table(40, 2), limits);  // 40 × 4
    REQUIRE(e);
    CHECK(e->kind == MarkdownExcess::Kind::table_cells);
    CHECK(e->offset == 6);  // the header line ("ø" is two bytes)
  }
  SUBCASE("inside a block quote and a list item") {
    CHECK(markdown_excess(table(40, 2, "> "), limits));
    CHECK(markdown_excess("- punkt\n\n" + table(40, 2, "  "), limits));
  }
  SUBCASE("the cells of all tables count together") {
    const std::string many = table(3, 8) + "\n" + table(3, 8) + "\n" + table(3, 8);  // 30 each
    CHECK_FALSE(markdown_excess(many, limits));
    auto e = markdown_excess(many + "\n" + table(3, 8), limits);
    REQUIRE(e);
    CHECK(e->offset == 3 * (table(3, 8).size() + 1));  // the fourth table's header
  }
  SUBCASE("a blank line ends a table") {
    CHECK_FALSE(markdown_excess(table(3, 5) + "\n" + repeat("x\n", 200), limits));
  }
  SUBCASE("size") {
    auto e = markdown_excess(std::string(1001, 'a'), limits);
    REQUIRE(e);
    CHECK(e->kind == MarkdownExcess::Kind::too_large);
  }
}

TEST_CASE("a text over the Markdown limits is not parsed, and the check says where") {
  const std::string text = "Indledning.\n\n" + table(400, 200);  // 80,800 cells
  MarkdownTree tree(text);
  CHECK(tree.excess());
  CHECK(cmark_node_first_child(tree.root()) == nullptr);
  CHECK(markdown_to_html(text, {}) == "");

  Diagnostics diags;
  MarkdownText md;
  md.text = text;
  md.path = "c/initiatives/a.md";
  md.first_line = 6;
  check_markdown(md, Known{}, diags);
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].mark == Mark{8, 1});
  CHECK(diags.items()[0].message ==
        "the tables of this text have more than 50000 cells (columns × rows)");
}

TEST_CASE("trees nested 300,000 deep are walked without recursion") {
  for (const std::string& text : {repeat("> ", 300000) + "a :b c\n", repeat("- ", 300000) + "a\n",
                                  repeat("*a **a ", 100000) + "b" + repeat(" a** a*", 100000)}) {
    MarkdownTree tree(text);
    merge_text_nodes(tree.root());  // recursed once per level, and overflowed the stack
    CHECK(!markdown_to_text(text).empty());
  }
}

TEST_CASE("merge_text_nodes joins a run of text nodes into one") {
  MarkdownTree tree(repeat("[", 20000) + " a ]\n");
  merge_text_nodes(tree.root());
  cmark_node* para = cmark_node_first_child(tree.root());
  REQUIRE(para);
  cmark_node* text = cmark_node_first_child(para);
  REQUIRE(text);
  CHECK(cmark_node_next(text) == nullptr);
  CHECK(std::string(cmark_node_get_literal(text)) == repeat("[", 20000) + " a ]");
}

TEST_CASE("ColumnCounter agrees with codepoint_column, in order and out of it") {
  const std::string line = repeat("ø", 50) + "abc" + repeat("é", 20);
  ColumnCounter counter;
  for (int byte = 1; byte <= static_cast<int>(line.size()) + 1; ++byte)
    CHECK(counter.at(line, 0, static_cast<size_t>(byte - 1)) == codepoint_column(line, byte));
  CHECK(counter.at(line, 0, 4) == 3);  // backwards: counted again from the line's start
}

TEST_CASE("CSV: a lone CR ends a line, and positions on a long row are right") {
  std::vector<CsvRow> rows;
  Diagnostics diags;
  CHECK(parse_csv("a,b\rc,d\r\re,\"f\rg\"\r", "x.csv", rows, diags));
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].line == 2);
  CHECK(rows[2].line == 4);
  CHECK(rows[2].fields[1].text == "f\ng");

  rows.clear();
  CHECK_FALSE(parse_csv("x\r" + repeat("ø,", 5000) + "a\"b\r", "x.csv", rows, diags));
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].mark == Mark{2, 10002});

  SourceFile f;
  CHECK(decode_source("a\rb\r\nc\n", f, diags));
  CHECK(f.text == "a\nb\nc\n");
}

TEST_CASE("YAML: duplicate keys among many, columns on a long line") {
  std::string text = "m:\n";
  for (int i = 0; i < 20000; ++i) text += "  k" + std::to_string(i) + ": 1\n";
  text += "  k7: 2\nl: [" + repeat("ø, ", 3000) + "x]\n";
  YamlNode root;
  Diagnostics diags;
  parse_yaml(text, "p.yaml", 1, root, diags);
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].mark == Mark{20002, 3});
  CHECK(diags.items()[0].hint == "'k7' is already given at line 9; remove one of them");
  const YamlNode* l = root.find("l");
  REQUIRE(l);
  REQUIRE(l->items.size() == 3001);
  CHECK(l->items[3000].mark == Mark{20003, 5 + 3 * 3000});
}

TEST_CASE("diagnostics: a window around the column of a long line") {
  const std::string line = repeat("abcdefghij", 100);  // 1,000 characters
  SourceTexts sources{{"f.md", "x\n" + line + "\n"}};
  const std::string out = format_diagnostic({"f.md", {2, 501}, Severity::error, "m", ""}, sources);
  const std::string shown = "…" + line.substr(400, 200) + "…";
  CHECK(out == "f.md:2:501: error: m\n  2 | " + shown + "\n    | " + std::string(101, ' ') + "^\n");
  // The start and end of a line: one ellipsis, the caret where it was.
  CHECK(format_diagnostic({"f.md", {2, 3}, Severity::error, "m", ""}, sources) ==
        "f.md:2:3: error: m\n  2 | " + line.substr(0, 200) + "…\n    |   ^\n");
  CHECK(format_diagnostic({"f.md", {2, 1000}, Severity::error, "m", ""}, sources) ==
        "f.md:2:1000: error: m\n  2 | …" + line.substr(800) + "\n    | " + std::string(200, ' ') +
            "^\n");
}

TEST_CASE("diagnostics: at most 50 per file, the rest counted") {
  Diagnostics diags;
  for (int i = 0; i < 120; ++i) diags.error("a.md", {1, i + 1}, "fejl");
  for (int i = 0; i < 10; ++i) diags.warning("a.md", {2, i + 1}, "advarsel");
  diags.warning("b.md", {1, 1}, "advarsel");
  diags.sort();
  diags.limit_per_file();
  REQUIRE(diags.items().size() == 52);
  const Diagnostic& more = diags.items()[50];
  CHECK(more.mark == Mark{1, 51});
  CHECK(more.severity == Severity::error);
  CHECK(more.message == "70 more errors and 10 more warnings in this file are not shown");
  CHECK(diags.error_count() == 120);
  CHECK(diags.warning_count() == 11);
}

TEST_CASE("Labels::fill substitutes once, in one pass") {
  Labels l({{"chart_title", "{title} ({unit})"}, {"odd", "{x} {y"}});
  CHECK(l.fill("chart_title", {{"title", "{unit}{unit}"}, {"unit", "kr."}}) ==
        "{unit}{unit} (kr.)");
  CHECK(l.fill("chart_title", {{"unit", "{title}"}, {"title", "T"}}) == "T ({title})");
  CHECK(l.fill("odd", {{"x", "1"}, {"y", "2"}}) == "1 {y");
}

TEST_CASE("fit cuts a label in one pass, as the old loop did") {
  for (const std::string& text :
       {std::string("Antal borgere i hjemløshed"), repeat("Københavns Kommune ", 40),
        repeat("ø", 300), std::string("a    b    c    d    e"), std::string("x")}) {
    for (double width : {0.0, 5.0, 20.0, 60.0, 133.3, 400.0}) {
      INFO(text, " / ", width);
      CHECK(chart::fit(text, width) == fit_reference(text, width));
    }
  }
}

TEST_CASE(
    "a line of 3,000 bad links: 50 diagnostics and a count, on stderr and the preview's error "
    "page") {
  std::string body = "---\ntitle: A\nnumber: \"1\"\nthemes: [bolig]\n---\n";
  for (int i = 0; i < 3000; ++i) body += "[x](initiative:findes-ikke) ";
  const MemoryFileSystem fs = fuzz::plan_with("initiatives/a.md", body + "\n");
  BuildOptions options;
  options.today = *parse_date("2026-01-01");
  const Checked c = check_content(fs, options);
  CHECK(c.diags.error_count() == 3000);
  REQUIRE(c.diags.items().size() == 51);
  CHECK(c.diags.items()[50].message == "2950 more errors in this file are not shown");
  size_t printed = 0;
  for (const Diagnostic& d : c.diags.items()) printed += format_diagnostic(d, c.sources).size();
  CHECK(printed < 40000);  // each block shows a window of the 84 KB line, not the line
  CHECK(error_page_html(c.diags, c.sources).size() < 60000);
}
