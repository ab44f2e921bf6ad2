#include "render/chart.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

using namespace overblik;

namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

const Labels& labels(const std::string& lang) {
  static const Labels da =
      parse_labels(read_text(OVERBLIK_TEST_DIR "/../templates/i18n/da.yaml"), "da.yaml");
  static const Labels en =
      parse_labels(read_text(OVERBLIK_TEST_DIR "/../templates/i18n/en.yaml"), "en.yaml");
  return lang == "en" ? en : da;
}

Number num(double v) {
  return {v, fmt::format("{}", v)};
}
Period per(const char* text) {
  return *parse_period(text);
}

using Values = std::vector<std::pair<const char*, std::optional<double>>>;

Series series(std::string name, const Values& values) {
  Series s;
  s.name = std::move(name);
  for (auto& [p, v] : values)
    s.points.push_back({per(p), v ? std::optional<Number>(num(*v)) : std::nullopt});
  return s;
}

Indicator indicator(std::string title, std::string unit, std::vector<Series> s) {
  Indicator ind;
  ind.id = "test";
  ind.title = std::move(title);
  ind.unit = std::move(unit);
  ind.series = std::move(s);
  if (ind.series.size() == 1 && ind.series[0].name.empty()) ind.series[0].name = ind.title;
  return ind;
}

Target target(const char* period, double low, std::optional<double> high = std::nullopt) {
  return {per(period), num(low), num(high ? *high : low), high.has_value()};
}

Indicator single_series() {
  Indicator ind = indicator(
      "Borgere i hjemløshed", "personer",
      {series("", {{"2015", 702}, {"2016", 731}, {"2017", 767}, {"2018", 771}, {"2019", 750}})});
  ind.direction = Direction::decrease;
  ind.series[0].baseline = Baseline{per("2017"), num(767)};
  ind.series[0].target = target("2022", 600);
  return ind;
}

Indicator municipalities() {
  const std::vector<std::pair<const char*, std::optional<double>>> data = {
      {"Kolding", 14.2},
      {"Vejle", 11.8},
      {"Fredericia", 16.5},
      {"Middelfart", 6.1},
      {"Haderslev", 9.4},
      {"Aabenraa", 8.7},
      {"Sønderborg", 10.2},
      {"Tønder", 5.3},
      {"Esbjerg", 15.1},
      {"Varde", 4.9},
      {"Billund", std::nullopt},
      {"Vejen", 7.6},
      {"Odense", 21.7},
      {"Svendborg", 12.9},
      {"Nyborg", 9.4},
      {"Faaborg-Midtfyn", std::nullopt},
      {"Ærø", 3.2}};
  std::vector<Series> s;
  for (auto& [name, v] : data) s.push_back(series(name, {{"2021", v ? *v - 0.8 : v}, {"2023", v}}));
  s[7].points[1].value.reset();  // Tønder: newest value from 2021
  Indicator ind = indicator("Hjemløse pr. 10.000 indbyggere", "pr. 10.000 indbyggere", s);
  ind.decimals = 1;
  return ind;
}

Indicator range_target() {
  Indicator ind = indicator("Borgere på herberg", "personer",
                            {series("", {{"2018", 702},
                                         {"2019", 688},
                                         {"2020", 694},
                                         {"2021", 671},
                                         {"2022", 655},
                                         {"2023", 640},
                                         {"2024", 628}})});
  ind.direction = Direction::decrease;
  ind.series[0].baseline = Baseline{per("2018"), num(702)};
  ind.series[0].target = target("2030", 500, 600);
  return ind;
}

Indicator missing_values() {
  return indicator("Unge i hjemløshed", "personer",
                   {series("Mænd", {{"2015", 410},
                                    {"2016", 425},
                                    {"2017", std::nullopt},
                                    {"2018", 440},
                                    {"2019", std::nullopt},
                                    {"2020", 402},
                                    {"2021", 395},
                                    {"2022", 380},
                                    {"2023", 371},
                                    {"2024", 366}}),
                    series("Kvinder", {{"2015", 160},
                                       {"2016", 171},
                                       {"2017", 180},
                                       {"2018", std::nullopt},
                                       {"2019", 176},
                                       {"2020", 181},
                                       {"2021", 190},
                                       {"2022", 185},
                                       {"2023", std::nullopt},
                                       {"2024", std::nullopt}})});
}

