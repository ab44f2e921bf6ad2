#pragma once
#include <optional>
#include <string>
#include <vector>

#include "load/source_file.hpp"
#include "support/diagnostic.hpp"
#include "support/file_system.hpp"

namespace overblik {

/// Every file of a content folder, read and sorted by kind; nothing interpreted.
struct ContentFiles {
  std::string dir;                         ///< the content folder as given
  std::optional<SourceFile> plan;          ///< plan.yaml
  std::optional<SourceFile> themes;        ///< themes.yaml
  std::vector<SourceFile> initiatives;     ///< initiatives/*.md, by name
  std::vector<SourceFile> indicators;      ///< indicators/*.yaml, by name
  std::vector<SourceFile> indicator_data;  ///< indicators/*.csv, by name
  std::vector<SourceFile> pages;           ///< pages/*.md, by name
  std::vector<std::string> assets;         ///< paths inside the folder, "assets/…", sorted
  std::vector<SourceFile> unusable;        ///< files that could not be decoded (already reported)

  /// Diagnostic path of a file inside the folder ("content" + "plan.yaml").
  std::string diag_path(const std::string& rel) const;
};

struct LoadOptions {
  int jobs = 1;  ///< threads that read and decode files
};

/// Walks the content folder, reads every file of the layout and warns about
/// files that do not fit it. Symlinks leading outside the folder are errors.
ContentFiles load_content(const FileSystem& fs, const std::string& dir, Diagnostics& diags,
                          const LoadOptions& options = {});

/// The text of every file read, for printing diagnostics with their source line.
SourceTexts source_texts(const ContentFiles& files);

}  // namespace overblik
