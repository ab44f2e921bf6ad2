// overblik cms: the Decap configuration follows the content format's field
// list, and what Decap writes is accepted by the checker.
#include "scaffold/decap_config.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "model/placeholders.hpp"
#include "model/schema.hpp"
#include "pipeline/pipeline.hpp"
#include "scaffold/starter.hpp"

using namespace overblik;
using namespace overblik::scaffold;
using Json = nlohmann::ordered_json;

namespace {

Json config_of(const DecapSite& site) {
  std::string text = decap_config(site);
  while (!text.empty() && text[0] == '#') text.erase(0, text.find('\n') + 1);  // the comment lines
  return Json::parse(text);
}

const Json& collection(const Json& config, const std::string& name) {
  for (const Json& c : config["collections"])
    if (c["name"] == name) return c;
  throw std::runtime_error("no collection " + name);
}

const Json& field_named(const Json& fields, const std::string& name) {
  for (const Json& f : fields)
    if (f["name"] == name) return f;
  throw std::runtime_error("no field " + name);
}

DecapSite danish_site() {
  DecapSite s;
  s.prefix = "content/";
  s.leaf_themes = {{"boliger", "Boliger"}, {"overgange", "Overgange"}};
  s.top_themes = {{"bolig-og-stoette", "Bolig og støtte"}};
  return s;
}

Checked check_memory(MemoryFileSystem& fs) {
  BuildOptions o;
  o.today = Date{2026, 1, 1};
  return check_content(fs, o);
}

std::vector<std::string> messages(const Checked& c) {
  std::vector<std::string> out;
  for (const Diagnostic& d : c.diags.items()) out.push_back(d.message);
  return out;
}

}  // namespace

TEST_CASE("cms: every field the format has is in the form, with its required flag") {
  const Json config = config_of(danish_site());
  const Json& fields = collection(config, "initiatives")["fields"];
  for (const FieldSpec& f : initiative_fields()) {
    if (f.type == FieldType::free) continue;  // extra: free data, not offered
    CAPTURE(f.name);
    CHECK(field_named(fields, f.name)["required"] == f.required);
  }
  CHECK(field_named(fields, "body")["widget"] == "markdown");
  CHECK(collection(config, "initiatives")["folder"] == "content/initiatives");
}

TEST_CASE("cms: themes offer leaf themes only; status shows the site's words") {
  const Json config = config_of(danish_site());
  const Json& fields = collection(config, "initiatives")["fields"];
  const Json& themes = field_named(fields, "themes");
  CHECK(themes["multiple"] == true);
  CHECK(themes["min"] == 1);
  REQUIRE(themes["options"].size() == 2);
  CHECK(themes["options"][0]["value"] == "boliger");
  const Json& status = field_named(fields, "status");
  CHECK(status["widget"] == "select");
  CHECK(status["options"][2]["label"] == "Igangsat");
  CHECK(status["options"][2]["value"] == "started");
  CHECK(field_named(fields, "start")["pattern"][0] == kPeriodPattern);
  const Json& updates = field_named(fields, "updates");
  CHECK(updates["widget"] == "list");
  CHECK(field_named(updates["fields"], "date")["format"] == "YYYY-MM-DD");
  CHECK(field_named(updates["fields"], "text")["required"] == true);
  // An optional group's keys are not required in the form (Decap would then demand them always).
  CHECK(field_named(field_named(fields, "budget")["fields"], "amount")["required"] == false);
  CHECK(config["locale"] == "da");
  CHECK(config["local_backend"] == true);
}

TEST_CASE("cms: an English plan gets English labels and interface") {
  DecapSite site = danish_site();
  site.language = Language::en;
  const Json config = config_of(site);
  CHECK(config["locale"] == "en");
  const Json& fields = collection(config, "initiatives")["fields"];
  CHECK(field_named(fields, "title")["label"] == "Title");
  CHECK(field_named(fields, "status")["options"][2]["label"] == "Started");
}

TEST_CASE("cms: a bare-list themes.yaml is left out of the form; the themes: form is in it") {
  DecapSite site = danish_site();
  site.themes_editable = false;
  CHECK(collection(config_of(site), "settings")["files"].size() == 1);
  site.themes_editable = true;
  CHECK(collection(config_of(site), "settings")["files"].size() == 2);
}

TEST_CASE("cms: what Decap writes passes check") {
  MemoryFileSystem fs;
  fs.add(
      "content/plan.yaml",
      "title: Plan\norganisation: Testby\npublished: 2025-01-01\nbase_url: https://example.org/\n");
  // Decap saves themes under a key; an optional field cleared in the form as ''; an unused object
  // as {}.
  fs.add("content/themes.yaml", "themes:\n  - id: bolig\n    title: Bolig\n");
  fs.add("content/initiatives/ny-bolig.md",
         "---\ntitle: Ny bolig\nsummary: ''\nthemes:\n  - bolig\nstatus: ''\nnumber: '2'\nstart: "
         "2026-H2\nend: ''\n"
         "budget: {}\nupdates:\n  - date: 2026-01-01\n    status: started\n    progress: ''\n    "
         "text: Sat i gang.\n---\n");
  const Checked c = check_memory(fs);
  CHECK(messages(c).empty());
  REQUIRE(c.plan.initiatives.size() == 1);
  CHECK(c.plan.initiatives[0].status == Status::started);
  CHECK(c.plan.themes.size() == 1);
}

TEST_CASE("placeholders: what new and init write is found by check, at its line") {
  MemoryFileSystem fs;
  for (const PlannedFile& f : starter_files(Date{2026, 1, 1})) fs.add("content/" + f.rel, f.bytes);
  const Checked c = check_memory(fs);
  int found = 0;
  for (const Diagnostic& d : c.diags.items())
    if (d.message.find("placeholder from `overblik") != std::string::npos) {
      ++found;
      CHECK(d.severity == Severity::warning);
      CHECK(d.mark.line > 1);
    }
  // organisation, three in the initiative, two in the page
  CHECK(found == 6);
  ThemeList themes;
  themes.themes.push_back({"bolig", "Bolig", "", "", ""});
  const std::string text = new_file_text(NewKind::initiative, "Ny", themes, Date{2026, 1, 1});
  for (const Placeholder& p : placeholders())
    if (p.command == "new" && p.key != "PAGE") CHECK(text.find(p.text) != std::string::npos);
}
