#include "model/fields.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "support/text.hpp"

namespace overblik {

namespace {

const char* kind_name(const YamlNode& n) {
  switch (n.kind) {
    case YamlNode::Kind::null:
      return "nothing";
    case YamlNode::Kind::scalar:
      return "a single value";
    case YamlNode::Kind::sequence:
      return "a list";
    case YamlNode::Kind::map:
      return "a mapping";
  }
  return "?";
}

bool expect_scalar(const Ctx& c, const YamlNode& n, const std::string& what, const char* expected) {
  if (n.is_scalar()) return true;
  if (n.is_null())
    c.error(n.mark, fmt::format("{} is empty", what), fmt::format("write {}", expected));
  else
    c.error(n.mark, fmt::format("{} must be {}, not {}", what, expected, kind_name(n)),
            n.is_sequence() ? "this takes a single value: remove the [ ] or the '- '"
                            : "this takes a single value; put text that contains ': ' in quotes");
  return false;
}

bool all_digits(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

/// YAML 1.1/1.2 floats that a plain scalar would become ("4.1", ".5", "1e3").
bool looks_like_float(std::string_view s) {
  if (s.empty()) return false;
  size_t i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
  bool digits = false, dot = false;
  for (; i < s.size(); ++i) {
    char ch = s[i];
    if (ch >= '0' && ch <= '9')
      digits = true;
    else if (ch == '.' && !dot)
      dot = true;
    else if ((ch == 'e' || ch == 'E') && digits)
      return true;
    else
      return false;
  }
  return digits && dot;
}

}  // namespace

std::optional<Number> parse_number(std::string_view s) {
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && s[i] == '-') {
    negative = true;
    ++i;
  }
  size_t int_start = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  std::string_view int_part = s.substr(int_start, i - int_start);
  std::string_view frac_part;
  if (i < s.size() && s[i] == '.') {
    size_t f = ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    frac_part = s.substr(f, i - f);
    if (frac_part.empty()) return std::nullopt;
  }
  if (int_part.empty() || i != s.size()) return std::nullopt;
  while (int_part.size() > 1 && int_part[0] == '0') int_part.remove_prefix(1);
  while (!frac_part.empty() && frac_part.back() == '0') frac_part.remove_suffix(1);
  if (int_part.size() > 15) return std::nullopt;  // beyond what a double holds exactly
  Number n;
  n.text = std::string(int_part);
  if (!frac_part.empty()) n.text += "." + std::string(frac_part);
  if (negative && n.text != "0") n.text = "-" + n.text;
  std::from_chars(n.text.data(), n.text.data() + n.text.size(), n.value);
  return n;
}

std::optional<std::string> read_string(const Ctx& c, const YamlNode& n, const std::string& what) {
  if (!expect_scalar(c, n, what, "text")) return std::nullopt;
  return n.text;
}

std::optional<bool> read_bool(const Ctx& c, const YamlNode& n, const std::string& what) {
  if (!expect_scalar(c, n, what, "true or false")) return std::nullopt;
  if (n.text == "true") return true;
  if (n.text == "false") return false;
  const std::string lower = fold_case(n.text);
  std::string hint = "write true or false";
  if (lower == "true" || lower == "ja" || lower == "yes" || lower == "sand")
    hint = "write true";
  else if (lower == "false" || lower == "nej" || lower == "no" || lower == "falsk")
    hint = "write false";
  c.error(n.mark, fmt::format("{} must be true or false, not '{}'", what, n.text), hint);
  return std::nullopt;
}

std::optional<long long> read_int(const Ctx& c, const YamlNode& n, const std::string& what,
                                  long long min, long long max) {
  if (!expect_scalar(c, n, what, "a whole number")) return std::nullopt;
  long long v = 0;
  auto [p, ec] = std::from_chars(n.text.data(), n.text.data() + n.text.size(), v);
  if (ec != std::errc() || p != n.text.data() + n.text.size() || n.text.empty()) {
    // A range that only guards against absurd values is not worth showing.
    const bool ranged = max - min <= 100000;
    std::string_view bare = trim(n.text);
    const bool percent = ends_with(bare, "%") && all_digits(trim(bare.substr(0, bare.size() - 1)));
    std::string hint =
        percent ? fmt::format("write {}, without the '%'", trim(bare.substr(0, bare.size() - 1)))
                : range_hint(n.text, what);
    c.error(n.mark,
            ranged ? fmt::format("{} must be a whole number from {} to {}, not '{}'", what, min,
                                 max, n.text)
                   : fmt::format("{} must be a whole number, not '{}'", what, n.text),
            hint);
    return std::nullopt;
  }
  if (v < min || v > max) {
    c.error(n.mark, fmt::format("{} must be from {} to {}, not {}", what, min, max, v));
    return std::nullopt;
  }
  return v;
}

NumberProblem explain_number(std::string_view text) {
  const std::string t(trim(text));
  const std::string lower = fold_case(t);
  std::string digits;
  for (char ch : t)
    if (ch >= '0' && ch <= '9') digits += ch;
  if (lower == "nan" || lower == ".nan" || lower == "-" || lower == "n/a")
    return {"is not a number", "write null, or leave the value empty, where there is no data"};
  if (lower.find("inf") != std::string::npos)
    return {"is not a number", "a value must be a finite decimal number"};
  if (!t.empty() && digits.size() + (t[0] == '-') == t.size() && digits.size() > 15)
    return {"has too many digits", "numbers may have at most 15 digits before the decimal point"};
  if (t.find_first_of("eE") != std::string::npos &&
      parse_number(t.substr(0, t.find_first_of("eE"))))
    return {"is not a number",
            "write the number out in full, without an exponent (e.g. 100000, not 1e5)"};
  // A Danish decimal comma, thousands separators or a plus sign: say what to write instead.
  const size_t commas = static_cast<size_t>(std::count(t.begin(), t.end(), ','));
  const size_t dots = static_cast<size_t>(std::count(t.begin(), t.end(), '.'));
  char decimal = '.';
  if (commas && dots)
    decimal = t.find_last_of(",.") == t.rfind(',') ? ',' : '.';
  else if (commas == 1)
    decimal = ',';
  else if (commas > 1 || dots > 1)
    decimal = 0;  // only thousands separators
  std::string fixed, why;
  for (char ch : t) {
    if (ch == decimal)
      fixed += '.';
    else if (ch == ',' || ch == '.' || ch == ' ' || ch == '\'')
      continue;
    else
      fixed += ch;
  }
  if (decimal == ',')
    why = "use '.' as the decimal separator";
  else if (commas || dots > 1 || t.find_first_of(" '") != std::string::npos)
    why = "leave out thousands separators";
  if (!fixed.empty() && fixed[0] == '+') {
    fixed.erase(0, 1);
    if (why.empty()) why = "leave out the '+'";
  }
  if (auto n = parse_number(fixed); n && !why.empty())
    return {"is not a number", fmt::format("write {}: {}", n->text, why)};
  return {
      "is not a number",
      "write a decimal number with '.' as separator and no thousands separator, e.g. 1494 or 3.8"};
}

std::optional<Number> read_number(const Ctx& c, const YamlNode& n, const std::string& what) {
  if (!expect_scalar(c, n, what, "a number")) return std::nullopt;
  if (auto num = parse_number(n.text)) return num;
  NumberProblem p = explain_number(n.text);
  c.error(n.mark, fmt::format("{} {}: '{}'", what, p.message, n.text), p.hint);
  return std::nullopt;
}

namespace {

/// For text shaped like YYYY-MM-DD whose month or day does not exist, why not.
std::string impossible_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !all_digits(s.substr(0, 4)) ||
      !all_digits(s.substr(5, 2)) || !all_digits(s.substr(8, 2)))
    return {};
  const int year = std::stoi(std::string(s.substr(0, 4))),
            month = std::stoi(std::string(s.substr(5, 2)));
  if (month < 1 || month > 12) return "a month is 01 to 12";
  static const char* const kMonths[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
  return fmt::format("{} {} has {} days", kMonths[month - 1], year, days_in_month(year, month));
}

/// "2025-9-1" and Danish "1.9.2025" or "01-09-2025" → "write 2025-09-01", when that is a real date.
std::string date_rewrite(std::string_view s) {
  std::vector<std::string> parts;
  for (auto& sep : {'-', '.', '/'}) {
    parts = split(s, sep);
    if (parts.size() == 3) break;
  }
  if (parts.size() != 3 || !all_digits(parts[0]) || !all_digits(parts[1]) || !all_digits(parts[2]))
    return {};
  if (parts[2].size() == 4 && parts[0].size() <= 2) std::swap(parts[0], parts[2]);  // day first
  if (parts[0].size() != 4 || parts[1].size() > 2 || parts[2].size() > 2) return {};
  std::string iso = fmt::format("{}-{:0>2}-{:0>2}", parts[0], parts[1], parts[2]);
  return parse_date(iso)
             ? fmt::format("write {}: year, month and day, with two digits for month and day", iso)
             : std::string();
}

}  // namespace

