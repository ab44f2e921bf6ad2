#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace overblik {

/// A calendar date. Plain value; compares chronologically.
struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  /// Days since 1970-01-01 (proleptic Gregorian).
  long days() const;
  static Date from_days(long days);
  std::string iso() const;  ///< "2024-06-30"

  friend auto operator<=>(const Date&, const Date&) = default;
};

/// Parses `YYYY-MM-DD` as a real calendar date.
std::optional<Date> parse_date(std::string_view text);
int days_in_month(int year, int month);

/// A period: `YYYY`, `YYYY-H1`/`H2`, `YYYY-Q1`..`Q4`, `YYYY-MM` or `YYYY-MM-DD`.
struct Period {
  enum class Kind { year, half, quarter, month, day };
  Kind kind = Kind::year;
  int year = 1970;
  int part = 0;  ///< half 1–2, quarter 1–4, month 1–12; 0 for year
  int day = 0;   ///< for Kind::day

  Date start() const;
  Date end() const;          ///< last day, inclusive
  std::string text() const;  ///< canonical form, e.g. "2024-H1"

  /// Ordered by start date, then end date: 2013-H1 < 2013 < 2013-H2.
  friend bool operator<(const Period& a, const Period& b);
  friend bool operator==(const Period& a, const Period& b) {
    return a.kind == b.kind && a.year == b.year && a.part == b.part && a.day == b.day;
  }
};

std::optional<Period> parse_period(std::string_view text);

}  // namespace overblik
