// The writer: a build beside the old site, swapped in whole; unchanged files
// kept (same inode, same modification time); only its own files removed;
// an unfinished build leaves the old site as it was; an up-to-date build
// found without rendering.
#include "write/site_writer.hpp"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "write/manifest.hpp"

namespace fs = std::filesystem;
using namespace overblik;

namespace {

/// A fresh folder under the system's temporary folder, removed at the end.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "overblik-writer-XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

std::string read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

ino_t inode(const fs::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return st.st_ino;
}

WriteStats build(const fs::path& out, const fs::path& content,
                 const std::vector<std::pair<std::string, std::string>>& files,
                 uint64_t input = 7) {
  SiteWriter w({out.string(), content.string()});
  for (auto& [path, bytes] : files) w.add(path, bytes);
  return w.finish(input);
}

}  // namespace

TEST_CASE("the first build writes every file and a manifest with the input") {
  TempDir t;
  const fs::path out = t.path / "site", content = t.path / "content";
  fs::create_directories(content);
  WriteStats s =
      build(out, content, {{"index.html", "<p>a</p>"}, {"initiativer/x/index.html", "x"}});
  CHECK(s.written == 2);
  CHECK(s.unchanged == 0);
  CHECK(s.removed == 0);
  CHECK(s.swapped);
  CHECK(read(out / "index.html") == "<p>a</p>");
  CHECK(read(out / "initiativer/x/index.html") == "x");
  const Manifest m = read_manifest(out / kManifestName);
  CHECK(m.input == 7);
  CHECK(m.entries.size() == 2);
  CHECK(m.entries.at("index.html").size == 8);
  CHECK(m.entries.at("index.html").hash == entry_for("<p>a</p>").hash);
  CHECK_FALSE(fs::exists(t.path / "site.overblik-new"));
}

TEST_CASE("a rebuild keeps unchanged files as they were and writes the changed ones") {
  TempDir t;
  const fs::path out = t.path / "site", content = t.path / "content";
  fs::create_directories(content);
  build(out, content, {{"a.html", "A"}, {"b.html", "B"}, {"old.html", "gone soon"}});
  const ino_t a_before = inode(out / "a.html");
  const auto a_mtime = fs::last_write_time(out / "a.html");
  std::ofstream(out / "mine.txt") << "a file the user put there";

  WriteStats s = build(out, content, {{"a.html", "A"}, {"b.html", "B2"}});
  CHECK(s.written == 1);
  CHECK(s.unchanged == 1);
  CHECK(s.removed == 1);
  CHECK(inode(out / "a.html") == a_before);
  CHECK(fs::last_write_time(out / "a.html") == a_mtime);
  CHECK(read(out / "b.html") == "B2");
  CHECK_FALSE(fs::exists(out / "old.html"));
  CHECK(read(out / "mine.txt") == "a file the user put there");  // not overblik's: carried over
}

TEST_CASE("a rebuild that changes nothing leaves the folder alone") {
  TempDir t;
  const fs::path out = t.path / "site", content = t.path / "content";
  fs::create_directories(content);
  build(out, content, {{"a.html", "A"}}, 7);
  const auto manifest_mtime = fs::last_write_time(out / kManifestName);
  WriteStats s = build(out, content, {{"a.html", "A"}}, 7);
  CHECK(s.written == 0);
  CHECK(s.unchanged == 1);
  CHECK_FALSE(s.swapped);
  CHECK(fs::last_write_time(out / kManifestName) == manifest_mtime);
  CHECK_FALSE(fs::exists(t.path / "site.overblik-new"));

  // Other input, same bytes: only the manifest learns the new input.
  s = build(out, content, {{"a.html", "A"}}, 8);
  CHECK(s.written == 0);
  CHECK_FALSE(s.swapped);
  CHECK(read_manifest(out / kManifestName).input == 8);
}

TEST_CASE("up_to_date_manifest: the same input, and every file as the manifest has it") {
  TempDir t;
  const fs::path out = t.path / "site", content = t.path / "content";
  fs::create_directories(content);
  build(out, content, {{"a.html", "A"}, {"b/index.html", "B"}}, 42);
  const auto kept = up_to_date_manifest(out.string(), 42);
  REQUIRE(kept);
  CHECK(kept->entries.size() == 2);
  CHECK_FALSE(up_to_date_manifest(out.string(), 43));
  CHECK_FALSE(up_to_date_manifest(out.string(), 0));  // 0: no fingerprint
  CHECK_FALSE(up_to_date_manifest((t.path / "elsewhere").string(), 42));
  // A file changed by hand after the build: not up to date, and rewritten.
  ::usleep(20000);
  std::ofstream(out / "b/index.html") << "B";  // same size, same bytes, but newer
  CHECK_FALSE(up_to_date_manifest(out.string(), 42));
  build(out, content, {{"a.html", "A"}, {"b/index.html", "B"}}, 42);
  CHECK(up_to_date_manifest(out.string(), 42));
  fs::remove(out / "a.html");
  CHECK_FALSE(up_to_date_manifest(out.string(), 42));
}