std::string period_hint(std::string_view s) {
  const char* const forms =
      "write a year (2024), a half-year (2024-H1), a quarter (2024-Q3), a month (2024-05) or a "
      "date (2024-05-17)";
  if (s.size() < 6 || !all_digits(s.substr(0, 4)) || s[4] != '-') return forms;
  std::string_view rest = s.substr(5);
  if (rest.size() == 2 && (rest[0] == 'h' || rest[0] == 'q'))
    return fmt::format("write {}-{}{}, with a capital letter", s.substr(0, 4),
                       static_cast<char>(rest[0] - 'a' + 'A'), rest[1]);
  if (rest.size() == 2 && rest[0] == 'H') return "a half-year is H1 or H2";
  if (rest.size() == 2 && rest[0] == 'Q') return "a quarter is Q1, Q2, Q3 or Q4";
  if (rest.size() == 2 && all_digits(rest)) return "a month is 01 to 12";
  if (std::string why = impossible_date(s); !why.empty()) return why;
  return forms;
}

std::optional<std::pair<std::string, std::string>> split_range(std::string_view text) {
  std::string_view s = trim(text);
  for (std::string_view dash : {"\u2013", "\u2014", "-", "/"}) {
    // The dash between two periods: the last one, so "2021-05–2022-06" splits at the en dash.
    size_t at = s.rfind(dash);
    while (at != std::string_view::npos && at > 0) {
      std::string a(trim(s.substr(0, at))), b(trim(s.substr(at + dash.size())));
      if (parse_period(a) && parse_period(b)) return std::pair{a, b};
      at = at == 0 ? std::string_view::npos : s.rfind(dash, at - 1);
    }
  }
  return std::nullopt;
}

