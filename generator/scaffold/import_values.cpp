#include "scaffold/import_values.hpp"

#include <map>
#include <utility>

#include "model/period.hpp"
#include "support/text.hpp"

namespace overblik::scaffold {

namespace {

using Words = std::vector<std::pair<std::string_view, std::string_view>>;

std::optional<std::string> lookup(const Words& words, std::string_view text) {
  std::string key = match_key(text);
  for (const auto& [word, value] : words)
    if (key == word) return std::string(value);
  return std::nullopt;
}

bool is_digits(std::string_view t, size_t min, size_t max) {
  return t.size() >= min && t.size() <= max &&
         t.find_first_not_of("0123456789") == std::string_view::npos;
}

int to_int(std::string_view t) {
  int v = 0;
  for (char c : t) v = v * 10 + (c - '0');
  return v;
}

/// 1–12 for a month name or abbreviation (Danish or English), else 0.
int month_number(std::string_view t) {
  static const std::map<std::string_view, int> kMonths = {
      {"januar", 1},    {"january", 1},   {"jan", 1},   {"februar", 2},   {"february", 2},
      {"feb", 2},       {"marts", 3},     {"march", 3}, {"mar", 3},       {"april", 4},
      {"apr", 4},       {"maj", 5},       {"may", 5},   {"juni", 6},      {"june", 6},
      {"jun", 6},       {"juli", 7},      {"july", 7},  {"jul", 7},       {"august", 8},
      {"aug", 8},       {"september", 9}, {"sep", 9},   {"sept", 9},      {"oktober", 10},
      {"october", 10},  {"okt", 10},      {"oct", 10},  {"november", 11}, {"nov", 11},
      {"december", 12}, {"dec", 12}};
  auto it = kMonths.find(t);
  return it == kMonths.end() ? 0 : it->second;
}

/// 1–4 for "1", "første", "2nd", ...; else 0.
int ordinal(std::string_view t) {
  static const std::map<std::string_view, int> kOrdinals = {
      {"foerste", 1}, {"first", 1},  {"1st", 1},    {"andet", 2}, {"anden", 2},
      {"second", 2},  {"2nd", 2},    {"tredje", 3}, {"third", 3}, {"3rd", 3},
      {"fjerde", 4},  {"fourth", 4}, {"4th", 4}};
  if (is_digits(t, 1, 1)) return to_int(t);
  auto it = kOrdinals.find(t);
  return it == kOrdinals.end() ? 0 : it->second;
}

bool is_half_word(std::string_view t) {
  return t == "halvaar" || t == "halvar" || t == "half" || t == "halvdel";
}
bool is_quarter_word(std::string_view t) {
  return t == "kvartal" || t == "kvt" || t == "quarter";
}

/// "h1" → 'H', 1; "q3"/"k3" → 'Q', 3; else {0, 0}.
std::pair<char, int> part_token(std::string_view t) {
  if (t.size() != 2 || t[1] < '1' || t[1] > '4') return {0, 0};
  if (t[0] == 'h' && t[1] <= '2') return {'H', t[1] - '0'};
  if (t[0] == 'q' || t[0] == 'k') return {'Q', t[1] - '0'};
  return {0, 0};
}

/// True when the text's first letter is a capital (A–Z, Æ, Ø, Å, É, ...).
bool starts_with_capital(std::string_view text) {
  if (text.empty()) return false;
  auto lead = static_cast<unsigned char>(text[0]);
  size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  std::string_view first = text.substr(0, n);
  return fold_case(first) != first;
}

std::string two(int v) {
  return (v < 10 ? "0" : "") + std::to_string(v);
}

std::string period_of_two(std::string_view a, std::string_view b) {
  if (is_digits(b, 4, 4)) std::swap(a, b);  // the year first
  if (!is_digits(a, 4, 4)) {
    int m = month_number(a);
    return m && is_digits(b, 2, 2) ? "20" + std::string(b) + "-" + two(m) : "";
  }
  if (auto [kind, n] = part_token(b); kind) return std::string(a) + "-" + kind + std::to_string(n);
  if (int m = month_number(b)) return std::string(a) + "-" + two(m);
  if (is_digits(b, 1, 2)) return std::string(a) + "-" + two(to_int(b));
  return "";
}

std::string period_of_three(std::string_view a, std::string_view b, std::string_view c) {
  if (is_digits(a, 4, 4) && is_digits(b, 1, 2) && is_digits(c, 1, 2))
    return std::string(a) + "-" + two(to_int(b)) + "-" + two(to_int(c));
  if (!is_digits(c, 4, 4)) return "";
  std::string year(c);
  if (is_half_word(b) && ordinal(a) >= 1 && ordinal(a) <= 2)
    return year + "-H" + std::to_string(ordinal(a));
  if (is_quarter_word(b) && ordinal(a) >= 1) return year + "-Q" + std::to_string(ordinal(a));
  int month = is_digits(b, 1, 2) ? to_int(b) : month_number(b);
  if (is_digits(a, 1, 2) && month) return year + "-" + two(month) + "-" + two(to_int(a));
  return "";
}

}  // namespace

std::string match_key(std::string_view text) {
  return suggest_id(text);
}

bool is_blank_value(std::string_view text) {
  std::string_view t = trim(text);
  while (!t.empty()) {
    if (t.front() == '-')
      t.remove_prefix(1);
    else if (starts_with(t, "\u2013") || starts_with(t, "\u2014"))
      t.remove_prefix(3);
    else
      return false;
  }
  return true;
}

std::string one_line(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : trim(text)) {
    bool white = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (white && !space) out += ' ';
    if (!white) out += c;
    space = white;
  }
  return out;
}