TEST_CASE("a build that does not finish leaves the old site and nothing beside it") {
  TempDir t;
  const fs::path out = t.path / "site", content = t.path / "content";
  fs::create_directories(content);
  build(out, content, {{"a.html", "A"}});
  const std::string manifest = read(out / kManifestName);
  {
    SiteWriter w({out.string(), content.string()});
    w.add("a.html", "changed");
    w.add("new.html", "new");
    // no finish(): a render failed
  }
  CHECK(read(out / "a.html") == "A");
  CHECK_FALSE(fs::exists(out / "new.html"));
  CHECK(read(out / kManifestName) == manifest);
  CHECK_FALSE(fs::exists(t.path / "site.overblik-new"));
}

TEST_CASE("paths that would leave the site are refused") {
  TempDir t;
  const fs::path out = t.path / "site", content = t.path / "content";
  fs::create_directories(content);
  SiteWriter w({out.string(), content.string()});
  CHECK_THROWS_AS(w.add("../escape.html", "x"), WriteError);
  CHECK_THROWS_AS(w.add("/etc/passwd", "x"), WriteError);
  CHECK_THROWS_AS(w.add("a/../../b", "x"), WriteError);
  CHECK_THROWS_AS(w.add("", "x"), WriteError);
  w.add("assets/report..v2.pdf", "two dots in a name are fine");
  w.add("x.html", "x");
  CHECK_THROWS_AS(w.add("x.html", "twice"), WriteError);
}

TEST_CASE("the output folder may not be the content folder, hold it or lie in it") {
  TempDir t;
  const fs::path content = t.path / "content";
  fs::create_directories(content);
  CHECK_THROWS_AS(SiteWriter({content.string(), content.string()}), WriteError);
  CHECK_THROWS_AS(SiteWriter({(content / "site").string(), content.string()}), WriteError);
  CHECK_THROWS_AS(SiteWriter({t.path.string(), content.string()}), WriteError);
  fs::create_directories(t.path / "full");
  std::ofstream(t.path / "full" / "thesis.docx") << "not overblik's";
  CHECK_THROWS_AS(SiteWriter({(t.path / "full").string(), content.string()}), WriteError);
}

TEST_CASE("the manifest keeps the input and the diagnostics, whatever their text") {
  TempDir t;
  Manifest m;
  m.input = 0xabcdef0123456789ull;
  m.entries["a b/ø.html"] = {3, 42};
  m.diagnostics.push_back({"{content}/initiatives/x.md",
                           {4, 7},
                           Severity::warning,
                           "line one\nline \"two\" # diagnostic {",
                           "hint with\ttab"});
  m.diagnostics.push_back({"git:HEAD:plan.yaml", {0, 0}, Severity::error, "", ""});
  write_manifest(t.path / "m", m);
  const Manifest back = read_manifest(t.path / "m");
  CHECK(back.input == m.input);
  CHECK(back.entries.size() == 1);
  CHECK(back.entries.at("a b/ø.html").hash == 42);
  CHECK(back.diagnostics == m.diagnostics);

  // A damaged diagnostic line: the manifest is not trusted to skip a build.
  std::ofstream(t.path / "m", std::ios::app) << "# diagnostic {not json\n";
  CHECK(read_manifest(t.path / "m").input == 0);
}

TEST_CASE("diagnostics told again from the manifest keep the counts a file's limit left out") {
  TempDir t;
  Diagnostics diags;
  for (int i = 0; i < 60; ++i) diags.warning("{content}/pages/noter.md", {i + 1, 1}, "note");
  diags.warning("{content}/plan.yaml", {1, 1}, "other");
  diags.sort();
  diags.limit_per_file();
  REQUIRE(diags.items().size() == 52);
  Manifest m;
  m.input = 1;
  m.diagnostics = diags.items();
  write_manifest(t.path / "m", m);
  Diagnostics told;
  for (Diagnostic& d : read_manifest(t.path / "m").diagnostics) told.add(std::move(d));
  CHECK(told.items().size() == 52);
  CHECK(told.warning_count() == 61);
  CHECK(told.error_count() == 0);
}

TEST_CASE("a file changed by hand with its size and an old time kept is not trusted") {
  TempDir t;
  const fs::path out = t.path / "site", content = t.path / "content";
  fs::create_directories(content);
  build(out, content, {{"a.html", "AAAA"}, {"b.html", "B"}}, 42);
  REQUIRE(up_to_date_manifest(out.string(), 42));
  std::ofstream(out / "a.html") << "EVIL";                     // same size
  const timespec old[2] = {{1000000000, 0}, {1000000000, 0}};  // 2001: before the manifest
  REQUIRE(::utimensat(AT_FDCWD, (out / "a.html").c_str(), old, 0) == 0);
  CHECK_FALSE(up_to_date_manifest(out.string(), 42));
  const WriteStats s = build(out, content, {{"a.html", "AAAA"}, {"b.html", "B"}}, 42);
  CHECK(s.written == 1);
  CHECK(read(out / "a.html") == "AAAA");
}

