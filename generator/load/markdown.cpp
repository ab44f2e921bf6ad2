#include "load/markdown.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>

#include <algorithm>
#include <mutex>
#include <string>
#include <vector>

#include "support/work_timer.hpp"

namespace overblik {

namespace {

void register_extensions() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

/// A line that only a table's delimiter row could be: pipes, hyphens,
/// colons, blanks, and '>' of the block quotes it sits in; at least one pipe
/// and one hyphen.
bool delimiter_row(std::string_view line) {
  bool pipe = false, hyphen = false;
  for (char c : line) {
    if (c == '|')
      pipe = true;
    else if (c == '-')
      hyphen = true;
    else if (c != ':' && c != ' ' && c != '\t' && c != '>')
      return false;
  }
  return pipe && hyphen;
}

/// Blank, also inside block quotes (a line of only '>' ends a table in one).
bool blank_line(std::string_view line) {
  return line.find_first_not_of(" \t>") == std::string_view::npos;
}

/// The cells a table row would have at most: one more than its pipes, less
/// a leading and a trailing pipe (escaped pipes count too: too many, never too few).
size_t cells_of(std::string_view line) {
  const size_t first = line.find_first_not_of(" \t>");
  if (first == std::string_view::npos) return 1;
  line = line.substr(first, line.find_last_not_of(" \t") + 1 - first);
  size_t n = static_cast<size_t>(std::count(line.begin(), line.end(), '|')) + 1;
  if (line.front() == '|') --n;
  if (line.size() > 1 && line.back() == '|') --n;
  return std::max<size_t>(n, 1);
}

}  // namespace

std::optional<MarkdownExcess> markdown_excess(std::string_view text, const MarkdownLimits& limits) {
  if (text.size() > limits.max_bytes)
    return MarkdownExcess{MarkdownExcess::Kind::too_large, 0, text.size()};
  size_t cells = 0, columns = 0, table_at = 0;
  std::string_view previous;
  size_t previous_at = 0;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(at, end - at);
    if (columns > 0 && blank_line(line)) {
      columns = 0;
    } else if (columns == 0 && !blank_line(previous) && delimiter_row(line)) {
      // The header and the delimiter row have the same number of cells, and
      // cmark-gfm pads each later row to that many.
      columns = std::min(cells_of(previous), cells_of(line));
      table_at = previous_at;
      cells += 2 * columns;
    } else if (columns > 0) {
      cells += std::max(columns, cells_of(line));
    }
    if (cells > limits.max_table_cells)
      return MarkdownExcess{MarkdownExcess::Kind::table_cells, table_at, cells};
    previous = line;
    previous_at = at;
    at = end + 1;
  }
  return std::nullopt;
}

void count_markdown_text() {
  if (BuildTimes* times = BuildTimes::current()) times->add(Work::markdown_text, 0);
}

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
  WorkTimer timer(Work::parse_markdown);  // also counts the parse (--stats)
  register_extensions();
  excess_ = markdown_excess(text);
  if (excess_) text = {};
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

void merge_text_nodes(cmark_node* root) {
  // Iterative (cmark's iterator, not recursion): emphasis nested a hundred
  // thousand deep must not exhaust the stack. The heads of the runs are
  // found first, so that the tree is not changed under the iterator.
  std::vector<cmark_node*> heads;
  cmark_iter* it = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_TEXT) continue;
    cmark_node* prev = cmark_node_previous(n);
    cmark_node* next = cmark_node_next(n);
    if ((!prev || cmark_node_get_type(prev) != CMARK_NODE_TEXT) && next &&
        cmark_node_get_type(next) == CMARK_NODE_TEXT)
      heads.push_back(n);
  }
  cmark_iter_free(it);
  // Each run is joined once: appending node by node would copy the growing
  // text again for every node ("[[[[…" is one text node per bracket).
  for (cmark_node* head : heads) {
    std::string joined = cmark_node_get_literal(head);
    cmark_node* next;
    while ((next = cmark_node_next(head)) && cmark_node_get_type(next) == CMARK_NODE_TEXT) {
      joined += cmark_node_get_literal(next);
      cmark_node_free(next);
    }
    cmark_node_set_literal(head, joined.c_str());
  }
}

cmark_llist* MarkdownTree::extensions() const {
  return cmark_parser_get_syntax_extensions(parser_);
}

}  // namespace overblik
