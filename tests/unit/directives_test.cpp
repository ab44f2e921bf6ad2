#include "model/directives.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "load/content_files.hpp"
#include "model/build_plan.hpp"
#include "render/directive_text.hpp"
#include "render/labels.hpp"

using namespace overblik;

TEST_CASE("find_directives recognises the five names and nothing else") {
  auto d = find_directives(
      "Vi har :count[initiatives]{status=started theme=\"a b\"} og :value[x]{period=2024}.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].name == "count");
  CHECK(d[0].target == "initiatives");
  CHECK(d[0].attributes ==
        std::vector<std::pair<std::string, std::string>>{{"status", "started"}, {"theme", "a b"}});
  CHECK(d[0].offset == 7);
  CHECK(d[1].name == "value");
  CHECK(*d[1].attribute("period") == "2024");
  CHECK(find_directives(":foo[bar] kl:count[x] :count [x] :count[x\ny]").empty());
  CHECK(find_directives(":count[themes]")[0].length == 14);
  CHECK(find_directives(":count[initiatives]{status=\"x}")[0].error ==
        "a quoted attribute value is never closed");
}

namespace {

Plan small_plan(Diagnostics& diags) {
  MemoryFileSystem fs;
  fs.add("c/plan.yaml",
         "title: P\norganisation: O\npublished: 2024-01-01\nbase_url: https://x.dk\n");
  fs.add("c/themes.yaml",
         "- {id: a, title: A}\n- {id: g, title: G}\n- {id: b, title: B, parent: g}\n");
  fs.add("c/initiatives/one.md",
         "---\ntitle: One\nthemes: [a]\nstatus: started\nowner: Chef\nupdates:\n  - {date: "
         "2024-05-01, text: x}\n---\n");
  fs.add("c/initiatives/two.md",
         "---\ntitle: Two\nthemes: [b, a]\ntags: [Unge]\nupdates:\n  - {date: 2024-02-01, status: "
         "approved, text: y}\n---\n");
  fs.add("c/indicators/ev.yaml",
         "title: Ev\nunit: sager\ndirection: decrease\nbaseline: {period: 2021, value: "
         "117}\ntarget: {period: 2025, value: 90}\n"
         "series:\n  - {name: K, values: {2021: 117, 2022: 134, 2023: null}}\n");
  ContentFiles files = load_content(fs, "c", diags);
  return build_plan(files, {{2024, 6, 1}, 1}, diags);
}

std::string render(const std::string& text, const Plan& plan) {
  std::ifstream in(std::string(OVERBLIK_TEST_DIR) + "/../templates/i18n/da.yaml");
  std::stringstream s;
  s << in.rdbuf();
  Labels l = parse_labels(s.str(), "da");
  auto d = find_directives(text);
  REQUIRE(d.size() == 1);
  return directive_text(d[0], plan, l, text);
}

}  // namespace

TEST_CASE("directives resolve against the plan and render in Danish") {
  Diagnostics diags;
  Plan plan = small_plan(diags);
  REQUIRE_FALSE(diags.has_errors());
  CHECK(render(":count[initiatives]", plan) == "2");
  CHECK(render(":count[initiatives]{status=started}", plan) == "1");
  CHECK(render(":count[initiatives]{theme=g}", plan) ==
        "1");  // a group counts its children's links
  CHECK(render(":count[initiatives]{theme=a}", plan) == "2");
  CHECK(render(":count[initiatives]{owner=\"Chef\"}", plan) == "1");
  CHECK(render(":count[initiatives]{tag=Unge status=approved}", plan) == "1");
  CHECK(render(":count[themes]", plan) == "2");  // top-level themes
  CHECK(render(":count[indicators]", plan) == "1");
  CHECK(render(":count[updates]{since=2024-03-01}", plan) == "1");
  CHECK(render(":value[ev]", plan) == "134 sager");
  CHECK(render(":value[ev]{period=2021}", plan) == "117 sager");
  CHECK(render(":value[ev]{period=2023}", plan) == "ingen data");
  CHECK(render(":change[ev]", plan) == "+17 sager");
  CHECK(render(":change[ev]{from=2022 to=2021}", plan) == "−17 sager");
  CHECK(render(":target[ev]", plan) == "90 sager (2025)");
  CHECK(render(":assessment[ev]", plan) == "ingen fremgang");
}

TEST_CASE("directives that refer to nothing are errors with hints") {
  Diagnostics diags;
  Plan plan = small_plan(diags);
  auto resolve = [&](const std::string& text) {
    return resolve_directive(find_directives(text).at(0), plan);
  };
  CHECK(resolve(":count[initiativer]").hint == "did you mean 'initiatives'?");
  CHECK(resolve(":count[initiatives]{status=igangsat}").error == "unknown status 'igangsat'");
  CHECK(resolve(":count[initiatives]{theme=c}").error == "unknown theme 'c'");
  CHECK(resolve(":count[themes]{x=1}").error == ":count has no attribute 'x'");
  CHECK(resolve(":value[eb]").hint == "did you mean 'ev'?");
  CHECK(resolve(":value[ev]{series=Q}").error == "indicator 'ev' has no series 'Q'");
  CHECK(resolve(":value[ev]{period=2019}").error == "series 'K' has no value for 2019");
  CHECK(resolve(":value[ev]{period=2019-H3}").error == "'2019-H3' is not a period");
  CHECK(resolve(":count[updates]{since=2024-02-30}").error == "'2024-02-30' is not a date");
}
