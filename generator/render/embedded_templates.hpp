#pragma once
#include <string_view>
#include <vector>

namespace overblik {

struct EmbeddedFile {
  std::string_view path;  ///< relative to templates/, e.g. "layouts/base.html"
  std::string_view bytes;
};

/// The default theme (templates/), compiled into the binary.
const std::vector<EmbeddedFile>& embedded_templates();

}  // namespace overblik
