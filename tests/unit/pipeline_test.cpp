// Whole builds in the test process: build_site from a MemoryFileSystem into a
// MemorySink, the same function `overblik build` runs into a DiskSink.
#include "pipeline/pipeline.hpp"

#include <doctest/doctest.h>
#include <stdlib.h>
#include <xxhash.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "support/file_system.hpp"
#include "write/site_sink.hpp"

using namespace overblik;
namespace fs = std::filesystem;

namespace {

std::string read_disk(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

/// Every file under `dir` by '/'-separated path inside it (the manifest left out).
std::map<std::string, std::string> disk_files(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) {
      const std::string rel = e.path().lexically_relative(dir).generic_string();
      if (rel != ".overblik-manifest") out[rel] = read_disk(e.path());
    }
  return out;
}

/// A folder on disk copied into memory under `as`.
void add_folder(MemoryFileSystem& m, const fs::path& dir, const std::string& as) {
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file())
      m.add(as + "/" + e.path().lexically_relative(dir).generic_string(), read_disk(e.path()));
}

/// Path → XXH3 of the bytes: two sites compared file list and contents at once.
std::map<std::string, uint64_t> hashes(const std::map<std::string, std::string>& files) {
  std::map<std::string, uint64_t> out;
  for (const auto& [path, bytes] : files) out[path] = XXH3_64bits(bytes.data(), bytes.size());
  return out;
}

std::map<std::string, std::string> memory_files(const MemorySink& sink) {
  std::map<std::string, std::string> out;
  if (sink.files())
    for (const auto& [path, f] : *sink.files()) out[path] = f.bytes;
  return out;
}

BuildOptions options_for(const std::string& content, Date today) {
  BuildOptions o;
  o.content_dir = content;
  o.today = today;
  o.jobs = 2;
  return o;
}

const char* const kPlan =
    "title: Hjemløshedsplan\norganisation: Testby Kommune\npublished: 2025-01-01\n"
    "base_url: https://example.org/\n";
const char* const kThemes = "- id: bolig\n  title: Bolig\n- id: sundhed\n  title: Sundhed\n";

/// A small valid plan under `dir`: two themes, two initiatives, an asset.
void small_plan(MemoryFileSystem& m, const std::string& dir) {
  m.add(dir + "/plan.yaml", kPlan);
  m.add(dir + "/themes.yaml", kThemes);
  m.add(dir + "/initiatives/flere-boliger.md",
        "---\ntitle: Flere boliger\nthemes: [bolig]\n---\nTi nye boliger.\n");
  m.add(dir + "/initiatives/opsoegende.md",
        "---\ntitle: Opsøgende sundhed\nthemes: [sundhed]\n---\nSygeplejerske på gaden.\n");
  m.add(dir + "/assets/bilag.txt", "Et bilag til planen.\n");
}

}  // namespace

TEST_CASE("pipeline: a small plan builds in memory into pages, data and assets") {
  MemoryFileSystem m;
  small_plan(m, "content");
  MemorySink sink;
  Built b = build_site(m, options_for("content", Date{2025, 6, 1}), sink);
  REQUIRE_FALSE(b.checked.diags.has_errors());
  CHECK_FALSE(b.kept);
  const auto files = memory_files(sink);
  CHECK(b.files == files.size());
  CHECK(b.written.written == files.size());
  for (const char* page :
       {"index.html", "initiativer/index.html", "initiativer/flere-boliger/index.html",
        "initiativer/opsoegende/index.html", "temaer/bolig/index.html", "_overblik/style.css",
        "data/initiatives.csv", "sitemap.xml"})
    CHECK_MESSAGE(files.count(page) == 1, page);
  CHECK(files.at("initiativer/flere-boliger/index.html").find("<h1") != std::string::npos);
  CHECK(files.at("initiativer/flere-boliger/index.html").find("Flere boliger") !=
        std::string::npos);
  // The asset is read through the FileSystem: a build from memory is complete.
  CHECK(files.at("assets/bilag.txt") == "Et bilag til planen.\n");
  CHECK(sink.files()->at("assets/bilag.txt").copy_from == "content/assets/bilag.txt");

  std::istringstream csv(files.at("data/initiatives.csv"));
  std::string header, first, second, rest;
  std::getline(csv, header);
  std::getline(csv, first);
  std::getline(csv, second);
  std::getline(csv, rest);
  CHECK(header ==
        "id,number,title,status,themes,owner,start,end,cost,quick_win,progress,last_update,stale");
  CHECK(first.rfind("flere-boliger,,Flere boliger,", 0) == 0);
  CHECK(second.rfind("opsoegende,,Opsøgende sundhed,", 0) == 0);
  CHECK(rest.empty());
  CHECK_FALSE(csv.good());
}

TEST_CASE("pipeline: a plan with an error gives the diagnostic and no files") {
  MemoryFileSystem m;
  small_plan(m, "content");
  m.add("content/initiatives/opsoegende.md",
        "---\ntitle: Opsøgende sundhed\nthemes: [ukendt]\n---\nTekst.\n");
  MemorySink sink;
  Built b = build_site(m, options_for("content", Date{2025, 6, 1}), sink);
  REQUIRE(b.checked.diags.error_count() == 1);
  const Diagnostic& d = b.checked.diags.items().front();
  CHECK(d.path == "content/initiatives/opsoegende.md");
  CHECK(d.mark.line == 3);
  CHECK(d.message == "unknown theme 'ukendt'");
  CHECK(b.files == 0);
  CHECK(sink.files() == nullptr);  // begin() was never called: nothing reached the sink
}

