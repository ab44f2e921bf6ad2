// Replays every reproducer the fuzzers found (tests/fuzz/regressions/NAME/)
// through the same function the fuzz target NAME calls, so that a fixed crash
// stays fixed in every build, sanitized or not, without clang or libFuzzer.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "../fuzz/fuzz_targets.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kRegressions = fs::path(OVERBLIK_TEST_DIR) / "fuzz" / "regressions";

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

/// The fuzz targets by name; the markdown one also has its HTML oracle.
const std::map<std::string, std::function<void(std::string_view)>>& targets() {
  static const std::map<std::string, std::function<void(std::string_view)>> t = {
      {"front_matter", [](std::string_view b) { overblik::fuzz::front_matter(b); }},
      {"yaml", [](std::string_view b) { overblik::fuzz::yaml(b); }},
      {"csv", [](std::string_view b) { overblik::fuzz::csv(b); }},
      {"markdown", [](std::string_view b) { CHECK(overblik::fuzz::markdown(b) == ""); }},
      {"directives", [](std::string_view b) { CHECK(overblik::fuzz::directives(b) == ""); }},
  };
  return t;
}

}  // namespace

TEST_CASE("fuzz regressions: every folder is named after a fuzz target") {
  REQUIRE(fs::is_directory(kRegressions));
  for (const auto& e : fs::directory_iterator(kRegressions)) {
    INFO(e.path().string());
    CHECK(e.is_directory());
    CHECK(targets().count(e.path().filename().string()) == 1);
  }
}

TEST_CASE("fuzz regressions: each reproducer is handled without a crash") {
  for (const auto& [name, run] : targets()) {
    for (const fs::path& p : files_in(kRegressions / name)) {
      INFO(p.string());
      run(read_bytes(p));  // returns: the crash, hang or leak it once caused is gone
    }
  }
}
