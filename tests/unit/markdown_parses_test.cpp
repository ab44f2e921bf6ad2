// Each Markdown text is parsed at most twice in a build: once when the model
// checks it (links, footnotes, directives), once when the render stage makes
// its HTML for every page, the print version, the feed and the search index.
// And the result does not depend on the number of rendering threads.

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "load/markdown.hpp"
#include "pipeline/pipeline.hpp"
#include "render/site.hpp"
#include "render/template_set.hpp"
#include "support/work_timer.hpp"

using namespace overblik;

namespace {

/// Texts checked and Markdown parses so far, as the build's stopwatch counts them.
struct MarkdownCounts {
  long long texts = 0;
  long long parses = 0;
};
MarkdownCounts counted(const BuildTimes& times) {
  return {times.count(Work::markdown_text), times.count(Work::parse_markdown)};
}

/// The files `plan` renders to with `jobs` threads, sorted by path.
std::vector<OutputFile> render(const Plan& plan, int jobs) {
  RenderOptions options;
  options.jobs = jobs;
  std::vector<OutputFile> out = render_site(plan, TemplateSet::builtin(), options);
  std::sort(out.begin(), out.end(),
            [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
  return out;
}

/// A small plan of 13 Markdown texts, each shown on several pages (its own,
/// a list, the print version, the feed, the search index), with cross-references,
/// directives, footnotes and headings.
MemoryFileSystem small_plan() {
  MemoryFileSystem fs;
  fs.add("content/plan.yaml",
         "title: Planen\norganisation: Kommunen\npublished: 2025-06-01\n"
         "base_url: https://example.org/plan\n"
         "intro: |\n  Planen har :count[initiatives] indsatser, se [A](initiative:a).\n");
  fs.add("content/themes.yaml",
         "- id: bolig\n  title: Bolig\n  summary: Tag over hovedet.\n"
         "  goal: Færre uden bolig.\n");
  for (const char* id : {"a", "b", "c"})
    fs.add(std::string("content/initiatives/") + id + ".md",
           std::string("---\ntitle: Indsats ") + id +
               "\nthemes: [bolig]\nstatus: started\nupdates:\n  - date: 2025-09-01\n"
               "    text: Godt i gang, se [siden](page:om).\n---\n## Formål\n\n"
               "Tekst med en note[^1] og [et anker](#formaal).\n\n[^1]: Noten.\n");
  fs.add(
      "content/indicators/antal.yaml",
      "title: Antal\nunit: personer\nthemes: [bolig]\n"
      "description: Tallet er :value[antal]{period=2024}.\n"
      "notes:\n  - Opgjort i januar.\nseries:\n  - name: Alle\n    values: {2023: 10, 2024: 8}\n");
  fs.add("content/pages/om.md",
         "---\ntitle: Om planen\n---\n# Om\n\nSe [indikatoren](indicator:antal).\n");
  return fs;
}

}  // namespace

TEST_CASE("a build parses each Markdown text at most twice: once to check, once to render") {
  BuildTimes times;
  const WorkScope scope(&times);
  const MarkdownCounts before = counted(times);
  BuildOptions options;
  options.today = Date{2026, 1, 1};
  options.jobs = 4;
  const Checked checked = check_content(small_plan(), options);
  REQUIRE_FALSE(checked.diags.has_errors());
  const MarkdownCounts checked_counts = counted(times);
  // intro, summary, goal, 3 × (body + update), description, note, page body
  const long long texts = checked_counts.texts - before.texts;
  CHECK(texts == 12);
  CHECK(checked_counts.parses - before.parses == texts);  // the directive check did not parse
  const std::vector<OutputFile> files = render(checked.plan, 4);
  REQUIRE_FALSE(files.empty());
  const MarkdownCounts after = counted(times);
  CHECK(after.texts == checked_counts.texts);
  CHECK(after.parses - before.parses <= 2 * texts);
  // The texts were rendered: the update (feed, initiative page, updates page) and the directive.
  auto file = [&](const std::string& path) {
    for (const OutputFile& f : files)
      if (f.path == path) return f.bytes;
    FAIL("no file " << path);
    return std::string();
  };
  CHECK(file("index.html").find("Planen har 3 indsatser") != std::string::npos);
  CHECK(file("opdateringer/feed.xml").find("Godt i gang") != std::string::npos);
}

TEST_CASE("the example plan renders the same with one thread and with four") {
  BuildTimes times;
  const WorkScope scope(&times);
  const DiskFileSystem fs;
  BuildOptions options;
  options.content_dir = std::string(OVERBLIK_TEST_DIR) + "/../content";
  options.today = Date{2026, 1, 1};
  const MarkdownCounts before = counted(times);
  const Checked checked = check_content(fs, options);
  REQUIRE_FALSE(checked.diags.has_errors());
  const std::vector<OutputFile> one = render(checked.plan, 1);
  const MarkdownCounts after_one = counted(times);
  const std::vector<OutputFile> four = render(checked.plan, 4);
  REQUIRE(one.size() == four.size());
  for (size_t i = 0; i < one.size(); ++i) {
    CAPTURE(one[i].path);
    CHECK(one[i].path == four[i].path);
    CHECK(one[i].bytes == four[i].bytes);
    CHECK(one[i].copy_from == four[i].copy_from);
  }
  // Each render parses each text at most once (the check parsed each once).
  const long long texts = after_one.texts - before.texts;
  CHECK(texts > 20);
  CHECK(after_one.parses - before.parses <= 2 * texts);
  CHECK(counted(times).parses - after_one.parses <= texts);
}
