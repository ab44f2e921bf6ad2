#pragma once
#include <string_view>

#include "model/known.hpp"
#include "model/plan.hpp"
#include "support/diagnostic.hpp"

namespace overblik {

/// Checks one Markdown text against the content format: raw HTML (warning,
/// dropped), links with forbidden schemes (warning, dropped to text),
/// cross-references and asset paths that lead nowhere (errors). `source` is
/// the text of the file the Markdown comes from; Markdown inside YAML needs it
/// to report problems at their file line and column.
void check_markdown(const MarkdownText& md, const Known& known, Diagnostics& diags,
                    std::string_view source = {});

/// The file position of a byte offset in `md.text`.
Mark markdown_position(const MarkdownText& md, std::string_view source, size_t offset);

/// The byte offset in `md.text` of a cmark position (1-based line, byte column).
size_t markdown_offset(const MarkdownText& md, int line, int byte_column);

}  // namespace overblik
