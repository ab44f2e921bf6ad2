#include <doctest/doctest.h>

#include "render/escape.hpp"
#include "render/markdown_html.hpp"

using namespace overblik;

namespace {
std::string md(const std::string& text, const std::string& root = "../../") {
  static const Urls urls("da");
  return markdown_to_html(text, {.urls = &urls, .root = root});
}
}  // namespace

TEST_CASE("markdown_to_html drops raw HTML and dangerous links") {
  SUBCASE("raw HTML blocks and inline HTML are left out") {
    CHECK(md("<div onclick=\"x()\">hej</div>\n\nTekst <b>fed</b>.") == "<p>Tekst fed.</p>\n");
    CHECK(md("<script>alert(1)</script>") == "");
  }
  SUBCASE("javascript: and data: links become their text") {
    CHECK(md("[klik](javascript:alert(1))") == "<p>klik</p>\n");
    CHECK(md("[klik](JaVaScRiPt:alert(1))") == "<p>klik</p>\n");
    CHECK(md("[x](data:text/html;base64,PHNjcmlwdD4=)") == "<p>x</p>\n");
    CHECK(md("![billede](javascript:alert(1))") == "<p>billede</p>\n");
  }
  SUBCASE("web links are kept") {
    CHECK(md("[VIVE](https://www.vive.dk/)") ==
          "<p><a href=\"https://www.vive.dk/\">VIVE</a></p>\n");
    CHECK(md("[mail](mailto:a@b.dk)") == "<p><a href=\"mailto:a@b.dk\">mail</a></p>\n");
  }
}

TEST_CASE("markdown_to_html resolves cross-references and assets from the page") {
  CHECK(md("[Én indgang](initiative:en-indgang)") ==
        "<p><a href=\"../../initiativer/en-indgang/index.html\">Én indgang</a></p>\n");
  CHECK(md("[t](theme:sundhed)", "../") ==
        "<p><a href=\"../temaer/sundhed/index.html\">t</a></p>\n");
  CHECK(md("[i](indicator:udsaettelser#data)", "") ==
        "<p><a href=\"indikatorer/udsaettelser/index.html#data\">i</a></p>\n");
  CHECK(md("[s](page:om-strategien)", "") == "<p><a href=\"om-strategien/index.html\">s</a></p>\n");
  CHECK(md("[PDF](assets/plan.pdf)") == "<p><a href=\"../../assets/plan.pdf\">PDF</a></p>\n");
  CHECK(md("[PDF](/assets/plan.pdf)", "") == "<p><a href=\"assets/plan.pdf\">PDF</a></p>\n");
  CHECK(md("[afsnit](#effekt)") == "<p><a href=\"#effekt\">afsnit</a></p>\n");
}

TEST_CASE("markdown_to_html shifts headings under the page's h1") {
  CHECK(md("# A\n\n## B") == "<h2>A</h2>\n<h3>B</h3>\n");
  CHECK(md("## A\n\n### B") == "<h2>A</h2>\n<h3>B</h3>\n");
  CHECK(md("### Only three\n\n#### Four") == "<h2>Only three</h2>\n<h3>Four</h3>\n");
  static const Urls urls("da");
  CHECK(markdown_to_html("# A", {.urls = &urls}, 3) == "<h3>A</h3>\n");
}

TEST_CASE("markdown_to_html keeps GFM tables, strikethrough and autolinks") {
  CHECK(md("~~gammelt~~") == "<p><del>gammelt</del></p>\n");
  CHECK(md("www.kolding.dk") == "<p><a href=\"http://www.kolding.dk\">www.kolding.dk</a></p>\n");
  CHECK(md("| a | b |\n|---|---|\n| 1 | 2 |").find("<table>") != std::string::npos);
}

TEST_CASE("Mustache-like text stays text") {
  CHECK(md("{{> base}} {{{x}}}") == "<p>{{&gt; base}} {{{x}}}</p>\n");
}

TEST_CASE("markdown_to_text gives plain text") {
  CHECK(markdown_to_text("## Problem\n\nMange *borgere* [her](initiative:x).\n\n- a\n- b") ==
        "Problem Mange borgere her. a b");
}

TEST_CASE("escape_html escapes markup and drops control characters") {
  CHECK(escape_html("<a href=\"x\">'&'</a>") ==
        "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  CHECK(escape_html(std::string("a\x01"
                                "b\x7f"
                                "c\td")) ==
        "ab"
        "c\td");
  CHECK(escape_html("x\xEF\xBF\xBEy") == "xy");
  CHECK(escape_html("æøå – §") == "æøå – §");
}

TEST_CASE("a page's main text gets heading ids, unique and optionally prefixed") {
  static const Urls urls("da");
  CHECK(markdown_to_html("## Forventet effekt\n\n## Forventet effekt\n\n### Økonomi",
                         {.urls = &urls, .heading_ids = true}) ==
        "<h2 id=\"forventet-effekt\">Forventet effekt</h2>\n<h2 "
        "id=\"forventet-effekt-2\">Forventet effekt</h2>\n"
        "<h3 id=\"oekonomi\">Økonomi</h3>\n");
  CHECK(markdown_to_html("## A `b`\n\n[se](#a-b)",
                         {.urls = &urls, .heading_ids = true, .id_prefix = "en-indgang-"}) ==
        "<h2 id=\"en-indgang-a-b\">A <code>b</code></h2>\n<p><a "
        "href=\"#en-indgang-a-b\">se</a></p>\n");
  CHECK(markdown_to_html("## A", {.urls = &urls, .heading_ids = false}) == "<h2>A</h2>\n");
}
