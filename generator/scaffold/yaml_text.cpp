#include "scaffold/yaml_text.hpp"

#include <fmt/format.h>

#include <array>

#include "support/text.hpp"

namespace overblik::scaffold {

namespace {

/// Words that YAML 1.1 reads as booleans or null.
bool is_special_word(std::string_view text) {
  static constexpr std::array<std::string_view, 16> kWords = {
      "null", "~", "true", "false", "yes",  "no",   "on",    "off",
      "y",    "n", "ja",   "nej",   ".nan", ".inf", "-.inf", "+.inf"};
  std::string lower = fold_case(text);
  for (auto w : kWords)
    if (lower == w) return true;
  return false;
}

/// Text YAML might read as a number or a date: digits with signs, dots, colons, ...
bool looks_numeric(std::string_view text) {
  if (text.empty()) return false;
  bool digit = false;
  for (char c : text) {
    if (c >= '0' && c <= '9')
      digit = true;
    else if (std::string_view("+-._:eExXoObB").find(c) == std::string_view::npos)
      return false;
  }
  return digit;
}

bool plain_safe(std::string_view text) {
  if (text.empty() || text != trim(text)) return false;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(text.front()) != std::string_view::npos)
    return false;
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos)
    return false;
  if (text.back() == ':') return false;
  for (unsigned char c : text)
    if (c < 0x20 || c == 0x7F) return false;
  return !is_special_word(text) && !looks_numeric(text);
}

std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20 || c == 0x7F)
          out += fmt::format("\\x{:02X}", c);
        else
          out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

}  // namespace

std::string yaml_scalar(std::string_view text) {
  return plain_safe(text) ? std::string(text) : double_quoted(text);
}

std::string yaml_comment_text(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) {
      out += ' ';
    } else if (c == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      out += ' ';  // U+0080–U+009F, NEL among them
      ++i;
    } else if (text.substr(i, 3) == "\u2028" || text.substr(i, 3) == "\u2029") {
      out += ' ';
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string yaml_display_number(std::string_view text) {
  bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
  return digits ? std::string(text) : double_quoted(text);
}

std::string yaml_line(std::string_view key, std::string_view value) {
  return fmt::format("{}: {}\n", key, yaml_scalar(value));
}

std::string yaml_flow_ids(const std::vector<std::string>& ids) {
  std::string out = "[";
  for (size_t i = 0; i < ids.size(); ++i) out += (i ? ", " : "") + ids[i];
  return out + "]";
}

std::string yaml_block_list(std::string_view key, const std::vector<std::string>& items) {
  std::string out = fmt::format("{}:\n", key);
  for (const auto& item : items) out += fmt::format("  - {}\n", yaml_scalar(item));
  return out;
}

std::string fill_template(std::string_view text,
                          const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out;
  for (size_t pos = 0; pos < text.size(); ++pos) {
    const std::pair<std::string, std::string>* hit = nullptr;
    for (const auto& v : values)
      if (text[pos] == '@' && text.substr(pos + 1, v.first.size() + 1) == v.first + "@") hit = &v;
    if (!hit) {
      out += text[pos];
      continue;
    }
    out += hit->second;
    pos += hit->first.size() + 1;
  }
  return out;
}

}  // namespace overblik::scaffold
