#include "model/period.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace overblik;

namespace {

Period p(const char* text) {
  auto parsed = parse_period(text);
  REQUIRE_MESSAGE(parsed.has_value(), text);
  return *parsed;
}

Date d(int y, int m, int day) {
  return Date{y, m, day};
}

}  // namespace

TEST_CASE("parse_period reads every form") {
  SUBCASE("year") {
    Period x = p("2024");
    CHECK(x.kind == Period::Kind::year);
    CHECK(x.year == 2024);
    CHECK(x.text() == "2024");
  }
  SUBCASE("half-years") {
    CHECK(p("2024-H1").kind == Period::Kind::half);
    CHECK(p("2024-H1").part == 1);
    CHECK(p("2024-H2").part == 2);
    CHECK(p("2024-H2").text() == "2024-H2");
  }
  SUBCASE("quarters") {
    for (int q = 1; q <= 4; ++q) {
      std::string text = "2024-Q" + std::to_string(q);
      Period x = p(text.c_str());
      CHECK(x.kind == Period::Kind::quarter);
      CHECK(x.part == q);
      CHECK(x.text() == text);
    }
  }
  SUBCASE("months") {
    CHECK(p("2024-05").kind == Period::Kind::month);
    CHECK(p("2024-05").part == 5);
    CHECK(p("2024-12").text() == "2024-12");
    CHECK(p("2024-01").text() == "2024-01");
  }
  SUBCASE("dates") {
    Period x = p("2024-05-17");
    CHECK(x.kind == Period::Kind::day);
    CHECK(x.part == 5);
    CHECK(x.day == 17);
    CHECK(x.text() == "2024-05-17");
  }
  SUBCASE("years keep four digits") {
    CHECK(p("0999").text() == "0999");
  }
}

TEST_CASE("parse_period rejects what is not a period") {
  for (const char* bad :
       {"",          "24",           "202",        "20245",      "abcd",       " 2024",
        "2024 ",     "2024-",        "2024-H",     "2024-H0",    "2024-H3",    "2024-h1",
        "2024-Q0",   "2024-Q5",      "2024-q1",    "2024-00",    "2024-13",    "2024-1",
        "2024-5-17", "2024-05-1",    "2024-05-32", "2023-02-29", "2024-04-31", "2024-W01",
        "2024/05",   "2024-05-17T00"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_period(bad).has_value());
  }
}

TEST_CASE("parse_date reads real calendar dates only") {
  CHECK(parse_date("2024-06-30") == std::optional<Date>(d(2024, 6, 30)));
  CHECK(parse_date("2024-12-31") == std::optional<Date>(d(2024, 12, 31)));
  for (const char* bad : {"2024-06-31", "2024-13-01", "2024-00-10", "2024-01-00", "2024-1-1",
                          "24-01-01", "2024", "2024-H1", "2024-01", "01-01-2024", "2024-01-01 "}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_date(bad).has_value());
  }
}

TEST_CASE("leap years") {
  CHECK(parse_date("2024-02-29").has_value());
  CHECK(parse_date("2000-02-29").has_value());  // divisible by 400
  CHECK_FALSE(parse_date("2023-02-29").has_value());
  CHECK_FALSE(parse_date("1900-02-29").has_value());  // divisible by 100, not 400
  CHECK_FALSE(parse_date("2024-02-30").has_value());
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2023, 2) == 28);
  CHECK(days_in_month(1900, 2) == 28);
  CHECK(days_in_month(2000, 2) == 29);
  CHECK(days_in_month(2023, 4) == 30);
  CHECK(days_in_month(2023, 12) == 31);
  CHECK(p("2024-02").end() == d(2024, 2, 29));
  CHECK(p("2023-02").end() == d(2023, 2, 28));
  CHECK(p("2024-Q1").end() == d(2024, 3, 31));
}

