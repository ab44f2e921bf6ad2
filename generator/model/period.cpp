#include "model/period.hpp"

#include <fmt/format.h>

#include <charconv>

namespace overblik {

namespace {

bool leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/// Reads exactly `n` digits at `pos`.
bool digits(std::string_view s, size_t pos, size_t n, int& out) {
  if (pos + n > s.size()) return false;
  for (size_t i = pos; i < pos + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  std::from_chars(s.data() + pos, s.data() + pos + n, out);
  return true;
}

}  // namespace

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leap(year) ? 29 : days[month - 1];
}

long Date::days() const {
  // Howard Hinnant's days_from_civil.
  int y = year - (month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

std::string Date::iso() const {
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

std::optional<Date> parse_date(std::string_view s) {
  Date d;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!digits(s, 0, 4, d.year) || !digits(s, 5, 2, d.month) || !digits(s, 8, 2, d.day))
    return std::nullopt;
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month))
    return std::nullopt;
  return d;
}

std::optional<Period> parse_period(std::string_view s) {
  Period p;
  if (!digits(s, 0, 4, p.year)) return std::nullopt;
  if (s.size() == 4) return p;
  if (s.size() < 6 || s[4] != '-') return std::nullopt;
  if (s.size() == 7 && (s[5] == 'H' || s[5] == 'Q')) {
    p.kind = s[5] == 'H' ? Period::Kind::half : Period::Kind::quarter;
    p.part = s[6] - '0';
    int max = p.kind == Period::Kind::half ? 2 : 4;
    if (p.part < 1 || p.part > max) return std::nullopt;
    return p;
  }
  if (s.size() == 7) {
    p.kind = Period::Kind::month;
    if (!digits(s, 5, 2, p.part) || p.part < 1 || p.part > 12) return std::nullopt;
    return p;
  }
  if (auto d = parse_date(s)) {
    p.kind = Period::Kind::day;
    p.part = d->month;
    p.day = d->day;
    return p;
  }
  return std::nullopt;
}

Date Period::start() const {
  switch (kind) {
    case Kind::year:
      return {year, 1, 1};
    case Kind::half:
      return {year, part == 1 ? 1 : 7, 1};
    case Kind::quarter:
      return {year, 3 * (part - 1) + 1, 1};
    case Kind::month:
      return {year, part, 1};
    case Kind::day:
      return {year, part, day};
  }
  return {year, 1, 1};
}

Date Period::end() const {
  auto last = [&](int m) { return Date{year, m, days_in_month(year, m)}; };
  switch (kind) {
    case Kind::year:
      return last(12);
    case Kind::half:
      return last(part == 1 ? 6 : 12);
    case Kind::quarter:
      return last(3 * part);
    case Kind::month:
      return last(part);
    case Kind::day:
      return {year, part, day};
  }
  return last(12);
}

std::string Period::text() const {
  switch (kind) {
    case Kind::year:
      return fmt::format("{:04}", year);
    case Kind::half:
      return fmt::format("{:04}-H{}", year, part);
    case Kind::quarter:
      return fmt::format("{:04}-Q{}", year, part);
    case Kind::month:
      return fmt::format("{:04}-{:02}", year, part);
    case Kind::day:
      return fmt::format("{:04}-{:02}-{:02}", year, part, day);
  }
  return {};
}

bool operator<(const Period& a, const Period& b) {
  Date as = a.start(), bs = b.start();
  if (as != bs) return as < bs;
  return a.end() < b.end();
}

}  // namespace overblik