std::optional<bool> parse_yes_no(std::string_view text) {
  std::string_view t = trim(text);
  for (std::string_view mark : {"\u2713", "\u2714", "\u2611"})
    if (t == mark) return true;
  static const Words kWords = {{"ja", "1"},    {"j", "1"},     {"yes", "1"},  {"y", "1"},
                               {"x", "1"},     {"true", "1"},  {"sand", "1"}, {"sandt", "1"},
                               {"1", "1"},     {"nej", "0"},   {"n", "0"},    {"no", "0"},
                               {"false", "0"}, {"falsk", "0"}, {"0", "0"}};
  auto v = lookup(kWords, t);
  if (!v) return std::nullopt;
  return *v == "1";
}

std::optional<std::string> parse_cost_phrase(std::string_view text) {
  static const Words kWords = {{"lille", "small"},   {"lav", "small"},         {"small", "small"},
                               {"low", "small"},     {"mellem", "medium"},     {"middel", "medium"},
                               {"medium", "medium"}, {"mellemstor", "medium"}, {"stor", "large"},
                               {"hoej", "large"},    {"large", "large"},       {"high", "large"}};
  return lookup(kWords, text);
}

std::optional<std::string> parse_status_phrase(std::string_view text) {
  static const Words kWords = {
      {"foreslaaet", "proposed"},   {"foreslaet", "proposed"},  {"proposed", "proposed"},
      {"godkendt", "approved"},     {"approved", "approved"},   {"igangsat", "started"},
      {"i-gang", "started"},        {"igang", "started"},       {"started", "started"},
      {"gennemfoert", "completed"}, {"afsluttet", "completed"}, {"completed", "completed"},
      {"udskudt", "postponed"},     {"postponed", "postponed"}, {"stoppet", "stopped"},
      {"stopped", "stopped"}};
  return lookup(kWords, text);
}

std::optional<std::string> parse_period_phrase(std::string_view text) {
  std::vector<std::string> tokens;
  for (auto& t : split(match_key(text), '-'))
    if (t != "of" && t != "af" && t != "i") tokens.push_back(t);
  std::string canonical;
  if (tokens.size() == 1 && is_digits(tokens[0], 4, 4)) canonical = tokens[0];
  if (tokens.size() == 2) canonical = period_of_two(tokens[0], tokens[1]);
  if (tokens.size() == 3) canonical = period_of_three(tokens[0], tokens[1], tokens[2]);
  auto p = parse_period(canonical);
  if (!p) return std::nullopt;
  return p->text();
}

std::vector<std::string> split_list(std::string_view text, std::string_view separators) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && separators.find(text[i]) == std::string_view::npos && text[i] != '\n')
      continue;
    std::string part = one_line(text.substr(start, i - start));
    bool seen = false;
    for (auto& p : parts) seen = seen || p == part;
    if (!part.empty() && !seen) parts.push_back(part);
    start = i + 1;
  }
  return parts;
}

std::vector<std::string> split_owners(std::string_view text) {
  std::vector<std::string> owners;
  for (const std::string& part : split_list(text, ";")) {
    size_t start = 0;
    for (size_t pos = part.find(" og "); pos != std::string::npos;
         pos = part.find(" og ", pos + 1)) {
      if (pos == 0 || part[pos - 1] == '-' ||
          !starts_with_capital(std::string_view(part).substr(pos + 4)))
        continue;
      owners.push_back(part.substr(start, pos - start));
      start = pos + 4;
    }
    owners.push_back(part.substr(start));
  }
  return owners;
}

}  // namespace overblik::scaffold
