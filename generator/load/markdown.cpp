#include "load/markdown.hpp"

#include "support/work_timer.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>

#include <mutex>
#include <string>

namespace overblik {

namespace {

void register_extensions() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

}  // namespace

/// cmark-gfm 0.29 adds the extensions' special characters to a process-wide
/// table while it parses inlines and removes them afterwards
/// (github/cmark-gfm#221), so two parses at once corrupt each other: parsing
/// is serialised; splitting the text into blocks (cmark_parser_feed) does not
/// read that table and runs outside the lock. Rendering does not touch it either.
std::mutex& parse_mutex() {
  static std::mutex m;
  return m;
}

MarkdownTree::MarkdownTree(std::string_view text) {
  WorkTimer timer(Work::parse_markdown);
  register_extensions();
  {
    std::lock_guard lock(parse_mutex());
    // Footnotes (1.2): text without "[^" parses exactly as before.
    parser_ = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES);
    for (const char* name : {"table", "strikethrough", "autolink"}) {
      if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
        cmark_parser_attach_syntax_extension(parser_, ext);
    }
  }
  // The block structure is parsed without the table (the lines are only
  // split into blocks); the inlines, in finish(), need it.
  cmark_parser_feed(parser_, text.data(), text.size());
  std::lock_guard lock(parse_mutex());
  root_ = cmark_parser_finish(parser_);
}

MarkdownTree::~MarkdownTree() {
  if (root_) cmark_node_free(root_);
  if (parser_) cmark_parser_free(parser_);
}

MarkdownTree::MarkdownTree(MarkdownTree&& o) noexcept : parser_(o.parser_), root_(o.root_) {
  o.parser_ = nullptr;
  o.root_ = nullptr;
}

MarkdownTree& MarkdownTree::operator=(MarkdownTree&& o) noexcept {
  std::swap(parser_, o.parser_);
  std::swap(root_, o.root_);
  return *this;
}

void merge_text_nodes(cmark_node* node) {
  for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
    if (cmark_node_get_type(child) != CMARK_NODE_TEXT) {
      merge_text_nodes(child);
      continue;
    }
    cmark_node* next;
    while ((next = cmark_node_next(child)) && cmark_node_get_type(next) == CMARK_NODE_TEXT) {
      std::string joined = std::string(cmark_node_get_literal(child)) + cmark_node_get_literal(next);
      cmark_node_set_literal(child, joined.c_str());
      cmark_node_free(next);
    }
  }
}

cmark_llist* MarkdownTree::extensions() const { return cmark_parser_get_syntax_extensions(parser_); }

}  // namespace overblik
