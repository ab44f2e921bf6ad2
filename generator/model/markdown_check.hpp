#pragma once
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "model/known.hpp"
#include "model/plan.hpp"
#include "support/diagnostic.hpp"
#include "support/text.hpp"

namespace overblik {

/// Checks one Markdown text against the content format: raw HTML (warning,
/// dropped), links with forbidden schemes (warning, dropped to text),
/// cross-references and asset paths that lead nowhere (errors). `source` is
/// the text of the file the Markdown comes from; Markdown inside YAML needs it
/// to report problems at their file line and column. The same parse finds the
/// text's directives and keeps them in `md.directives` for check_directives.
void check_markdown(MarkdownText& md, const Known& known, Diagnostics& diags,
                    std::string_view source = {});

/// The same for a text that is not kept (tests, fuzzing): its directives are dropped.
inline void check_markdown(MarkdownText&& md, const Known& known, Diagnostics& diags,
                           std::string_view source = {}) {
  check_markdown(md, known, diags, source);
}

/// File positions of places in one Markdown text. The line indexes are made
/// once, and each position is found by going on from the one asked before
/// (places are asked in document order), so that a text with thousands of
/// links costs about its own length and not thousands of times it.
class MarkdownPositions {
 public:
  /// `source` is the text of the file `md` comes from (see check_markdown); it
  /// must outlive this object, as must `md`.
  MarkdownPositions(const MarkdownText& md, std::string_view source);

  /// The byte offset in `md.text` of a cmark position (1-based line, byte column).
  size_t offset(int line, int byte_column) const;
  /// The byte offset in `md.text` where the line holding `offset` ends.
  size_t line_end(size_t offset) const;
  /// The file position of a byte offset in `md.text`.
  Mark at(size_t offset);

 private:
  Mark in_yaml(size_t offset);

  const MarkdownText& md_;
  std::string_view source_;
  std::vector<size_t> starts_;  ///< where each line of md.text starts
  ColumnCounter columns_;
  // Markdown inside YAML: md.text matched to the file's text character by character.
  std::optional<size_t> yaml_start_;  ///< where the scalar starts in source_; none: not found
  size_t matched_ = 0;                ///< characters of md.text matched so far
  size_t source_pos_ = 0;             ///< in source_, just after the last match
  bool lost_ = false;  ///< a character was not found: every later place is the scalar's start
  std::vector<size_t> source_starts_;
  ColumnCounter source_columns_;
};

/// The file position of a byte offset in `md.text` (one place; for many, MarkdownPositions).
Mark markdown_position(const MarkdownText& md, std::string_view source, size_t offset);

}  // namespace overblik
