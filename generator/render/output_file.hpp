#pragma once
#include <functional>
#include <string>

namespace overblik {

// Standard library only: the writer (write/) and the preview (serve/) take
// files through this header without seeing the templates or the model.

/// One file of the output: its bytes, or a content file to copy as it is.
struct OutputFile {
  std::string path;  ///< inside the output folder, '/'-separated
  std::string bytes{};
  /// A content file copied as it is (an asset, admin/): render names it and
  /// leaves `bytes` empty; the pipeline reads it through the build's
  /// FileSystem into `bytes` before a sink sees it, and leaves the name.
  std::string copy_from{};
};

/// Receives each output file as it is made; called from several threads at once.
using FileSink = std::function<void(OutputFile&&)>;

}  // namespace overblik
