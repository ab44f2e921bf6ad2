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
  std::string copy_from{};  ///< when set: copy this file (content assets) instead of `bytes`
};

/// Receives each output file as it is made; called from several threads at once.
using FileSink = std::function<void(OutputFile&&)>;

}  // namespace overblik
