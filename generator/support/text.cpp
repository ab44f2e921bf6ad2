#include "support/text.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdint>

namespace overblik {

namespace {

/// Decodes the code point at `pos`; advances pos. Invalid bytes decode as U+FFFD.
char32_t next_codepoint(std::string_view text, size_t& pos) {
  utf8proc_int32_t cp = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                            static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  if (n <= 0) {
    pos += 1;
    return 0xFFFD;
  }
  pos += static_cast<size_t>(n);
  return static_cast<char32_t>(cp);
}

std::u32string decode(std::string_view text) {
  std::u32string out;
  size_t pos = 0;
  while (pos < text.size()) out.push_back(next_codepoint(text, pos));
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  utf8proc_uint8_t buf[4];
  auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

char32_t lower(char32_t cp) {
  return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
}

/// The base letter of an accented letter (é → e), or the letter itself.
char32_t base_letter(char32_t cp) {
  utf8proc_int32_t buf[8];
  utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 8,
                                               UTF8PROC_DECOMPOSE, nullptr);
  if (n >= 1) return static_cast<char32_t>(buf[0]);
  return cp;
}

/// Collation weight for Danish order: class in the high bits, code point below.
uint32_t danish_weight(char32_t cp) {
  cp = lower(cp);
  switch (cp) {
    case U'æ':
      return 3u << 24;
    case U'ø':
      return 4u << 24;
    case U'å':
      return 5u << 24;
    default:
      break;
  }
  char32_t b = base_letter(cp);
  if (b >= U'a' && b <= U'z') return (2u << 24) | b;
  if (b >= U'0' && b <= U'9') return (1u << 24) | b;
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(b));
  bool letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
  if (letter) return (6u << 24) | lower(b);
  return b;  // space, punctuation, symbols
}

}  // namespace

std::optional<size_t> find_invalid_utf8(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                              static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
    if (n <= 0) return pos;
    pos += static_cast<size_t>(n);
  }
  return std::nullopt;
}

LineColumn line_column_at(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  int column = 1;
  size_t pos = line_start;
  while (pos < offset) {
    next_codepoint(text, pos);
    ++column;
  }
  return {line, column};
}

int codepoint_column(std::string_view line, int byte_column) {
  size_t limit = std::min(line.size(), static_cast<size_t>(std::max(0, byte_column - 1)));
  size_t pos = 0;
  int column = 1;
  while (pos < limit) {
    next_codepoint(line, pos);
    ++column;
  }
  return column + std::max(0, byte_column - 1 - static_cast<int>(limit));
}

size_t codepoint_count(std::string_view text) {
  size_t n = 0;
  for (size_t pos = 0; pos < text.size(); ++n) next_codepoint(text, pos);
  return n;
}

std::string_view codepoint_slice(std::string_view text, size_t first, size_t count) {
  size_t begin = 0;
  for (size_t i = 0; i < first && begin < text.size(); ++i) next_codepoint(text, begin);
  size_t end = begin;
  for (size_t i = 0; i < count && end < text.size(); ++i) next_codepoint(text, end);
  return text.substr(begin, end - begin);
}

int ColumnCounter::at(std::string_view text, size_t line_start, size_t offset) {
  offset = std::min(offset, text.size());
  if (line_start != line_start_ || offset < pos_) {
    line_start_ = line_start;
    pos_ = line_start;
    column_ = 1;
  }
  while (pos_ < offset) {
    next_codepoint(text, pos_);
    ++column_;
  }
  return column_;
}

std::string printable(std::string_view text) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = next_codepoint(text, pos);
    auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    if (cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CF) cp = 0xFFFD;
    append_utf8(out, cp);
  }
  return out;
}

std::string escaped_name(std::string_view name) {
  std::string out;
  size_t pos = 0;
  while (pos < name.size()) {
    const size_t start = pos;
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(name.data() + pos),
                              static_cast<utf8proc_ssize_t>(name.size() - pos), &cp);
    if (n <= 0) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(name[pos++]));
      continue;
    }
    pos += static_cast<size_t>(n);
    const auto cat = utf8proc_category(cp);
    if (cp == '\\')
      out += "\\\\";
    else if (cp == '\n')
      out += "\\n";
    else if (cp == '\r')
      out += "\\r";
    else if (cp == '\t')
      out += "\\t";
    else if (cp < 0x80 && cat == UTF8PROC_CATEGORY_CC)
      out += fmt::format("\\x{:02x}", cp);
    else if (cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CF)
      out += fmt::format("\\u{{{:04x}}}", cp);
    else
      out.append(name.substr(start, pos - start));
  }
  return out;
}

bool is_printable_name(std::string_view name) {
  size_t pos = 0;
  while (pos < name.size()) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(name.data() + pos),
                              static_cast<utf8proc_ssize_t>(name.size() - pos), &cp);
    if (n <= 0) return false;
    const auto cat = utf8proc_category(cp);
    if (cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CF) return false;
    pos += static_cast<size_t>(n);
  }
  return true;
}

