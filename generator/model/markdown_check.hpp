#pragma once
#include "model/known.hpp"
#include "model/plan.hpp"
#include "support/diagnostic.hpp"

namespace overblik {

/// Checks one Markdown text against the content format: raw HTML (warning,
/// dropped), links with forbidden schemes (warning, dropped to text),
/// cross-references and asset paths that lead nowhere (errors).
void check_markdown(const MarkdownText& md, const Known& known, Diagnostics& diags);

}  // namespace overblik
