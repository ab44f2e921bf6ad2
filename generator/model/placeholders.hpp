#pragma once
// Text that `overblik init` and `overblik new` write for the author to
// replace. The writers take their text from here and `check` looks for it, so
// the two cannot drift apart: no placeholder reaches the public in silence.
#include <span>
#include <string_view>

#include "load/content_files.hpp"
#include "support/diagnostic.hpp"

namespace overblik {

struct Placeholder {
  std::string_view key;      ///< the name a template uses for it: @PH_KEY@
  std::string_view text;     ///< the text as written
  std::string_view command;  ///< "new" or "init": which command writes it
};

/// Every placeholder, in the order of the templates.
std::span<const Placeholder> placeholders();

/// A warning at every place a content file still holds a placeholder.
void check_placeholders(const ContentFiles& files, Diagnostics& diags);

}  // namespace overblik
