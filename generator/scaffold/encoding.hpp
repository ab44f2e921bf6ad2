#pragma once
// Spreadsheet exports arrive in whatever encoding the office program chose:
// UTF-8 with or without a BOM, Windows-1252 from an older Excel, or UTF-16
// from Excel's "Unicode-tekst". These helpers turn them into UTF-8 with LF
// line endings, so that the CSV reader and everything after it sees one form.
#include <string>
#include <string_view>
#include <vector>

namespace overblik::scaffold {

enum class Encoding { utf8, utf8_bom, cp1252, utf16le, utf16be };

/// "UTF-8", "UTF-8 with BOM", "Windows-1252", "UTF-16LE", "UTF-16BE".
std::string_view encoding_name(Encoding e);

/// The Unicode code point of a Windows-1252 byte; U+FFFD for the five bytes
/// the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
char32_t cp1252_codepoint(unsigned char byte);

/// Windows-1252 bytes → UTF-8.
std::string cp1252_to_utf8(std::string_view bytes);

/// UTF-16 bytes (no BOM) → UTF-8; unpaired surrogates become U+FFFD.
std::string utf16_to_utf8(std::string_view bytes, bool little_endian);

/// CRLF and lone CR → LF.
std::string normalise_newlines(std::string_view text);

/// A byte that is not UTF-8 in a file that otherwise is.
struct StrayByte {
  int line = 1;    ///< 1-based, in the file as it was
  int column = 1;  ///< 1-based, in characters
  unsigned char byte = 0;
};

struct DecodedText {
  std::string text;  ///< UTF-8, no BOM, LF line endings
  Encoding encoding = Encoding::utf8;
  /// With encoding utf8 or utf8_bom: the bytes that were not UTF-8 and were
  /// read as Windows-1252 (a stray "æ" pasted from an old program).
  std::vector<StrayByte> stray;
};

/// Detects and decodes: a UTF-16 BOM → UTF-16; valid UTF-8 (with or without
/// a BOM) → UTF-8; UTF-8 with a few bytes that are not (no more than the
/// characters that are validly encoded in more than one byte) → UTF-8, those
/// bytes as Windows-1252, listed in `stray`; anything else → Windows-1252
/// (every byte sequence is valid there).
DecodedText decode_spreadsheet_text(std::string_view bytes);

}  // namespace overblik::scaffold
