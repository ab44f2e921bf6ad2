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
    case YamlNode::Kind::null: return "nothing";
    case YamlNode::Kind::scalar: return "a single value";
    case YamlNode::Kind::sequence: return "a list";
    case YamlNode::Kind::map: return "a mapping";
  }
  return "?";
}

bool expect_scalar(const Ctx& c, const YamlNode& n, const std::string& what, const char* expected) {
  if (n.is_scalar()) return true;
  c.error(n.mark, fmt::format("{} must be {}, not {}", what, expected, kind_name(n)));
  return false;
}

/// YAML 1.1/1.2 floats that a plain scalar would become ("4.1", ".5", "1e3").
bool looks_like_float(std::string_view s) {
  if (s.empty()) return false;
  size_t i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
  bool digits = false, dot = false;
  for (; i < s.size(); ++i) {
    char ch = s[i];
    if (ch >= '0' && ch <= '9') digits = true;
    else if (ch == '.' && !dot) dot = true;
    else if ((ch == 'e' || ch == 'E') && digits) return true;
    else return false;
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
  c.error(n.mark, fmt::format("{} must be true or false, not '{}'", what, n.text),
          n.text == "ja" || n.text == "yes" || n.text == "Ja" ? "write true" : "write true or false");
  return std::nullopt;
}

std::optional<long long> read_int(const Ctx& c, const YamlNode& n, const std::string& what, long long min,
                                  long long max) {
  if (!expect_scalar(c, n, what, "a whole number")) return std::nullopt;
  long long v = 0;
  auto [p, ec] = std::from_chars(n.text.data(), n.text.data() + n.text.size(), v);
  if (ec != std::errc() || p != n.text.data() + n.text.size() || n.text.empty()) {
    c.error(n.mark, fmt::format("{} must be a whole number from {} to {}, not '{}'", what, min, max, n.text));
    return std::nullopt;
  }
  if (v < min || v > max) {
    c.error(n.mark, fmt::format("{} must be from {} to {}, not {}", what, min, max, v));
    return std::nullopt;
  }
  return v;
}

std::optional<Number> read_number(const Ctx& c, const YamlNode& n, const std::string& what) {
  if (!expect_scalar(c, n, what, "a number")) return std::nullopt;
  if (auto num = parse_number(n.text)) return num;
  std::string hint = "write a decimal number with '.' as separator and no thousands separator, e.g. 1494 or 3.8";
  if (n.text.find(',') != std::string::npos) {
    std::string fixed;
    for (char ch : n.text)
      if (ch == ',') fixed += '.';
      else if (ch != '.' && ch != ' ') fixed += ch;
    if (parse_number(fixed)) hint = fmt::format("write {}: use '.' as the decimal separator and no thousands separator", fixed);
  }
  c.error(n.mark, fmt::format("{} is not a number: '{}'", what, n.text), hint);
  return std::nullopt;
}

std::optional<Period> read_period(const Ctx& c, const YamlNode& n, const std::string& what) {
  if (!expect_scalar(c, n, what, "a period")) return std::nullopt;
  if (auto p = parse_period(n.text)) return p;
  c.error(n.mark, fmt::format("{} is not a period: '{}'", what, n.text),
          "write a year (2024), a half-year (2024-H1), a quarter (2024-Q3), a month (2024-05) or a date (2024-05-17)");
  return std::nullopt;
}

std::optional<Date> read_date(const Ctx& c, const YamlNode& n, const std::string& what) {
  if (!expect_scalar(c, n, what, "a date")) return std::nullopt;
  if (auto d = parse_date(n.text)) return d;
  c.error(n.mark, fmt::format("{} is not a calendar date: '{}'", what, n.text),
          "write the date as YYYY-MM-DD, e.g. 2024-06-30");
  return std::nullopt;
}

std::optional<DisplayNumber> read_display_number(const Ctx& c, const YamlNode& n, const std::string& what) {
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
  return DisplayNumber{n.text};
}

std::optional<std::string> read_id(const Ctx& c, const YamlNode& n, const std::string& what) {
  if (!expect_scalar(c, n, what, "an ID")) return std::nullopt;
  if (is_valid_id(n.text)) return n.text;
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
    // A block scalar's text starts on the line after its '|' or '>'.
    m.first_line = n.mark.line + (n.block ? 1 : 0);
  }
  return m;
}

Fields::Fields(const Ctx& c, const YamlNode& map, std::vector<std::string> known, std::string what)
    : c_(c), map_(map), what_(std::move(what)) {
  if (!map.is_map()) {
    c.error(map.mark, fmt::format("{} must be a mapping of keys and values, not {}", what_, kind_name(map)),
            "write one 'key: value' per line");
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
    if (hint.empty()) hint = fmt::format("allowed keys: {}; free data for templates goes under extra:", fmt::join(known, ", "));
    c.error(k.mark, fmt::format("unknown key '{}' in {}", k.text, what_), hint);
  }
}

const YamlNode* Fields::get(std::string_view key) const {
  if (!ok_) return nullptr;
  // An optional key left empty ("summary:") counts as not given.
  const YamlNode* n = map_.find(key);
  return n && !n->is_null() ? n : nullptr;
}

const YamlNode* Fields::require(std::string_view key) const {
  if (!ok_) return nullptr;
  const YamlNode* n = map_.find(key);
  if (!n) {
    c_.error(map_.mark, fmt::format("missing key '{}' in {}", key, what_), fmt::format("add '{}: …'", key));
    return nullptr;
  }
  if (n->is_null()) {
    c_.error(n->mark, fmt::format("'{}' is empty in {}", key, what_), fmt::format("write a value after '{}:'", key));
    return nullptr;
  }
  return n;
}

}  // namespace overblik