Indicator negative_values() {
  Indicator ind = indicator(
      "Ændring i antal hjemløse fra året før", "personer",
      {series("", {{"2019", -12}, {"2020", 8}, {"2021", 40}, {"2022", -5}, {"2023", 15}})});
  ind.series[0].target = target("2025", -10);
  return ind;
}

Indicator irregular_years() {
  return indicator("Hjemløse i hele landet", "personer",
                   {series("", {{"2009", 4998},
                                {"2011", 5290},
                                {"2013", 5820},
                                {"2015", 6138},
                                {"2017", 6635},
                                {"2019", 6431},
                                {"2022", 5789},
                                {"2024", 5176}})});
}

Indicator two_periods() {
  Indicator ind = indicator("Unge 18–24 år i hjemløshed", "personer",
                            {series("Kolding", {{"2022", 58}, {"2024", 49}}),
                             series("Vejle", {{"2022", 41}, {"2024", std::nullopt}}),
                             series("Fredericia", {{"2022", 37}, {"2024", 39}})});
  for (Series& s : ind.series) s.target = target("2026", 30);
  return ind;
}

Indicator half_years() {
  Indicator ind = indicator("Borgere i skæve boliger", "boliger",
                            {series("", {{"2022-H1", 18},
                                         {"2022-H2", 22},
                                         {"2023-H1", 23},
                                         {"2023-H2", 27},
                                         {"2024-H1", 31},
                                         {"2024-H2", 34}})});
  ind.direction = Direction::increase;
  ind.series[0].target = target("2026", 40);
  return ind;
}

/// Compares with tests/golden/charts/NAME.svg; on a mismatch writes NAME.actual.svg
/// beside it. OVERBLIK_UPDATE_GOLDEN=1 rewrites the golden file instead.
void check_golden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(OVERBLIK_TEST_DIR "/golden/charts/") + name + ".svg";
  const std::string actual_path =
      std::string(OVERBLIK_TEST_DIR "/golden/charts/") + name + ".actual.svg";
  const char* update = std::getenv("OVERBLIK_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    std::remove(actual_path.c_str());
    return;
  }
  const std::string expected = read_text(path);
  if (expected == actual) {
    std::remove(actual_path.c_str());
    return;
  }
  std::ofstream(actual_path, std::ios::binary) << actual;
  FAIL_CHECK("chart ", name, " differs from ", path, "; the output is in ", actual_path,
             " (review it; OVERBLIK_UPDATE_GOLDEN=1 accepts it)");
}

std::string svg(const Indicator& ind, const std::string& lang = "da", double width = 640) {
  return indicator_chart_svg(ind, labels(lang), {"chart-" + ind.id, width});
}

}  // namespace

TEST_CASE("nice_ticks") {
  using V = std::vector<double>;
  SUBCASE("counts from zero") {
    CHECK(nice_ticks(0, 767) == V{0, 200, 400, 600, 800});
  }
  SUBCASE("zero is included when within reach") {
    CHECK(nice_ticks(300, 767).front() == 0);
  }
  SUBCASE("zero is left out when far from the data") {
    CHECK(nice_ticks(750, 767) == V{750, 755, 760, 765, 770});
    CHECK(nice_ticks(3.2, 3.9) == V{3.2, 3.4, 3.6, 3.8, 4.0});
  }
  SUBCASE("ticks are exact decimals") {
    for (double t : nice_ticks(3.2, 3.9)) CHECK(fmt::format("{}", t).size() <= 3);
  }
  SUBCASE("negative and positive") {
    CHECK(nice_ticks(-12, 40) == V{-20, 0, 20, 40});
  }
  SUBCASE("all negative") {
    CHECK(nice_ticks(-40, -5).back() == 0);
    CHECK(nice_ticks(-40, -30) == V{-40, -37.5, -35, -32.5, -30});
    CHECK(nice_ticks(-40, -30, 5, 1) == V{-40, -38, -36, -34, -32, -30});
  }
  SUBCASE("no range") {
    CHECK(nice_ticks(0, 0) == V{0, 0.25, 0.5, 0.75, 1});
    CHECK(nice_ticks(0, 0, 5, 1) == V{0, 1});
    CHECK(nice_ticks(767, 767) == V{0, 200, 400, 600, 800});
    CHECK(nice_ticks(-3, -3).back() == 0);
  }
  SUBCASE("millions") {
    CHECK(nice_ticks(1e6, 1.5e6) == V{1e6, 1.1e6, 1.2e6, 1.3e6, 1.4e6, 1.5e6});
    CHECK(nice_ticks(0, 1e6) == V{0, 250000, 500000, 750000, 1e6});
  }
  SUBCASE("whole numbers get whole steps") {
    CHECK(nice_ticks(0, 10) == V{0, 2.5, 5, 7.5, 10});
    CHECK(nice_ticks(0, 10, 5, 1) == V{0, 2, 4, 6, 8, 10});
    CHECK(nice_ticks(0, 3, 5, 1) == V{0, 1, 2, 3});
  }
  SUBCASE("reversed bounds") {
    CHECK(nice_ticks(767, 0) == nice_ticks(0, 767));
  }
  SUBCASE("decimals") {
    CHECK(tick_decimals({0, 200, 400}) == 0);
    CHECK(tick_decimals(nice_ticks(3.2, 3.9)) == 1);
    CHECK(tick_decimals({0, 2.5, 5}) == 1);
    CHECK(tick_decimals({0, 0.25}) == 2);
  }
}