TEST_CASE("a file name cannot add lines to the manifest") {
  TempDir t;
  Manifest m;
  m.entries["x\n0 0000000000000000 CNAME"] = {1, 2};
  m.entries["ok.html"] = {3, 4};
  write_manifest(t.path / "m", m);
  const Manifest back = read_manifest(t.path / "m");
  CHECK(back.entries.count("CNAME") == 0);
  CHECK(back.entries.count("ok.html") == 1);
  CHECK(back.entries.size() == 1);  // a name with a control character is never trusted
  // A manifest of an earlier version (paths not quoted) is still read.
  std::ofstream(t.path / "old") << "# input 000000000000002a\n5 00000000000000ff a b/ø.html\n";
  CHECK(read_manifest(t.path / "old").entries.at("a b/ø.html").hash == 0xff);

  const fs::path out = t.path / "site", content = t.path / "content";
  fs::create_directories(content);
  SiteWriter w({out.string(), content.string()});
  CHECK_THROWS_AS(w.add("assets/x\n0 0000000000000000 CNAME", "x"), WriteError);
  CHECK_THROWS_AS(w.add("assets/\x1b[31mred.png", "x"), WriteError);
}

TEST_CASE("--out with a trailing slash or through a symbolic link builds beside the real folder") {
  TempDir t;
  const fs::path content = t.path / "content";
  fs::create_directories(content);
  build((t.path / "site/").string() + "/", content, {{"a.html", "A"}});
  CHECK(read(t.path / "site" / "a.html") == "A");
  build((t.path / "site/").string(), content, {{"a.html", "B"}});
  CHECK(read(t.path / "site" / "a.html") == "B");
  // site -> www/plan: the link stays a link, the target gets the site.
  fs::create_directories(t.path / "www");
  fs::create_symlink("www/plan", t.path / "link");  // dangling at first
  build(t.path / "link", content, {{"a.html", "A"}});
  CHECK(fs::is_symlink(t.path / "link"));
  CHECK(read(t.path / "www" / "plan" / "a.html") == "A");
  build(t.path / "link", content, {{"a.html", "C"}});
  CHECK(fs::is_symlink(t.path / "link"));
  CHECK(read(t.path / "www" / "plan" / "a.html") == "C");
  for (auto& e : fs::directory_iterator(t.path))
    CHECK(e.path().filename().string().find("overblik-new") == std::string::npos);
  for (auto& e : fs::directory_iterator(t.path / "www"))
    CHECK(e.path().filename().string().find("overblik-new") == std::string::npos);
}

TEST_CASE("the output folder may not be the current folder or hold it") {
  TempDir t;
  const fs::path content = t.path / "content", site = t.path / "site";
  fs::create_directories(content);
  build(site, content, {{"a.html", "A"}});
  const fs::path before = fs::current_path();
  fs::current_path(site);
  CHECK_THROWS_AS(SiteWriter({".", content.string()}), WriteError);
  CHECK_THROWS_AS(SiteWriter({"./", content.string()}), WriteError);
  fs::create_directories(site / "sub");
  fs::current_path(site / "sub");
  CHECK_THROWS_AS(SiteWriter({"..", content.string()}), WriteError);
  fs::current_path(before);
  CHECK(read(site / "a.html") == "A");
}

TEST_CASE("a second build of the same folder waits for the first, or gives up clearly") {
  TempDir t;
  const fs::path out = t.path / "site", content = t.path / "content";
  fs::create_directories(content);
  ::setenv("OVERBLIK_LOCK_TIMEOUT", "0", 1);
  {
    SiteWriter first({out.string(), content.string()});
    first.add("a.html", "first");
    try {
      SiteWriter second({out.string(), content.string()});
      FAIL("a second writer got the lock");
    } catch (const WriteError& e) {
      CHECK(std::string(e.what()).find("another build of") != std::string::npos);
    }
    first.finish(1);
  }
  ::unsetenv("OVERBLIK_LOCK_TIMEOUT");
  CHECK(read(out / "a.html") == "first");
  // A leftover of an interrupted build, under the old fixed name or a unique one, is cleared.
  fs::create_directories(t.path / "site.overblik-new" / "x");
  fs::create_directories(t.path / "site.overblik-new.abc123");
  build(out, content, {{"a.html", "again"}});
  CHECK_FALSE(fs::exists(t.path / "site.overblik-new"));
  CHECK_FALSE(fs::exists(t.path / "site.overblik-new.abc123"));
  CHECK(fs::exists(t.path / "site.overblik-lock"));
}

TEST_CASE("a page no longer produced leaves no empty folder; the user's files in one stay") {
  TempDir t;
  const fs::path out = t.path / "site", content = t.path / "content";
  fs::create_directories(content);
  build(out, content, {{"a/index.html", "A"}, {"b/index.html", "B"}, {"c/d/index.html", "C"}});
  std::ofstream(out / "b" / "note.txt") << "mine";
  fs::create_directories(out / "own-empty");
  build(out, content, {{"a/index.html", "A"}});
  CHECK_FALSE(fs::exists(out / "c"));
  CHECK(read(out / "b" / "note.txt") == "mine");
  CHECK_FALSE(fs::exists(out / "b" / "index.html"));
  CHECK(fs::is_directory(out / "own-empty"));
}