std::string range_hint(std::string_view text, const std::string& what) {
  auto range = split_range(text);
  if (!range) return {};
  if (what == "'start'" || what == "'end'")
    return fmt::format("write start: {} and end: {}", range->first, range->second);
  return fmt::format("this takes one period, not a range; write {}, or give start: {} and end: {}",
                     range->first, range->first, range->second);
}

std::optional<Period> read_period(const Ctx& c, const YamlNode& n, const std::string& what) {
  if (!expect_scalar(c, n, what, "a period")) return std::nullopt;
  if (auto p = parse_period(n.text)) return p;
  std::string hint = range_hint(n.text, what);
  c.error(n.mark, fmt::format("{} is not a period: '{}'", what, n.text),
          hint.empty() ? period_hint(n.text) : hint);
  return std::nullopt;
}

std::optional<Date> read_date(const Ctx& c, const YamlNode& n, const std::string& what) {
  if (!expect_scalar(c, n, what, "a date")) return std::nullopt;
  if (auto d = parse_date(n.text)) return d;
  std::string why = impossible_date(n.text);
  if (why.empty()) why = date_rewrite(n.text);
  c.error(n.mark, fmt::format("{} is not a calendar date: '{}'", what, n.text),
          why.empty() ? "write the date as YYYY-MM-DD, e.g. 2024-06-30" : why);
  return std::nullopt;
}