TEST_CASE("indicator_finding") {
  SUBCASE("one series with a target, Danish and English") {
    Indicator ind = single_series();
    ind.series[0].points.erase(ind.series[0].points.begin(), ind.series[0].points.begin() + 2);
    CHECK(indicator_finding(ind, labels("da")) == "Fra 767 i 2017 til 750 i 2019; mål 600 i 2022.");
    CHECK(indicator_finding(ind, labels("en")) ==
          "From 767 in 2017 to 750 in 2019; target 600 in 2022.");
  }
  SUBCASE("numbers in the language's format") {
    Indicator ind = irregular_years();
    CHECK(indicator_finding(ind, labels("da")) == "Fra 4.998 i 2009 til 5.176 i 2024.");
    CHECK(indicator_finding(ind, labels("en")) == "From 4,998 in 2009 to 5,176 in 2024.");
  }
  SUBCASE("a range target, half years, the newest non-null value") {
    Indicator ind = range_target();
    CHECK(indicator_finding(ind, labels("da")) ==
          "Fra 702 i 2018 til 628 i 2024; mål 500–600 i 2030.");
    Indicator h = half_years();
    h.series[0].points.back().value.reset();
    CHECK(indicator_finding(h, labels("da")) ==
          "Fra 18 i 1. halvår 2022 til 31 i 1. halvår 2024; mål 40 i 2026.");
  }
  SUBCASE("decimals and negative numbers") {
    Indicator ind = indicator("Andel", "%", {series("", {{"2020", 3.84}, {"2021", -1.26}})});
    ind.decimals = 1;
    CHECK(indicator_finding(ind, labels("da")) == "Fra 3,8 i 2020 til −1,3 i 2021.");
  }
  SUBCASE("no data") {
    Indicator ind = indicator("Tom", "personer", {series("", {{"2020", std::nullopt}})});
    CHECK(indicator_finding(ind, labels("da")) == "Ingen data.");
    ind.series[0].target = target("2025", 10);
    CHECK(indicator_finding(ind, labels("en")) == "No data; target 10 in 2025.");
  }
  SUBCASE("several series") {
    CHECK(indicator_finding(missing_values(), labels("da")) ==
          "Mænd: fra 410 i 2015 til 366 i 2024; Kvinder: fra 160 i 2015 til 185 i 2022.");
    CHECK(indicator_finding(two_periods(), labels("en")) ==
          "Kolding: from 58 in 2022 to 49 in 2024; Vejle: 41 in 2022; Fredericia: from 37 in 2022 "
          "to 39 in 2024; "
          "target 30 in 2026.");
  }
  SUBCASE("many series: highest, lowest, without data") {
    CHECK(indicator_finding(municipalities(), labels("da")) ==
          "Højest: Odense, 21,7 i 2023; lavest: Ærø, 3,2 i 2023; ingen data: Billund, "
          "Faaborg-Midtfyn.");
  }
}

