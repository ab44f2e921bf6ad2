// Content format 1.2: terms, ended plans, default_status, published periods,
// sections, goals and results, footnotes, and "one mistake, one diagnostic".
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "load/content_files.hpp"
#include "model/build_plan.hpp"
#include "model/fields.hpp"
#include "render/markdown_html.hpp"
#include "render/terms.hpp"
#include "render/urls.hpp"
#include "support/file_system.hpp"

using namespace overblik;

namespace {

struct Built {
  Plan plan;
  Diagnostics diags;
  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (auto& d : diags.items())
      out.push_back(d.path + ":" + std::to_string(d.mark.line) + ": " + d.message);
    return out;
  }
};

Built build(const std::string& plan_extra,
            const std::string& initiative_front = "status: started\n",
            const std::string& published = "2025-01-01") {
  MemoryFileSystem fs;
  fs.add("content/plan.yaml", "title: Plan\norganisation: Testby Kommune\npublished: " + published +
                                  "\nbase_url: https://example.org/\n" + plan_extra);
  fs.add("content/themes.yaml", "- id: bolig\n  title: Bolig\n");
  fs.add("content/initiatives/a.md",
         "---\ntitle: A\nthemes: [bolig]\n" + initiative_front + "---\nTekst.\n");
  Built b;
  ContentFiles files = load_content(fs, "content", b.diags);
  ModelOptions options;
  options.today = *parse_date("2026-01-01");
  b.plan = build_plan(files, options, b.diags);
  b.diags.sort();
  return b;
}

}  // namespace

TEST_CASE("an unreadable published is one error, and no initiative is stale because of it") {
  Built b = build("", "status: started\n", "2021–2024");
  REQUIRE(b.messages().size() == 1);
  CHECK(b.messages()[0] ==
        "content/plan.yaml:3: 'published' is one date, not a range: '2021–2024'");
  CHECK_FALSE(b.plan.initiatives.at(0).stale);
}

TEST_CASE("published may be a year or a month; staleness counts from its first day") {
  Built year = build("", "status: started\n", "2021");
  CHECK(year.plan.info.published_ok);
  CHECK(year.plan.info.published.iso() == "2021-01-01");
  REQUIRE(year.messages().size() == 1);
  CHECK(year.messages()[0].find("since 2021-01-01") != std::string::npos);
  Built month = build("", "status: proposed\n", "2021-05");
  CHECK(month.plan.info.published.iso() == "2021-05-01");
  CHECK(month.messages().empty());
  Built quarter = build("", "status: proposed\n", "2021-Q2");
  REQUIRE(quarter.messages().size() == 1);
  CHECK(quarter.messages()[0].find("a date, a year or a month") != std::string::npos);
}

TEST_CASE("an ended plan has nothing stale") {
  Built b = build("status: ended\n", "status: started\n", "2020-01-01");
  CHECK(b.plan.info.ended);
  CHECK(b.messages().empty());
  CHECK_FALSE(b.plan.initiatives.at(0).stale);
}

TEST_CASE("default_status applies only where nothing states a status") {
  Built none = build("default_status: none\n", "");
  CHECK(none.plan.initiatives.at(0).status == Status::none);
  CHECK(none.messages().empty());
  Built given = build("default_status: none\n", "status: completed\n");
  CHECK(given.plan.initiatives.at(0).status == Status::completed);
  Built approved = build("default_status: approved\n", "", "2024-01-01");
  CHECK(approved.plan.initiatives.at(0).status == Status::approved);
  CHECK(approved.plan.initiatives.at(0).stale);  // approved counts as active
}

TEST_CASE("terms and sections are read") {
  Built b = build(
      "terms:\n  initiative: {one: fokusområde, many: fokusområder, segment: fokusomraader}\n"
      "  theme: {one: spor, many: spor}\nsections: {matrix: false}\n",
      "");
  REQUIRE(b.messages().empty());
  const Terms& t = b.plan.info.terms;
  REQUIRE(t.initiative);
  CHECK(t.initiative->many == "fokusområder");
  CHECK(t.initiative->segment == "fokusomraader");
  REQUIRE(t.theme);
  CHECK(t.theme->segment.empty());
  CHECK_FALSE(t.group);
  CHECK_FALSE(b.plan.info.sections.matrix);
  CHECK(b.plan.info.sections.action_plan);
}

