#include "model/assessment.hpp"

#include <doctest/doctest.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <utility>

#include "model/fields.hpp"

using namespace overblik;

namespace {

Number num(const char* text) {
  return *parse_number(text);
}
Period per(const char* text) {
  return *parse_period(text);
}

/// A series from (period, value) pairs in period order; nullptr is "no data".
Series series(std::initializer_list<std::pair<const char*, const char*>> points) {
  Series s;
  for (auto& [p, v] : points)
    s.points.push_back(DataPoint{per(p), v ? std::optional<Number>(num(v)) : std::nullopt});
  return s;
}

Series with_target(Series s, const char* period, const char* value) {
  s.target = Target{per(period), num(value), num(value), false};
  return s;
}

Series with_range(Series s, const char* period, const char* low, const char* high) {
  s.target = Target{per(period), num(low), num(high), true};
  return s;
}

Series with_baseline(Series s, const char* period, const char* value) {
  s.baseline = Baseline{per(period), num(value)};
  return s;
}

const char* assessed(const Series& s, Direction d) {
  return assessment_key(assess(s, d));
}

}  // namespace

TEST_CASE("latest_value is the newest non-null value") {
  SUBCASE("null values are skipped") {
    Series s = series({{"2019", "100"}, {"2020", "90"}, {"2021", nullptr}});
    auto latest = latest_value(s);
    REQUIRE(latest.has_value());
    CHECK(latest->period.text() == "2020");
    CHECK(latest->value->text == "90");
  }
  SUBCASE("no values, or only nulls, give none") {
    CHECK_FALSE(latest_value(series({})).has_value());
    CHECK_FALSE(latest_value(series({{"2019", nullptr}, {"2020", nullptr}})).has_value());
  }
}

TEST_CASE("assessment: no target, no data") {
  for (Direction d : {Direction::decrease, Direction::increase, Direction::none}) {
    CAPTURE(direction_key(d));
    CHECK(std::string(assessed(series({{"2021", "5"}}), d)) == "no-target");
    CHECK(std::string(assessed(with_baseline(series({{"2021", "5"}}), "2020", "9"), d)) ==
          "no-target");
    CHECK(std::string(assessed(with_target(series({}), "2026", "1"), d)) == "no-data");
    CHECK(std::string(assessed(with_target(series({{"2021", nullptr}}), "2026", "1"), d)) ==
          "no-data");
  }
}

TEST_CASE("assessment with direction: decrease") {
  const Direction d = Direction::decrease;
  SUBCASE("met: latest at or below the target") {
    CHECK(std::string(assessed(with_target(series({{"2021", "90"}}), "2026", "100"), d)) == "met");
    CHECK(std::string(assessed(with_target(series({{"2021", "100"}}), "2026", "100"), d)) == "met");
    // Met does not depend on the target period or the baseline.
    CHECK(std::string(assessed(
              with_baseline(with_target(series({{"2030", "99"}}), "2026", "100"), "2020", "50"),
              d)) == "met");
  }
  SUBCASE("met, range: at or below its high end") {
    CHECK(std::string(assessed(with_range(series({{"2021", "110"}}), "2026", "90", "110"), d)) ==
          "met");
    CHECK(std::string(assessed(with_range(series({{"2021", "50"}}), "2026", "90", "110"), d)) ==
          "met");
    CHECK(std::string(assessed(with_range(series({{"2021", "110.5"}}), "2026", "90", "110"), d)) ==
          "pending");
  }
  SUBCASE("with a baseline: progress when strictly lower, no-progress otherwise") {
    Series base = with_baseline(with_target(series({}), "2026", "100"), "2019", "130");
    Series s = base;
    s.points = series({{"2021", "120"}}).points;
    CHECK(std::string(assessed(s, d)) == "progress");
    s.points = series({{"2021", "130"}}).points;  // equal to the baseline
    CHECK(std::string(assessed(s, d)) == "no-progress");
    s.points = series({{"2021", "140"}}).points;
    CHECK(std::string(assessed(s, d)) == "no-progress");
    s.points = series({{"2021", "120"}, {"2022", nullptr}}).points;  // the null is skipped
    CHECK(std::string(assessed(s, d)) == "progress");
  }
  SUBCASE("without a baseline: pending before the target period, not-met from it on") {
    CHECK(std::string(assessed(with_target(series({{"2025", "120"}}), "2026", "100"), d)) ==
          "pending");
    CHECK(std::string(assessed(with_target(series({{"2026", "120"}}), "2026", "100"), d)) ==
          "not-met");
    CHECK(std::string(assessed(with_target(series({{"2027", "120"}}), "2026", "100"), d)) ==
          "not-met");
    // Periods compare by start, then end: 2026-H1 comes before 2026, 2026-H2 after.
    CHECK(std::string(assessed(with_target(series({{"2026-H1", "120"}}), "2026", "100"), d)) ==
          "pending");
    CHECK(std::string(assessed(with_target(series({{"2026-H2", "120"}}), "2026", "100"), d)) ==
          "not-met");
  }
  SUBCASE("the baseline is never taken from the data") {
    // 2019 = 130 in the data is not a baseline: without one, the target period decides.
    CHECK(std::string(assessed(
              with_target(series({{"2019", "130"}, {"2021", "120"}}), "2026", "100"), d)) ==
          "pending");
  }
}

