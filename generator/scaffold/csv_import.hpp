#pragma once
// `overblik import`: an action-plan spreadsheet, exported as CSV, → one
// initiative file per row and themes.yaml entries for the themes it names.
// Pure: bytes in, planned files and messages out; the CLI reads and writes.
#include <optional>
#include <string>
#include <vector>

#include "scaffold/encoding.hpp"
#include "scaffold/file_writer.hpp"
#include "scaffold/import_row.hpp"

namespace overblik::scaffold {

struct ImportInput {
  std::string csv_path;  ///< as given on the command line, for messages
  std::string csv_bytes;
  std::optional<std::string> themes_bytes;  ///< themes.yaml as on disk, when it exists
  std::string themes_path;                  ///< its path, for messages
};

struct ImportResult {
  Encoding encoding = Encoding::utf8;
  char separator = ',';
  ImportMessages messages;         ///< sorted by line
  std::vector<PlannedFile> files;  ///< initiatives in row order, then themes.yaml
  int initiatives = 0;
  int new_themes = 0;
  bool failed = false;  ///< a row could not be imported, or nothing could
};

/// Reads the export. Throws std::runtime_error when themes.yaml cannot be read
/// (import must know the existing themes) or cannot be appended to.
ImportResult import_csv(const ImportInput& in);

/// "handleplan.csv:4: warning: ..." — the form every import message is printed in.
std::string format_import_message(const std::string& csv_path, const ImportMessage& m);

}  // namespace overblik::scaffold
