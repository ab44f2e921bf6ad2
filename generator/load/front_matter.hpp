#pragma once
#include <string>
#include <string_view>

#include "support/diagnostic.hpp"

namespace overblik {

/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
  std::string_view yaml;  ///< between the two `---` lines
  int yaml_line = 2;      ///< file line the YAML starts on
  std::string_view body;
  int body_line = 1;  ///< file line the body starts on
};

/// Splits `text` (LF line endings). The first line must be `---`; the front
/// matter ends at the next line that is `---`. Reports problems at `path`.
bool split_front_matter(std::string_view text, const std::string& path, FrontMatter& out,
                        Diagnostics& diags);

}  // namespace overblik