TEST_CASE("pipeline: --previous adds the changes page, read through the same FileSystem") {
  MemoryFileSystem m;
  small_plan(m, "old");
  small_plan(m, "content");
  m.add("content/initiatives/nyt-tilbud.md",
        "---\ntitle: Et nyt tilbud\nthemes: [bolig]\n---\nTekst.\n");
  BuildOptions o = options_for("content", Date{2025, 6, 1});
  MemorySink plain;
  build_site(m, o, plain);
  CHECK(plain.files()->count("aendringer/index.html") == 0);

  o.previous = "old";
  MemorySink sink;
  Built b = build_site(m, o, sink);
  REQUIRE_FALSE(b.checked.diags.has_errors());
  REQUIRE_FALSE(b.previous.diags.has_errors());
  CHECK(b.previous.plan.initiatives.size() == 2);
  const auto files = memory_files(sink);
  REQUIRE(files.count("aendringer/index.html") == 1);
  const std::string& changes = files.at("aendringer/index.html");
  CHECK(changes.find("Et nyt tilbud") != std::string::npos);
  CHECK(changes.find("Flere boliger") == std::string::npos);  // unchanged: not listed
  CHECK(files.at("index.html").find("aendringer/") != std::string::npos);

  // A previous version with an error stops the build, as `build --previous` does.
  m.add("old/themes.yaml", "- id: bolig\n  title: [ikke en tekst]\n");
  MemorySink failed;
  Built f = build_site(m, o, failed);
  CHECK(f.previous.diags.has_errors());
  CHECK(failed.files() == nullptr);
}

TEST_CASE("pipeline: a build of the same input keeps the sink's site") {
  MemoryFileSystem m;
  small_plan(m, "content");
  m.add("content/initiatives/flere-boliger.md",
        "---\ntitle: Flere boliger\nthemes: [bolig]\n---\nTekst med <b>HTML</b>.\n");
  const BuildOptions o = options_for("content", Date{2025, 6, 1});
  MemorySink sink;
  Built first = build_site(m, o, sink);
  REQUIRE(first.checked.diags.warning_count() == 1);
  const auto site = sink.files();

  Built again = build_site(m, o, sink);
  CHECK(again.kept);
  CHECK(sink.files() == site);  // the very same files, not rendered again
  CHECK(again.written.unchanged == site->size());
  REQUIRE(again.checked.diags.warning_count() == 1);  // told again from what the sink kept
  CHECK(again.checked.diags.items().front().path == "content/initiatives/flere-boliger.md");
  CHECK(again.checked.diags.items().front().message == first.checked.diags.items().front().message);

  m.add("content/assets/bilag.txt", "Et nyt bilag.\n");
  Built changed = build_site(m, o, sink);
  CHECK_FALSE(changed.kept);
  CHECK(changed.written.written == 1);  // the asset; every page is as it was
  CHECK(changed.written.unchanged == site->size() - 1);
  CHECK(sink.files()->at("assets/bilag.txt").bytes == "Et nyt bilag.\n");
}

TEST_CASE("pipeline: each build has its own stopwatch") {
  MemoryFileSystem m;
  small_plan(m, "content");
  const BuildOptions o = options_for("content", Date{2025, 6, 1});
  MemorySink a, b;
  const Built one = build_site(m, o, a);
  const Built two = build_site(m, o, b);
  CHECK(BuildTimes::current() == nullptr);  // outside a build, nothing is timed
  // plan.yaml, themes.yaml and two front matters, on the build's worker threads.
  CHECK(one.times.count(Work::parse_yaml) == 4);
  CHECK(two.times.count(Work::parse_yaml) == 4);  // not added to the first build's
  CHECK(one.times.count(Work::parse_markdown) == two.times.count(Work::parse_markdown));
  CHECK(one.times.count(Work::parse_markdown) > 0);
  std::vector<std::string> names;
  for (const StageTime& s : one.times.stages()) names.push_back(s.name);
  CHECK(names == std::vector<std::string>{"load", "templates", "fingerprint", "parse + validate",
                                          "render + write", "swap in"});
  double sum = 0;
  for (const StageTime& s : one.times.stages()) sum += s.ms;
  CHECK(one.times.total_ms() == doctest::Approx(sum));
}

TEST_CASE("pipeline: memory and disk builds of tests/sites/mini give the golden bytes") {
  const fs::path site = fs::path(OVERBLIK_TEST_DIR) / "sites" / "mini";
  const Date today{2025, 1, 10};  // tests/sites/mini/args

  MemoryFileSystem m;
  add_folder(m, site / "content", "content");
  MemorySink memory;
  Built in_memory = build_site(m, options_for("content", today), memory);
  REQUIRE_FALSE(in_memory.checked.diags.has_errors());

  std::string tmpl = (fs::temp_directory_path() / "overblik-pipeline-XXXXXX").string();
  const fs::path out = ::mkdtemp(tmpl.data());
  BuildOptions o = options_for((site / "content").string(), today);
  o.out_dir = (out / "site").string();
  DiskSink disk({o.out_dir, o.content_dir});
  DiskFileSystem d;
  Built on_disk = build_site(d, o, disk);
  REQUIRE_FALSE(on_disk.checked.diags.has_errors());
  const auto written = disk_files(out / "site");
  fs::remove_all(out);

  const auto from_memory = hashes(memory_files(memory));
  CHECK(from_memory.size() > 30);
  CHECK(from_memory == hashes(written));
  CHECK(from_memory == hashes(disk_files(site / "expected")));
  CHECK(in_memory.files == on_disk.files);
}