namespace {

bool is_id_shape(std::string_view id) {
  bool prev_dash = true;  // forbids a leading dash
  for (char c : id) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c == '-') {
      if (prev_dash) return false;
      prev_dash = true;
    } else if (alnum) {
      prev_dash = false;
    } else {
      return false;
    }
  }
  return !prev_dash;
}

}  // namespace

bool is_valid_id(std::string_view id) {
  return !id.empty() && id.size() <= kMaxIdLength && is_id_shape(id);
}

bool id_too_long(std::string_view id) {
  return id.size() > kMaxIdLength && is_id_shape(id);
}

std::string suggest_id(std::string_view text) {
  std::string out;
  bool dash = false;
  for (char32_t cp : decode(text)) {
    cp = lower(cp);
    std::string_view piece;
    std::string single;
    if (cp == U'æ')
      piece = "ae";
    else if (cp == U'ø')
      piece = "oe";
    else if (cp == U'å')
      piece = "aa";
    else if (cp == U'ß')
      piece = "ss";
    else {
      char32_t b = base_letter(cp);
      if ((b >= U'a' && b <= U'z') || (b >= U'0' && b <= U'9')) single = static_cast<char>(b);
      piece = single;
    }
    if (piece.empty()) {
      dash = !out.empty();
      continue;
    }
    if (dash) out += '-';
    dash = false;
    out += piece;
  }
  if (out.size() > 80) {
    out.resize(80);
    while (!out.empty() && out.back() == '-') out.pop_back();
  }
  return out;
}

int edit_distance(std::string_view a, std::string_view b) {
  std::u32string x = decode(a), y = decode(b);
  std::vector<int> row(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= x.size(); ++i) {
    int diag = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= y.size(); ++j) {
      int up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[y.size()];
}

std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates) {
  // Like ninja's SpellcheckString: allow about a third of the word to differ.
  const int limit = std::max(1, static_cast<int>(decode(word).size()) / 3 + 1);
  std::optional<std::string> best;
  int best_distance = limit + 1;
  for (const auto& c : candidates) {
    int d = edit_distance(word, c);
    if (d < best_distance || (d == best_distance && best && c < *best)) {
      best_distance = d;
      best = c;
    }
  }
  if (best_distance > limit) return std::nullopt;
  return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  auto c = closest(word, candidates);
  return c ? "did you mean '" + *c + "'?" : std::string();
}

int danish_compare(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    uint32_t wa = danish_weight(next_codepoint(a, i));
    uint32_t wb = danish_weight(next_codepoint(b, j));
    if (wa != wb) return wa < wb ? -1 : 1;
  }
  if (i < a.size()) return 1;
  if (j < b.size()) return -1;
  return 0;
}

namespace {

struct Run {
  std::string_view text;
  bool digits;
};

std::vector<Run> runs_of(std::string_view s) {
  std::vector<Run> runs;
  size_t i = 0;
  while (i < s.size()) {
    bool digit = s[i] >= '0' && s[i] <= '9';
    size_t j = i;
    while (j < s.size() && (s[j] >= '0' && s[j] <= '9') == digit) ++j;
    runs.push_back({s.substr(i, j - i), digit});
    i = j;
  }
  return runs;
}

int compare_digit_runs(std::string_view a, std::string_view b) {
  auto strip = [](std::string_view s) {
    size_t k = 0;
    while (k + 1 < s.size() && s[k] == '0') ++k;
    return s.substr(k);
  };
  std::string_view x = strip(a), y = strip(b);
  if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
  int c = x.compare(y);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

}  // namespace

int natural_compare(std::string_view a, std::string_view b) {
  auto ra = runs_of(a), rb = runs_of(b);
  int zeros_tie = 0;
  for (size_t k = 0; k < ra.size() && k < rb.size(); ++k) {
    const Run &x = ra[k], &y = rb[k];
    if (x.digits != y.digits) return x.digits ? -1 : 1;
    int c = x.digits ? compare_digit_runs(x.text, y.text) : danish_compare(x.text, y.text);
    if (c != 0) return c;
    if (x.digits && zeros_tie == 0 && x.text.size() != y.text.size())
      zeros_tie = x.text.size() < y.text.size() ? -1 : 1;
  }
  if (ra.size() != rb.size()) return ra.size() < rb.size() ? -1 : 1;
  if (zeros_tie != 0) return zeros_tie;
  int c = a.compare(b);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

std::string fold_case(std::string_view text) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) append_utf8(out, lower(next_codepoint(text, pos)));
  return out;
}

std::vector<std::string> split(std::string_view text, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t p = text.find(sep, start);
    parts.emplace_back(
        text.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return parts;
}

std::string_view trim(std::string_view text) {
  size_t b = 0, e = text.size();
  while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r' || text[b] == '\n')) ++b;
  while (e > b &&
         (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r' || text[e - 1] == '\n'))
    --e;
  return text.substr(b, e - b);
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string join_path(std::string_view dir, std::string_view rel) {
  if (dir.empty()) return std::string(rel);
  std::string out(dir);
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  if (out != "/") out += '/';
  while (!rel.empty() && rel.front() == '/') rel.remove_prefix(1);
  return out + std::string(rel);
}

}  // namespace overblik
