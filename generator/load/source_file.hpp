#pragma once
#include <string>

#include "support/diagnostic.hpp"
#include "support/file_system.hpp"

namespace overblik {

/// A text file of the content folder, decoded and normalised: no BOM, LF line
/// endings (CRLF and a lone CR become LF), valid UTF-8.
struct SourceFile {
  std::string path;  ///< as shown in diagnostics: content dir joined with `rel`
  std::string rel;   ///< path inside the content folder, '/'-separated
  std::string text;
};

/// Normalises raw bytes into `file.text`; reports invalid UTF-8 at its line and
/// column. Returns false when the text cannot be used.
bool decode_source(std::string bytes, SourceFile& file, Diagnostics& diags);

/// Reads and decodes a file; reports a read failure at 1:1.
bool read_source(const FileSystem& fs, const std::string& disk_path, SourceFile& file,
                 Diagnostics& diags);

}  // namespace overblik
