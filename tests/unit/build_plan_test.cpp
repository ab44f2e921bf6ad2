#include "model/build_plan.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "load/content_files.hpp"
#include "support/file_system.hpp"

using namespace overblik;

namespace {

const char* const kPlan =
    "title: Plan\norganisation: Testby Kommune\npublished: 2025-01-01\nbase_url: "
    "https://example.org/\n";
const char* const kThemes = "- id: bolig\n  title: Bolig\n";

/// A content folder in memory: a valid plan, one theme, and what a test adds.
struct Content {
  MemoryFileSystem fs;
  Content() {
    fs.add("content/plan.yaml", kPlan);
    fs.add("content/themes.yaml", kThemes);
  }
  Content& file(const std::string& rel, const std::string& text) {
    fs.add("content/" + rel, text);
    return *this;
  }
  Content& initiative(const std::string& id, const std::string& front) {
    return file("initiatives/" + id + ".md", "---\n" + front + "---\nTekst.\n");
  }
};

struct Built {
  Plan plan;
  Diagnostics diags;

  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (auto& d : diags.items())
      out.push_back(d.path + ":" + std::to_string(d.mark.line) + ": " + d.message);
    return out;
  }
  const Initiative& initiative(const char* id) const {
    const Initiative* in = plan.initiative(id);
    REQUIRE_MESSAGE(in, id);
    return *in;
  }
};

Built build(const Content& c, const char* today = "2025-06-01") {
  Built b;
  ContentFiles files = load_content(c.fs, "content", b.diags);
  ModelOptions options;
  options.today = *parse_date(today);
  b.plan = build_plan(files, options, b.diags);
  b.diags.sort();
  return b;
}