TEST_CASE("indicator_chart_svg") {
  SUBCASE("the kind of chart") {
    CHECK(chart_kind(single_series()) == ChartKind::line);
    CHECK(chart_kind(two_periods()) == ChartKind::columns);
    CHECK(chart_kind(municipalities()) == ChartKind::ranking);
    CHECK(chart_kind(indicator("Tom", "personer", {series("", {{"2020", std::nullopt}})})) ==
          ChartKind::none);
  }
  SUBCASE("no values: no chart") {
    CHECK(svg(indicator("Tom", "personer",
                        {series("", {{"2020", std::nullopt}, {"2021", std::nullopt}})}))
              .empty());
  }
  SUBCASE("accessible name and description") {
    const std::string s = svg(single_series());
    CHECK(s.find("role=\"img\" aria-labelledby=\"chart-test-title chart-test-desc\"") !=
          std::string::npos);
    CHECK(s.find("<title id=\"chart-test-title\">Borgere i hjemløshed (personer)</title>") !=
          std::string::npos);
    CHECK(
        s.find(
            "<desc id=\"chart-test-desc\">Fra 702 i 2015 til 750 i 2019; mål 600 i 2022.</desc>") !=
        std::string::npos);
    CHECK(s.find("viewBox=\"0 0 640 360\" width=\"100%\"") != std::string::npos);
  }
  SUBCASE("content is escaped; nothing active") {
    Indicator ind = missing_values();
    ind.title = "A & B <script>alert('x')</script>";
    ind.unit = "\"%\"";
    ind.series[0].name = "M&M <b>";
    for (const std::string& s : {svg(ind), svg(two_periods()), svg(municipalities())}) {
      CHECK(s.find("<script") == std::string::npos);
      CHECK(s.find("foreignObject") == std::string::npos);
      CHECK_FALSE(std::regex_search(s, std::regex(" on[a-z]+=")));
      CHECK(s.find("href") == std::string::npos);
    }
    const std::string s = svg(ind);
    CHECK(s.find("A &amp; B &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; (&quot;%&quot;)") !=
          std::string::npos);
    CHECK(s.find("M&amp;M &lt;b&gt;") != std::string::npos);
  }
  SUBCASE("a null breaks the line and is never drawn as zero") {
    const std::string s = svg(missing_values());
    std::vector<long> moves;  // subpaths per line, in drawing order: Kvinder, then Mænd
    const std::string key = "class=\"series-line\" d=\"";
    for (size_t at = s.find(key); at != std::string::npos; at = s.find(key, at + 1)) {
      const size_t from = at + key.size();
      const std::string d = s.substr(from, s.find('"', from) - from);
      moves.push_back(std::count(d.begin(), d.end(), 'M'));
    }
    CHECK(moves == std::vector<long>{2, 3});  // 2015–17 | 2019–22; 2015–16 | 2018 | 2020–24
  }
  SUBCASE("deterministic") {
    CHECK(svg(municipalities()) == svg(municipalities()));
  }
  SUBCASE("all values equal") {
    const std::string s =
        svg(indicator("Flad", "personer", {series("", {{"2020", 5}, {"2021", 5}, {"2022", 5}})}));
    CHECK(s.find(">0</text>") != std::string::npos);
    CHECK(s.find(">5</text>") != std::string::npos);
  }
}

TEST_CASE("golden charts") {
  check_golden("single-series", svg(single_series()));
  check_golden("single-series-en", svg(single_series(), "en"));
  check_golden("many-series", svg(municipalities()));
  check_golden("range-target", svg(range_target()));
  check_golden("missing-values", svg(missing_values()));
  check_golden("negative-values", svg(negative_values()));
  check_golden("irregular-years", svg(irregular_years()));
  check_golden("two-periods", svg(two_periods()));
  check_golden("half-years", svg(half_years()));
  // For phones: the same charts drawn 360 wide, so that text stays legible at 320 px.
  check_golden("missing-values-narrow", svg(missing_values(), "da", 360));
  check_golden("many-series-narrow", svg(municipalities(), "da", 360));
  check_golden("two-periods-narrow", svg(two_periods(), "da", 360));
  check_golden("range-target-narrow", svg(range_target(), "da", 360));
}
