#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "support/diagnostic.hpp"

namespace overblik {

struct CsvField {
  std::string text;
  Mark mark;
  bool quoted = false;
};

struct CsvRow {
  std::vector<CsvField> fields;
  int line = 1;
};

/// Reads RFC 4180 CSV (LF, CRLF or a lone CR ends a line; quoted fields may hold separators, quotes
/// as "" and line breaks). Spaces around an unquoted field are dropped, as the
/// content format asks. Blank lines are skipped. Problems go to `diags`.
bool parse_csv(std::string_view text, const std::string& path, std::vector<CsvRow>& rows,
               Diagnostics& diags, char separator = ',');

}  // namespace overblik