template <typename T, typename F>
std::vector<std::string> ids(const std::vector<T>& items, F field) {
  std::vector<std::string> out;
  for (auto& i : items) out.push_back(i.*field);
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("a minimal plan builds without diagnostics") {
  Content c;
  c.initiative("a", "title: A\nthemes: [bolig]\n");
  Built b = build(c);
  CHECK(b.messages().empty());
  CHECK(b.plan.info.title == "Plan");
  CHECK(b.plan.info.published == Date{2025, 1, 1});
  CHECK(b.plan.info.stale_after_days == 365);
  REQUIRE(b.plan.initiatives.size() == 1);
  CHECK(b.initiative("a").themes == Strings{"bolig"});
  CHECK(b.initiative("a").status == Status::proposed);
  CHECK(b.initiative("a").path == "content/initiatives/a.md");
  CHECK(b.initiative("a").body.first_line == 5);
}

TEST_CASE("display order of themes: each group followed by its children, at the group's place") {
  Content c;
  c.file("themes.yaml",
         "- id: a\n  title: A\n"
         "- id: b\n  title: B\n  parent: c\n"
         "- id: c\n  title: C\n"
         "- id: d\n  title: D\n  parent: a\n"
         "- id: e\n  title: E\n"
         "- id: f\n  title: F\n  parent: c\n");
  c.initiative("x", "title: X\nthemes: [d]\n");
  Built b = build(c);
  CHECK(b.messages().empty());
  CHECK(ids(b.plan.themes, &Theme::id) == Strings{"a", "d", "c", "b", "f", "e"});
  CHECK(b.plan.theme("c")->children == Strings{"b", "f"});
  CHECK(b.plan.theme("c")->is_group());
  CHECK_FALSE(b.plan.theme("e")->is_group());
  std::vector<std::string> leaves;
  for (const Theme* t : b.plan.leaf_themes()) leaves.push_back(t->id);
  CHECK(leaves == Strings{"d", "b", "f", "e"});
}

TEST_CASE("display order of initiatives: number in natural order, then title; unnumbered last") {
  Content c;
  c.initiative("r10", "title: R10\nnumber: R10\nthemes: [bolig]\n")
      .initiative("r2", "title: R2\nnumber: R2\nthemes: [bolig]\n")
      .initiative("n143", "title: N\nnumber: \"1.4.3\"\nthemes: [bolig]\n")
      .initiative("n1101", "title: N\nnumber: \"1.10.1\"\nthemes: [bolig]\n")
      .initiative("n2", "title: N\nnumber: 2\nthemes: [bolig]\n")
      .initiative("n07", "title: N\nnumber: \"07\"\nthemes: [bolig]\n")
      .initiative("n7", "title: N\nnumber: 7\nthemes: [bolig]\n")
      .initiative("aa", "title: Aarhus\nthemes: [bolig]\n")
      .initiative("ae", "title: Ærø\nthemes: [bolig]\n")
      .initiative("z", "title: zebra\nthemes: [bolig]\n")
      .initiative("b", "title: Bolig\nthemes: [bolig]\n")
      .initiative("e", "title: Én indgang\nthemes: [bolig]\n");
  Built b = build(c);
  CHECK(b.messages().empty());
  CHECK(ids(b.plan.initiatives, &Initiative::id) ==
        Strings{"n143", "n1101", "n2", "n7", "n07", "r2", "r10", "aa", "b", "e", "z", "ae"});
}

TEST_CASE("the display numbers 1 and \"1\" are the same number") {
  Content c;
  c.initiative("a", "title: A\nnumber: 1\nthemes: [bolig]\n")
      .initiative("b", "title: B\nnumber: \"1\"\nthemes: [bolig]\n");
  Built b = build(c);
  CHECK(b.messages() ==
        Strings{"content/initiatives/b.md:3: number 1 is also used by content/initiatives/a.md"});
}

TEST_CASE("current status") {
  SUBCASE("given") {
    Content c;
    c.initiative("a", "title: A\nthemes: [bolig]\nstatus: approved\n");
    Built b = build(c);
    CHECK(b.initiative("a").status == Status::approved);
  }
  SUBCASE("otherwise the newest update that carries one, in any order in the file") {
    Content c;
    c.initiative("a",
                 "title: A\nthemes: [bolig]\nupdates:\n"
                 "  - {date: 2025-03-01, status: started, text: x}\n"
                 "  - {date: 2025-01-01, status: approved, text: x}\n"
                 "  - {date: 2025-05-01, text: no status}\n");
    Built b = build(c);
    CHECK(b.messages().empty());
    CHECK(b.initiative("a").status == Status::started);
  }
  SUBCASE("on the same date, the later one in the file wins") {
    Content c;
    c.initiative("a",
                 "title: A\nthemes: [bolig]\nupdates:\n"
                 "  - {date: 2025-03-01, status: started, text: first}\n"
                 "  - {date: 2025-03-01, status: postponed, text: second}\n")
        .initiative("b",
                    "title: B\nthemes: [bolig]\nupdates:\n"
                    "  - {date: 2025-03-01, status: postponed, text: first}\n"
                    "  - {date: 2025-03-01, status: started, text: second}\n");
    Built b = build(c);
    CHECK(b.initiative("a").status == Status::postponed);
    CHECK(b.initiative("b").status == Status::started);
  }
  SUBCASE("otherwise proposed") {
    Content c;
    c.initiative("a", "title: A\nthemes: [bolig]\nupdates:\n  - {date: 2025-03-01, text: x}\n");
    CHECK(build(c).initiative("a").status == Status::proposed);
  }
  SUBCASE("a given status that the newest update contradicts is an error at the status") {
    Content c;
    c.initiative("a",
                 "title: A\nthemes: [bolig]\nstatus: approved\nupdates:\n"
                 "  - {date: 2025-01-01, status: approved, text: x}\n"
                 "  - {date: 2025-03-01, status: started, text: x}\n")
        .initiative("b",
                    "title: B\nthemes: [bolig]\nstatus: started\nupdates:\n"
                    "  - {date: 2025-01-01, status: approved, text: x}\n"
                    "  - {date: 2025-03-01, status: started, text: x}\n");
    Built b = build(c);
    CHECK(b.messages() == Strings{"content/initiatives/a.md:4: status is 'approved', but the "
                                  "newest update (2025-03-01) says 'started'"});
    CHECK(b.diags.items()[0].mark.column == 9);
    CHECK(b.diags.items()[0].hint ==
          "set status: started, or remove 'status' and let the updates decide");
  }
}

TEST_CASE(
    "updates: newest first, the later in the file first on the same date; progress and last "
    "update") {
  Content c;
  c.initiative("a",
               "title: A\nthemes: [bolig]\nupdates:\n"
               "  - {date: 2025-02-01, progress: 10, text: one}\n"
               "  - {date: 2025-04-01, text: two}\n"
               "  - {date: 2025-03-01, progress: 30, text: three}\n"
               "  - {date: 2025-03-01, progress: 40, text: four}\n");
  Built b = build(c);
  CHECK(b.messages().empty());
  const Initiative& in = b.initiative("a");
  std::vector<std::string> texts;
  for (const Update& u : in.updates) texts.push_back(u.text.text);
  CHECK(texts == Strings{"two", "four", "three", "one"});
  CHECK(in.progress == std::optional<int>(40));  // the newest update that carries one
  CHECK(in.last_update == std::optional<Date>(Date{2025, 4, 1}));

  SUBCASE("without updates there is neither") {
    Content d;
    d.initiative("b", "title: B\nthemes: [bolig]\n");
    Built e = build(d);
    CHECK_FALSE(e.initiative("b").progress.has_value());
    CHECK_FALSE(e.initiative("b").last_update.has_value());
  }
}

TEST_CASE("staleness") {
  // stale_after_days 30; the newest update is 2025-05-01.
  Content c;
  c.file("plan.yaml", std::string(kPlan) + "stale_after_days: 30\n")
      .initiative(
          "started",
          "title: S\nthemes: [bolig]\nstatus: started\nupdates:\n  - {date: 2025-05-01, text: x}\n")
      .initiative("approved", "title: A\nthemes: [bolig]\nstatus: approved\n")
      .initiative("postponed", "title: P\nthemes: [bolig]\nstatus: postponed\n")
      .initiative("proposed", "title: Q\nthemes: [bolig]\n");
  SUBCASE("exactly stale_after_days is not stale") {
    Built b = build(c, "2025-05-31");
    CHECK_FALSE(b.initiative("started").stale);
    // approved, since the publication date 2025-01-01: 150 days.
    CHECK(b.initiative("approved").stale);
    CHECK(b.messages() ==
          Strings{"content/initiatives/approved.md:1: the initiative is approved but has not been "
                  "updated for 150 days (since 2025-01-01)"});
    CHECK(b.diags.items()[0].severity == Severity::warning);
  }
  SUBCASE("one day more is") {
    Built b = build(c, "2025-06-01");
    CHECK(b.initiative("started").stale);
    CHECK(b.messages().size() == 2);
    CHECK(b.messages()[1] ==
          "content/initiatives/started.md:1: the initiative is started but has not been updated "
          "for 31 days (since 2025-05-01)");
  }
  SUBCASE("only approved and started initiatives go stale") {
    Built b = build(c, "2030-01-01");
    CHECK_FALSE(b.initiative("postponed").stale);
    CHECK_FALSE(b.initiative("proposed").stale);
  }
  SUBCASE("the default is 365 days") {
    Content d;
    d.initiative("a", "title: A\nthemes: [bolig]\nstatus: approved\n");
    CHECK_FALSE(build(d, "2026-01-01").initiative("a").stale);  // 365 days after 2025-01-01
    CHECK(build(d, "2026-01-02").initiative("a").stale);
  }
}

TEST_CASE("an update after the build date is a warning at its date") {
  Content c;
  c.initiative("a",
               "title: A\nthemes: [bolig]\nupdates:\n  - text: x\n    date: 2025-06-02\n  - {date: "
               "2025-06-01, text: y}\n");
  Built b = build(c, "2025-06-01");
  REQUIRE(b.diags.items().size() == 1);
  const Diagnostic& d = b.diags.items()[0];
  CHECK(d.severity == Severity::warning);
  CHECK(d.message == "the update is dated 2025-06-02, after the build date 2025-06-01");
  CHECK(d.mark.line == 6);
  CHECK(d.mark.column == 11);
}

TEST_CASE("pages: menu pages by menu, then the others by title") {
  Content c;
  c.initiative("a", "title: A\nthemes: [bolig]\n")
      .file("pages/kontakt.md", "---\ntitle: Kontakt\nmenu: 2\n---\n")
      .file("pages/om.md", "---\ntitle: Om\nmenu: 1\n---\n")
      .file("pages/aabning.md", "---\ntitle: Åbning\n---\n")
      .file("pages/bilag.md", "---\ntitle: Bilag\n---\n");
  Built b = build(c);
  CHECK(b.messages().empty());
  CHECK(ids(b.plan.pages, &Page::slug) == Strings{"om", "kontakt", "bilag", "aabning"});
}

TEST_CASE("indicators: by number, then title; series merged from CSV and assessed") {
  Content c;
  c.initiative("a", "title: A\nthemes: [bolig]\nindicators: [ledighed]\n")
      .file("indicators/ledighed.yaml",
            "title: Ledighed\nunit: personer\ndirection: decrease\nnumber: 2\n"
            "baseline: {period: 2019, value: 130}\n"
            "series:\n  - name: Mænd\n    target: {period: 2026, value: 100}\n")
      .file("indicators/ledighed.csv",
            "series,period,value\nMænd,2021,120\nKvinder,2021,5\nMænd,2020,125\nMænd,2022,\n")
      .file("indicators/udsaettelser.yaml",
            "title: Udsættelser\nunit: sager\nnumber: 1\nseries:\n  - values: {2021: 117}\n");
  Built b = build(c);
  CHECK(b.messages().empty());
  CHECK(ids(b.plan.indicators, &Indicator::id) == Strings{"udsaettelser", "ledighed"});
  const Indicator* ind = b.plan.indicator("ledighed");
  REQUIRE(ind);
  REQUIRE(ind->series.size() == 2);
  CHECK(ind->series[0].name == "Mænd");  // CSV order of first appearance
  CHECK(ind->series[1].name == "Kvinder");
  std::vector<std::string> periods;
  for (auto& p : ind->series[0].points) periods.push_back(p.period.text());
  CHECK(periods == Strings{"2020", "2021", "2022"});  // in period order
  CHECK_FALSE(ind->series[0].points[2].value.has_value());
  CHECK(ind->series[0].latest->period.text() == "2021");
  CHECK(ind->series[0].assessment ==
        Assessment::progress);  // 120 < baseline 130, target 100 not met
  CHECK(ind->series[1].assessment == Assessment::no_target);
  CHECK(b.plan.indicator("udsaettelser")->series[0].name ==
        "Udsættelser");  // a lone unnamed series takes the title
}

TEST_CASE("every problem of a plan comes in one run") {
  Content c;
  c.file("plan.yaml", "title: Plan\npublished: 2025-13-01\n")
      .initiative("a", "title: A\nthemes: [boliger]\nstatus: startet\n")
      .initiative("b",
                  "themes: [bolig]\nupdates:\n  - {date: 2025-01-01, progress: 101, text: "
                  "'[x](page:nej)'}\n");
  Built b = build(c);
  CHECK(b.messages() ==
        Strings{
            "content/initiatives/a.md:3: unknown theme 'boliger'",
            "content/initiatives/a.md:4: status 'startet' is not allowed",
            "content/initiatives/b.md:2: missing key 'title' in the initiative's front matter",
            "content/initiatives/b.md:4: 'progress' must be from 0 to 100, not 101",
            "content/initiatives/b.md:4: link to unknown page 'nej'",
            "content/plan.yaml:1: missing key 'organisation' in plan.yaml",
            "content/plan.yaml:1: plan.yaml has no base_url, so sitemap.xml and the Atom feed use "
            "relative addresses",
            "content/plan.yaml:2: 'published' is not a calendar date: '2025-13-01'",
        });
}