TEST_CASE("assessment with direction: increase") {
  const Direction d = Direction::increase;
  SUBCASE("met: latest at or above the target") {
    CHECK(std::string(assessed(with_target(series({{"2021", "100"}}), "2026", "100"), d)) == "met");
    CHECK(std::string(assessed(with_target(series({{"2021", "120"}}), "2026", "100"), d)) == "met");
  }
  SUBCASE("met, range: at or above its low end") {
    CHECK(std::string(assessed(with_range(series({{"2021", "90"}}), "2026", "90", "110"), d)) ==
          "met");
    CHECK(std::string(assessed(with_range(series({{"2021", "500"}}), "2026", "90", "110"), d)) ==
          "met");
    CHECK(std::string(assessed(with_range(series({{"2021", "89"}}), "2026", "90", "110"), d)) ==
          "pending");
  }
  SUBCASE("with a baseline: progress when strictly higher") {
    Series s = with_baseline(with_target(series({{"2021", "90"}}), "2026", "100"), "2019", "80");
    CHECK(std::string(assessed(s, d)) == "progress");
    s.points = series({{"2021", "80"}}).points;
    CHECK(std::string(assessed(s, d)) == "no-progress");
    s.points = series({{"2021", "70"}}).points;
    CHECK(std::string(assessed(s, d)) == "no-progress");
  }
  SUBCASE("without a baseline") {
    CHECK(std::string(assessed(with_target(series({{"2025", "90"}}), "2026", "100"), d)) ==
          "pending");
    CHECK(std::string(assessed(with_target(series({{"2026", "90"}}), "2026", "100"), d)) ==
          "not-met");
  }
}

TEST_CASE("assessment with direction: none") {
  const Direction d = Direction::none;
  SUBCASE("met: latest equal to the target, or inside the range") {
    CHECK(std::string(assessed(with_target(series({{"2021", "100"}}), "2026", "100"), d)) == "met");
    CHECK(std::string(assessed(with_target(series({{"2021", "100.0"}}), "2026", "100"), d)) ==
          "met");
    CHECK(std::string(assessed(with_range(series({{"2021", "90"}}), "2026", "90", "110"), d)) ==
          "met");
    CHECK(std::string(assessed(with_range(series({{"2021", "110"}}), "2026", "90", "110"), d)) ==
          "met");
    CHECK(std::string(assessed(with_range(series({{"2021", "100"}}), "2026", "90", "110"), d)) ==
          "met");
  }
  SUBCASE("not met: pending or not-met, whatever the baseline says") {
    CHECK(std::string(assessed(with_target(series({{"2021", "99"}}), "2026", "100"), d)) ==
          "pending");
    CHECK(std::string(assessed(with_target(series({{"2021", "101"}}), "2026", "100"), d)) ==
          "pending");
    CHECK(std::string(assessed(with_range(series({{"2021", "111"}}), "2026", "90", "110"), d)) ==
          "pending");
    CHECK(std::string(assessed(with_range(series({{"2026", "89"}}), "2026", "90", "110"), d)) ==
          "not-met");
    Series s = with_baseline(with_target(series({{"2021", "99"}}), "2026", "100"), "2019", "50");
    CHECK(std::string(assessed(s, d)) == "pending");
    s.points = series({{"2027", "99"}}).points;
    CHECK(std::string(assessed(s, d)) == "not-met");
  }
}

TEST_CASE("target_met and is_better on raw values") {
  Target t{per("2026"), num("100"), num("100"), false};
  Target r{per("2026"), num("90"), num("110"), true};
  CHECK(target_met(100, t, Direction::decrease));
  CHECK_FALSE(target_met(100.01, t, Direction::decrease));
  CHECK(target_met(100, t, Direction::increase));
  CHECK_FALSE(target_met(99.99, t, Direction::increase));
  CHECK(target_met(100, t, Direction::none));
  CHECK_FALSE(target_met(99.99, t, Direction::none));
  CHECK(target_met(110, r, Direction::decrease));
  CHECK(target_met(90, r, Direction::increase));
  CHECK_FALSE(target_met(89.99, r, Direction::none));
  CHECK(is_better(1, 2, Direction::decrease));
  CHECK_FALSE(is_better(2, 2, Direction::decrease));
  CHECK(is_better(3, 2, Direction::increase));
  CHECK_FALSE(is_better(2, 2, Direction::increase));
  CHECK_FALSE(is_better(1, 2, Direction::none));
  CHECK_FALSE(is_better(3, 2, Direction::none));
}
