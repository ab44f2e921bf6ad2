#include "scaffold/encoding.hpp"

#include <array>

#include "support/text.hpp"

namespace overblik::scaffold {

namespace {

/// Windows-1252 bytes 0x80–0x9F; the rest of the code page is Latin-1.
constexpr std::array<char32_t, 32> kHighControls = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,  // 88–8F
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,  // 98–9F
};

constexpr std::array<char32_t, 256> make_cp1252_table() {
  std::array<char32_t, 256> table{};
  for (unsigned i = 0; i < 256; ++i) table[i] = i;
  for (unsigned i = 0; i < 32; ++i) table[0x80 + i] = kHighControls[i];
  return table;
}

/// The whole code page: byte → code point.
constexpr std::array<char32_t, 256> kCp1252 = make_cp1252_table();

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool has_prefix(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

/// The length of the UTF-8 sequence at `pos` when it is valid, else 0.
size_t valid_sequence(std::string_view bytes, size_t pos) {
  const auto b = static_cast<unsigned char>(bytes[pos]);
  const size_t n = b < 0x80                   ? 1
                   : (b >= 0xC2 && b <= 0xDF) ? 2
                   : (b >= 0xE0 && b <= 0xEF) ? 3
                   : (b >= 0xF0 && b <= 0xF4) ? 4
                                              : 0;
  if (n == 0 || pos + n > bytes.size() || find_invalid_utf8(bytes.substr(pos, n))) return 0;
  return n;
}

/// Decodes `bytes` as UTF-8 into `out`, each byte that is not UTF-8 as
/// Windows-1252 (noted in `stray`, the first kMaxStray with their position).
/// True when the file reads as UTF-8: no such byte, or no more than the
/// characters validly encoded in several bytes. A Windows-1252 file has
/// hardly any of those: its æ, ø and å are single bytes that are not UTF-8.
bool mostly_utf8(std::string_view bytes, std::string& out, std::vector<StrayByte>& stray) {
  constexpr size_t kMaxStray = 10;
  size_t multibyte = 0, strays = 0, pos = 0, line_start = 0;
  int line = 1;
  out.reserve(bytes.size());
  while (pos < bytes.size()) {
    const auto b = static_cast<unsigned char>(bytes[pos]);
    if (b == '\n' || (b == '\r' && (pos + 1 == bytes.size() || bytes[pos + 1] != '\n'))) {
      ++line;
      line_start = pos + 1;
    }
    if (const size_t n = valid_sequence(bytes, pos)) {
      out.append(bytes.substr(pos, n));
      multibyte += n > 1 ? 1 : 0;
      pos += n;
      continue;
    }
    if (++strays <= kMaxStray)
      stray.push_back(
          {line,
           line_column_at(bytes.substr(line_start, pos - line_start), pos - line_start).column, b});
    append_utf8(out, kCp1252[b]);
    ++pos;
  }
  return strays <= multibyte;
}

}  // namespace

std::string_view encoding_name(Encoding e) {
  switch (e) {
    case Encoding::utf8:
      return "UTF-8";
    case Encoding::utf8_bom:
      return "UTF-8 with BOM";
    case Encoding::cp1252:
      return "Windows-1252";
    case Encoding::utf16le:
      return "UTF-16LE";
    case Encoding::utf16be:
      return "UTF-16BE";
  }
  return "UTF-8";
}

char32_t cp1252_codepoint(unsigned char byte) {
  return kCp1252[byte];
}

std::string cp1252_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) append_utf8(out, kCp1252[static_cast<unsigned char>(c)]);
  return out;
}

std::string utf16_to_utf8(std::string_view bytes, bool little_endian) {
  std::string out;
  auto unit = [&](size_t i) -> char32_t {
    auto lo = static_cast<unsigned char>(bytes[little_endian ? i : i + 1]);
    auto hi = static_cast<unsigned char>(bytes[little_endian ? i + 1 : i]);
    return static_cast<char32_t>(hi << 8 | lo);
  };
  for (size_t i = 0; i + 1 < bytes.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      char32_t v = unit(i + 2);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
        i += 2;
        continue;
      }
    }
    append_utf8(out, (u >= 0xD800 && u <= 0xDFFF) ? 0xFFFD : u);
  }
  return out;
}

std::string normalise_newlines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
      continue;
    }
    out += '\n';
    if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
  }
  return out;
}

DecodedText decode_spreadsheet_text(std::string_view bytes) {
  DecodedText d;
  std::string utf8;
  if (has_prefix(bytes, "\xFF\xFE") || has_prefix(bytes, "\xFE\xFF")) {
    bool le = bytes[0] == '\xFF';
    d.encoding = le ? Encoding::utf16le : Encoding::utf16be;
    utf8 = utf16_to_utf8(bytes.substr(2), le);
  } else {
    bool bom = has_prefix(bytes, "\xEF\xBB\xBF");
    if (bom) bytes.remove_prefix(3);
    const bool utf8_ish = mostly_utf8(bytes, utf8, d.stray);
    d.encoding = utf8_ish ? (bom ? Encoding::utf8_bom : Encoding::utf8) : Encoding::cp1252;
    if (!utf8_ish) {
      d.stray.clear();
      utf8 = cp1252_to_utf8(bytes);
    }
  }
  d.text = normalise_newlines(utf8);
  return d;
}

}  // namespace overblik::scaffold