TEST_CASE("a segment may not take an address the site uses") {
  Built b = build("terms:\n  initiative: {one: a, many: b, segment: udskrift}\n", "");
  REQUIRE(b.messages().size() == 1);
  CHECK(b.messages()[0] ==
        "content/plan.yaml:6: the segment 'udskrift' is an address the site uses itself");
  CHECK(b.plan.info.terms.initiative->segment.empty());
}

TEST_CASE("a range where one period belongs gets a hint that names start and end") {
  CHECK(range_hint("2021–2024", "'start'") == "write start: 2021 and end: 2024");
  CHECK(range_hint("2021 - 2024", "'end'") == "write start: 2021 and end: 2024");
  CHECK(range_hint("2021-05–2022-06", "'start'") == "write start: 2021-05 and end: 2022-06");
  CHECK(range_hint("2024-13", "'start'").empty());
  CHECK(range_hint("2024-H1", "'start'").empty());
}

TEST_CASE("terms replace the interface's words only where the plan renames a level") {
  Labels base({{"nav_initiatives", "Initiativer"},
               {"nav_themes", "Temaer"},
               {"term_theme_one", "tema"},
               {"term_theme_many", "temaer"},
               {"term_initiative_one", "initiativ"},
               {"term_initiative_many", "initiativer"},
               {"terms.nav_initiatives", "{Initiatives}"},
               {"terms.nav_themes", "{Themes}"},
               {"terms.matrix_caption", "{Initiatives} og {themes}"},
               {"primary_theme", "primært tema"},
               {"terms.primary_theme", "primær tilknytning{theme:}"}});
  Terms terms;
  terms.initiative = Term{"fokusområde", "fokusområder", ""};
  Labels l = with_terms(base, terms);
  CHECK(l.get("nav_initiatives") == "Fokusområder");
  CHECK(l.get("nav_themes") == "Temaer");
  CHECK(l.get("matrix_caption") == "Fokusområder og temaer");
  CHECK(l.get("primary_theme") == "primært tema");  // the theme is not renamed
  terms.theme = Term{"spor", "spor", ""};
  CHECK(with_terms(base, terms).get("primary_theme") == "primær tilknytning");
  CHECK(with_terms(base, {}).get("matrix_caption") == "[matrix_caption]");
  CHECK(capitalise("øvrige") == "Øvrige");
}

TEST_CASE("segments rename the folders and every link to them") {
  Terms terms;
  terms.initiative = Term{"fokusområde", "fokusområder", "fokusomraader"};
  terms.group = Term{"mål", "mål", "maal"};
  Urls urls("da", terms);
  Theme group;
  group.id = "g";
  group.children = {"c"};
  Theme child;
  child.id = "c";
  urls.set_groups({group, child});
  CHECK(urls.initiative("x") == "fokusomraader/x/index.html");
  CHECK(urls.theme("g") == "maal/g/index.html");
  CHECK(urls.theme("c") == "temaer/c/index.html");
  CHECK(markdown_to_html("[a](initiative:x)", {.urls = &urls, .root = "../"}) ==
        "<p><a href=\"../fokusomraader/x/index.html\">a</a></p>\n");
}

TEST_CASE("footnotes are numbered, linked, and their ids unique to the text") {
  static const Urls urls("da");
  LinkContext ctx{.urls = &urls};
  ctx.footnote_prefix = "plan-7-";
  ctx.footnote_back = "Tilbage til henvisning {n}";
  const std::string html = markdown_to_html("Tekst[^1].\n\n[^1]: Noten.\n", ctx);
  CHECK(html.find("href=\"#plan-7-fn-1\"") != std::string::npos);
  CHECK(html.find("id=\"plan-7-fnref-1\"") != std::string::npos);
  CHECK(html.find("id=\"plan-7-fn-1\"") != std::string::npos);
  CHECK(html.find("aria-label=\"Tilbage til henvisning 1\"") != std::string::npos);
  CHECK(html.find("Back to") == std::string::npos);
  CHECK(html.find("[^1]") == std::string::npos);
}