std::optional<DisplayNumber> read_display_number(const Ctx& c, const YamlNode& n,
                                                 const std::string& what) {
  if (!expect_scalar(c, n, what, "a number or text")) return std::nullopt;
  if (!n.quoted && looks_like_float(n.text)) {
    c.error(n.mark, fmt::format("{} {} would be read as a decimal number", what, n.text),
            fmt::format("put it in quotes: \"{}\"", n.text));
    return std::nullopt;
  }
  if (trim(n.text).empty()) {
    c.error(n.mark, fmt::format("{} is empty", what), "remove the key or give a number");
    return std::nullopt;
  }
  return DisplayNumber{n.text, n.mark};
}

std::optional<std::string> read_id(const Ctx& c, const YamlNode& n, const std::string& what) {
  if (!expect_scalar(c, n, what, "an ID")) return std::nullopt;
  if (is_valid_id(n.text)) return n.text;
  if (id_too_long(n.text)) {
    c.error(n.mark, fmt::format("{} '{}' is longer than {} characters", what, n.text, kMaxIdLength),
            "shorten it; IDs become addresses");
    return std::nullopt;
  }
  std::string s = suggest_id(n.text);
  c.error(n.mark, fmt::format("{} '{}' is not a valid ID", what, n.text),
          s.empty() ? "IDs use a-z, 0-9 and single dashes, at most 80 characters"
                    : fmt::format("IDs use a-z, 0-9 and single dashes; write '{}'", s));
  return std::nullopt;
}

std::optional<std::string> read_choice(const Ctx& c, const YamlNode& n, const std::string& what,
                                       const std::vector<std::string>& choices) {
  if (!expect_scalar(c, n, what, "one of the allowed values")) return std::nullopt;
  for (auto& ch : choices)
    if (ch == n.text) return n.text;
  // Authors know the values by the labels the Danish site shows for them.
  static const std::pair<const char*, const char*> kDanish[] = {
      {"foreslået", "proposed"}, {"godkendt", "approved"},
      {"igangsat", "started"},   {"gennemført", "completed"},
      {"udskudt", "postponed"},  {"stoppet", "stopped"},
      {"lille", "small"},        {"mellem", "medium"},
      {"stor", "large"},         {"opfyldt", "met"},
      {"fremgang", "progress"},  {"ingen fremgang", "no-progress"},
      {"undervejs", "pending"},  {"ikke opfyldt", "not-met"},
      {"ingen data", "no-data"}, {"dansk", "da"},
      {"engelsk", "en"},         {"danish", "da"},
      {"english", "en"},         {"ikke oplyst", "none"},
      {"aktiv", "active"},       {"afsluttet", "ended"},
      {"ophørt", "ended"}};
  const std::string lower = fold_case(trim(n.text));
  for (auto& [label, key] : kDanish) {
    if (lower == label && std::find(choices.begin(), choices.end(), key) != choices.end()) {
      c.error(n.mark, fmt::format("{} '{}' is not allowed", what, n.text),
              fmt::format(
                  "write {}: values are written in English, and the site shows this one as '{}'",
                  key, label));
      return std::nullopt;
    }
  }
  for (auto& ch : choices)
    if (fold_case(ch) == lower) {
      c.error(n.mark, fmt::format("{} '{}' is not allowed", what, n.text),
              fmt::format("write {}, in lower case", ch));
      return std::nullopt;
    }
  std::string hint = did_you_mean(n.text, choices);
  if (hint.empty()) hint = "use one of: " + fmt::format("{}", fmt::join(choices, ", "));
  c.error(n.mark, fmt::format("{} '{}' is not allowed", what, n.text), hint);
  return std::nullopt;
}

