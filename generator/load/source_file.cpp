#include "load/source_file.hpp"

#include "support/text.hpp"

namespace overblik {

bool decode_source(std::string bytes, SourceFile& file, Diagnostics& diags) {
  if (starts_with(bytes, "\xEF\xBB\xBF")) bytes.erase(0, 3);
  if (bytes.find('\r') != std::string::npos) {
    std::string lf;
    lf.reserve(bytes.size());
    // CRLF (Windows) and a lone CR (old Mac programs, old Excel's CSV) both end a line.
    for (size_t i = 0; i < bytes.size(); ++i) {
      if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') continue;
      lf += bytes[i] == '\r' ? '\n' : bytes[i];
    }
    bytes = std::move(lf);
  }
  if (auto bad = find_invalid_utf8(bytes)) {
    auto lc = line_column_at(bytes, *bad);
    diags.error(file.path, {lc.line, lc.column}, "the file is not valid UTF-8",
                "save the file as UTF-8 (in most editors: 'Save with encoding' → UTF-8)");
    // Keep what precedes the bad byte so the diagnostic can show the line.
    file.text = bytes.substr(0, *bad);
    return false;
  }
  file.text = std::move(bytes);
  return true;
}

bool read_source(const FileSystem& fs, const std::string& disk_path, SourceFile& file,
                 Diagnostics& diags) {
  std::string why;
  auto bytes = fs.read(disk_path, &why);
  if (!bytes) {
    diags.error(file.path, {1, 1}, "cannot read the file: " + why);
    return false;
  }
  return decode_source(std::move(*bytes), file, diags);
}

}  // namespace overblik
