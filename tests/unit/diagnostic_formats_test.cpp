#include "support/diagnostic_formats.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

using namespace overblik;

TEST_CASE("GitHub workflow commands escape by GitHub's rules") {
  CHECK(github_escape_data("50% done\r\nnext: a, b") == "50%25 done%0D%0Anext: a, b");
  CHECK(github_escape_property("dir:a,b/100%.md\n") == "dir%3Aa%2Cb/100%25.md%0A");
}

TEST_CASE("format_github: one command a diagnostic, position only when there is one") {
  std::vector<Diagnostic> diags = {
      {"content/a,b.md", {5, 10}, Severity::error, "unknown theme 'x'", "did you mean 'y'?"},
      {"content/plan.yaml", {0, 0}, Severity::warning, "100% stale", ""},
  };
  CHECK(format_github(diags) ==
        "::error file=content/a%2Cb.md,line=5,col=10,title=overblik::unknown theme 'x'%0Ahint: did "
        "you mean 'y'?\n"
        "::warning file=content/plan.yaml,title=overblik::100%25 stale\n");
}

TEST_CASE("format_json keeps every field; invalid UTF-8 does not throw") {
  std::vector<Diagnostic> diags = {{"c/\xff.md", {2, 3}, Severity::warning, "m", ""}};
  auto j = nlohmann::json::parse(format_json(diags));
  REQUIRE(j.size() == 1);
  CHECK(j[0]["file"] == "c/\xEF\xBF\xBD.md");
  CHECK(j[0]["line"] == 2);
  CHECK(j[0]["column"] == 3);
  CHECK(j[0]["severity"] == "warning");
  CHECK(j[0]["hint"] == "");
}

TEST_CASE("format_sarif: a file name is a URI reference") {
  std::vector<Diagnostic> diags = {{"content/indsats æ 1.md", {1, 1}, Severity::error, "m", "h"}};
  auto log = nlohmann::json::parse(format_sarif(diags, "1.2.3"));
  const auto& r = log["runs"][0]["results"][0];
  CHECK(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "content/indsats%20%C3%A6%201.md");
  CHECK(r["message"]["text"] == "m\nhint: h");
  CHECK(log["runs"][0]["tool"]["driver"]["version"] == "1.2.3");
}

TEST_CASE("relative_to_root") {
  CHECK(relative_to_root("content/a.md", "/repo/sub", "/repo") == "sub/content/a.md");
  CHECK(relative_to_root("../content/a.md", "/repo/sub", "/repo") == "content/a.md");
  CHECK(relative_to_root("/elsewhere/a.md", "/repo", "/repo") == "/elsewhere/a.md");
  CHECK(relative_to_root("content/a.md", "/repo", "") == "content/a.md");
  CHECK(relative_to_root("git:HEAD~1:content/a.md", "/repo/sub", "/repo") ==
        "git:HEAD~1:content/a.md");
}

TEST_CASE("parse_diagnostic_format accepts exactly the listed names") {
  for (const std::string& name : diagnostic_format_names())
    CHECK(parse_diagnostic_format(name).has_value());
  CHECK_FALSE(parse_diagnostic_format("JSON").has_value());
  CHECK_FALSE(parse_diagnostic_format("").has_value());
}
