#pragma once
#include <cmark-gfm.h>

#include <cstddef>
#include <optional>
#include <string_view>

namespace overblik {

/// How much work one Markdown text may ask of cmark-gfm. The system
/// cmark-gfm (0.29.0.gfm.6, CVE-2023-37463) pads every table row to the
/// header's width, so a table of a few kilobytes can cost gigabytes: the
/// cells are counted before anything is parsed.
struct MarkdownLimits {
  size_t max_bytes = 4u << 20;     ///< one Markdown field (a body, an intro, a note, …)
  size_t max_table_cells = 50000;  ///< columns × rows, summed over the text's tables
};

/// What makes a text exceed the limits: its size, or the table that starts at `offset`.
struct MarkdownExcess {
  enum class Kind { too_large, table_cells } kind = Kind::too_large;
  size_t offset = 0;  ///< byte offset in the text: 0, or the table's header line
  size_t amount = 0;  ///< the text's bytes, or the cells counted up to and with that table
};

/// Whether `text` exceeds `limits`, found by one pass over its lines without
/// parsing it. Tables are over-estimated (a line of pipes and hyphens under a
/// non-blank line starts one; it runs to the next blank line), never missed.
std::optional<MarkdownExcess> markdown_excess(std::string_view text,
                                              const MarkdownLimits& limits = {});

/// Counts one Markdown text in the current build's BuildTimes
/// (Work::markdown_text); the Markdown check calls it once per text. With the
/// count of Work::parse_markdown, one per MarkdownTree, it gives the parses
/// per text that `--stats` prints: at most two (check and render).
void count_markdown_text();

/// A parsed CommonMark + GFM (tables, strikethrough, autolinks) document.
/// Owns the cmark tree; move-only. A text that exceeds the MarkdownLimits
/// is not parsed: the tree is empty and excess() says why (the check reports it).
class MarkdownTree {
 public:
  explicit MarkdownTree(std::string_view text);
  ~MarkdownTree();
  MarkdownTree(MarkdownTree&&) noexcept;
  MarkdownTree& operator=(MarkdownTree&&) noexcept;
  MarkdownTree(const MarkdownTree&) = delete;
  MarkdownTree& operator=(const MarkdownTree&) = delete;

  cmark_node* root() const { return root_; }
  /// The extensions attached, as cmark's renderers need them.
  cmark_llist* extensions() const;
  /// Why the text was not parsed, or nothing.
  const std::optional<MarkdownExcess>& excess() const { return excess_; }

 private:
  cmark_parser* parser_ = nullptr;
  cmark_node* root_ = nullptr;
  std::optional<MarkdownExcess> excess_;
};

/// Joins runs of adjacent text nodes into one (cmark splits text at brackets
/// and other punctuation), so that text patterns can be found whole. Linear
/// in the tree's size, and without recursion, however deep the tree.
void merge_text_nodes(cmark_node* root);

/// Calls `fn(node)` for every node of the tree in document order (entering).
template <typename Fn>
void for_each_node(const MarkdownTree& tree, Fn&& fn);

template <typename Fn>
void for_each_node(const MarkdownTree& tree, Fn&& fn) {
  cmark_iter* it = cmark_iter_new(tree.root());
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    if (ev == CMARK_EVENT_ENTER) fn(cmark_iter_get_node(it));
  }
  cmark_iter_free(it);
}

}  // namespace overblik