std::vector<std::string> read_string_list(const Ctx& c, const YamlNode& n, const std::string& what,
                                          bool allow_single) {
  std::vector<std::string> out;
  if (allow_single && n.is_scalar()) {
    out.push_back(n.text);
    return out;
  }
  if (!n.is_sequence()) {
    c.error(n.mark, fmt::format("{} must be a list, not {}", what, kind_name(n)),
            "write the items as [a, b] or one per line starting with '- '");
    return out;
  }
  for (auto& item : n.items)
    if (auto s = read_string(c, item, what + " item")) out.push_back(*s);
  return out;
}

MarkdownText read_markdown(const Ctx& c, const YamlNode& n, const std::string& what) {
  MarkdownText m;
  m.path = c.path;
  if (n.is_null()) return m;
  if (auto s = read_string(c, n, what)) {
    m.text = *s;
    // A block scalar's text starts on the line after its '|' or '>'; a
    // quoted one after its quote.
    m.first_line = n.mark.line + (n.block ? 1 : 0);
    m.yaml_column = n.block ? 1 : n.mark.column + (n.quoted ? 1 : 0);
  }
  return m;
}

Fields::Fields(const Ctx& c, const YamlNode& map, std::vector<std::string> known, std::string what,
               std::string shape)
    : c_(c), map_(map), what_(std::move(what)) {
  if (!map.is_map()) {
    c.error(map.mark,
            map.is_null() ? fmt::format("{} is empty", what_)
                          : fmt::format("{} must be a mapping of keys and values, not {}", what_,
                                        kind_name(map)),
            shape);
    return;
  }
  ok_ = true;
  for (auto& [k, v] : map.entries) {
    if (!k.is_scalar()) {
      c.error(k.mark, "a key must be a plain word");
      continue;
    }
    if (std::find(known.begin(), known.end(), k.text) != known.end()) continue;
    std::string hint = did_you_mean(k.text, known);
    if (auto near = closest(k.text, known)) suggested_.push_back(*near);
    // {value: 1.494,5} is {value: 1.494, 5: }: the comma separates entries.
    if (hint.empty() && v.is_null() && !k.quoted && parse_number(k.text))
      hint =
          "inside { } a ',' separates entries: write decimal numbers with '.' (1494.5), without "
          "thousands separators";
    if (hint.empty())
      hint = std::find(known.begin(), known.end(), "extra") != known.end()
                 ? fmt::format("allowed keys: {}; free data for templates goes under extra:",
                               fmt::join(known, ", "))
                 : fmt::format("allowed keys: {}", fmt::join(known, ", "));
    c.error(k.mark, fmt::format("unknown key '{}' in {}", k.text, what_), hint);
  }
}

const YamlNode* Fields::get(std::string_view key) const {
  if (!ok_) return nullptr;
  // An optional key left empty ("summary:", "summary: ''" or "budget: {}")
  // counts as not given: editors such as Decap CMS write a field the author
  // cleared as an empty string.
  const YamlNode* n = map_.find(key);
  if (!n || n->is_null()) return nullptr;
  if (n->is_scalar() && trim(n->text).empty()) return nullptr;
  // Except `values: {}`, which says "no data yet" (format 1.2) and is kept.
  if (n->is_map() && n->entries.empty() && key != "values") return nullptr;
  return n;
}

const YamlNode* Fields::require(std::string_view key) const {
  if (!ok_) return nullptr;
  const YamlNode* n = map_.find(key);
  // A misspelt key is reported as unknown with this key as "did you mean";
  // saying it is missing as well would be the same problem twice.
  if (!n && misspelt(key)) return nullptr;
  if (!n) {
    c_.error(map_.mark, fmt::format("missing key '{}' in {}", key, what_),
             fmt::format("add '{}: …'", key));
    return nullptr;
  }
  // `title: ""` is as empty as `title:`.
  if (n->is_null() || (n->is_scalar() && trim(n->text).empty())) {
    c_.error(n->mark, fmt::format("'{}' is empty in {}", key, what_),
             fmt::format("write a value after '{}:'", key));
    return nullptr;
  }
  return n;
}

bool Fields::misspelt(std::string_view key) const {
  return !map_.find(key) &&
         std::find(suggested_.begin(), suggested_.end(), key) != suggested_.end();
}

}  // namespace overblik
