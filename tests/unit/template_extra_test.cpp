// extra: in plan.yaml, a theme, an initiative, an indicator and a page
// reaches the templates as nested data, escaped like every other value.
#include <doctest/doctest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/pipeline.hpp"
#include "support/file_system.hpp"

using namespace overblik;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

/// The part of a page between <p id="extra"> and </p>.
std::string extra_of(const std::string& html) {
  const size_t start = html.find("<p id=\"extra\">");
  if (start == std::string::npos) return "(no extra paragraph)";
  const size_t from = start + 14;
  return html.substr(from, html.find("</p>", from) - from);
}

}  // namespace

TEST_CASE("extra: is passed to the templates of every kind of page") {
  MemoryFileSystem m;
  m.add("content/plan.yaml",
        "title: Plan\norganisation: Testby Kommune\npublished: 2025-01-01\nbase_url: "
        "https://example.org/\n"
        "extra:\n  kommunenr: 621\n  kontakt: {navn: \"<b>Anna & Bo</b>\"}\n  links: [en, to]\n");
  m.add("content/themes.yaml", "- id: bolig\n  title: Bolig\n  extra: {farve: blå}\n");
  m.add("content/initiatives/a.md",
        "---\ntitle: A\nthemes: [bolig]\nextra:\n  budgetlinje: "
        "\"<script>x</script>\"\n---\nTekst.\n");
  m.add("content/initiatives/b.md", "---\ntitle: B\nthemes: [bolig]\n---\nTekst.\n");
  m.add("content/indicators/i.yaml",
        "title: I\nunit: personer\nseries:\n  - name: Alle\n    values: {2024: 1}\nextra: "
        "{kilde_id: \"K-7\"}\n");
  m.add("content/pages/om.md", "---\ntitle: Om\nextra: {tal: [1, 2]}\n---\nTekst.\n");
  const std::string site =
      "{{site.extra.kommunenr}}|{{site.extra.kontakt.navn}}|{{#site.extra.links}}[{{.}}]{{/"
      "site.extra.links}}";
  m.add("theme/pages/initiative.html", "<p id=\"extra\">" + site + "|{{extra.budgetlinje}}</p>");
  m.add("theme/pages/theme.html", "<p id=\"extra\">{{extra.farve}}</p>");
  m.add("theme/pages/indicator.html", "<p id=\"extra\">{{extra.kilde_id}}</p>");
  m.add("theme/pages/page.html", "<p id=\"extra\">{{#extra.tal}}{{.}};{{/extra.tal}}</p>");

  std::string tmpl = (fs::temp_directory_path() / "overblik-extra-XXXXXX").string();
  const fs::path out = ::mkdtemp(tmpl.data());
  BuildOptions o;
  o.content_dir = "content";
  o.templates_dir = "theme";
  o.out_dir = (out / "site").string();
  o.today = Date{2026, 1, 1};
  o.content_dir = "content";
  DiskSink sink({o.out_dir, o.content_dir});
  Built b = build_site(m, o, sink);
  REQUIRE_FALSE(b.checked.diags.has_errors());
  auto page = [&](const std::string& rel) { return extra_of(read(out / "site" / rel)); };
  const std::string shared = "621|&lt;b&gt;Anna &amp; Bo&lt;/b&gt;|[en][to]";
  CHECK(page("initiativer/a/index.html") == shared + "|&lt;script&gt;x&lt;/script&gt;");
  CHECK(page("initiativer/b/index.html") == shared + "|");  // no extra: nothing, not another page's
  CHECK(page("temaer/bolig/index.html") == "blå");
  CHECK(page("indikatorer/i/index.html") == "K-7");
  CHECK(page("om/index.html") == "1;2;");
  fs::remove_all(out);
}