TEST_CASE("start and end dates of periods") {
  CHECK(p("2024").start() == d(2024, 1, 1));
  CHECK(p("2024").end() == d(2024, 12, 31));
  CHECK(p("2024-H1").start() == d(2024, 1, 1));
  CHECK(p("2024-H1").end() == d(2024, 6, 30));
  CHECK(p("2024-H2").start() == d(2024, 7, 1));
  CHECK(p("2024-H2").end() == d(2024, 12, 31));
  CHECK(p("2024-Q1").start() == d(2024, 1, 1));
  CHECK(p("2024-Q2").start() == d(2024, 4, 1));
  CHECK(p("2024-Q2").end() == d(2024, 6, 30));
  CHECK(p("2024-Q3").end() == d(2024, 9, 30));
  CHECK(p("2024-Q4").start() == d(2024, 10, 1));
  CHECK(p("2024-Q4").end() == d(2024, 12, 31));
  CHECK(p("2024-05").start() == d(2024, 5, 1));
  CHECK(p("2024-05").end() == d(2024, 5, 31));
  CHECK(p("2024-05-17").start() == d(2024, 5, 17));
  CHECK(p("2024-05-17").end() == d(2024, 5, 17));
}

TEST_CASE("periods are ordered by start date, then by end date") {
  SUBCASE("the content format's example: 2013-H1 < 2013 < 2013-H2") {
    CHECK(p("2013-H1") < p("2013"));
    CHECK(p("2013") < p("2013-H2"));
    CHECK(p("2013-H1") < p("2013-H2"));
    CHECK_FALSE(p("2013") < p("2013-H1"));
    CHECK_FALSE(p("2013-H2") < p("2013"));
  }
  SUBCASE("same start: the shorter first") {
    CHECK(p("2013-01-01") < p("2013-01"));
    CHECK(p("2013-01") < p("2013-Q1"));
    CHECK(p("2013-Q1") < p("2013-H1"));
    CHECK(p("2013-H1") < p("2013"));
  }
  SUBCASE("a later start is later, however short") {
    CHECK(p("2012") < p("2013-01-01"));
    CHECK(p("2013-Q1") < p("2013-04"));
    CHECK(p("2013") < p("2013-12-31"));  // same end, later start
  }
  SUBCASE("equal periods are not less than each other") {
    CHECK_FALSE(p("2019") < p("2019"));
    CHECK(p("2019") == p("2019"));
    CHECK_FALSE(p("2019") == p("2019-H1"));
  }
  SUBCASE("sorting a mixed list") {
    std::vector<Period> v = {p("2014"),    p("2013-H2"), p("2013"),
                             p("2013-Q1"), p("2013-H1"), p("2012-12-31")};
    std::sort(v.begin(), v.end());
    std::vector<std::string> texts;
    for (auto& x : v) texts.push_back(x.text());
    CHECK(texts ==
          std::vector<std::string>{"2012-12-31", "2013-Q1", "2013-H1", "2013", "2013-H2", "2014"});
  }
}

TEST_CASE("Date arithmetic") {
  CHECK(d(1970, 1, 1).days() == 0);
  CHECK(d(1970, 1, 2).days() == 1);
  CHECK(d(1969, 12, 31).days() == -1);
  CHECK(d(2000, 3, 1).days() - d(2000, 2, 28).days() == 2);  // 2000 is a leap year
  CHECK(d(1900, 3, 1).days() - d(1900, 2, 28).days() == 1);  // 1900 is not
  CHECK(d(2026, 1, 1).days() - d(2025, 1, 1).days() == 365);
  CHECK(d(2025, 1, 1).days() - d(2024, 1, 1).days() == 366);
  for (long n : {-800000L, -1L, 0L, 59L, 10956L, 20454L, 2932896L}) {
    CAPTURE(n);
    CHECK(Date::from_days(n).days() == n);
  }
  CHECK(Date::from_days(d(2024, 2, 29).days()) == d(2024, 2, 29));
  CHECK(d(2024, 6, 3).iso() == "2024-06-03");
  CHECK(d(2024, 1, 31) < d(2024, 2, 1));
  CHECK(d(2023, 12, 31) < d(2024, 1, 1));
}
