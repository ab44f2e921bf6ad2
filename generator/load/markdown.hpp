#pragma once
#include <cmark-gfm.h>

#include <string_view>

namespace overblik {

/// A parsed CommonMark + GFM (tables, strikethrough, autolinks) document.
/// Owns the cmark tree; move-only.
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

 private:
  cmark_parser* parser_ = nullptr;
  cmark_node* root_ = nullptr;
};

/// Joins runs of adjacent text nodes into one (cmark splits text at brackets
/// and other punctuation), so that text patterns can be found whole.
void merge_text_nodes(cmark_node* node);

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
