#include "model/markdown_check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>

#include "load/markdown.hpp"
#include "model/links.hpp"
#include "support/text.hpp"

namespace overblik {

namespace {

/// Where each line of a text starts, found once, so that positions of many
/// nodes in a long text cost a lookup each and not a scan from the start.
struct LineIndex {
  std::vector<size_t> starts;
  explicit LineIndex(std::string_view text) {
    starts.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') starts.push_back(i + 1);
  }
  size_t line_end(std::string_view text, size_t line) const {  // 0-based line
    return line + 1 < starts.size() ? starts[line + 1] - 1 : text.size();
  }
};

/// Byte offset in `text` of a 1-based line and byte column (cmark's positions).
size_t offset_of(std::string_view text, const LineIndex& index, int line, int byte_column) {
  const size_t l = static_cast<size_t>(line - 1);
  if (l >= index.starts.size()) return text.size();
  return std::min(index.starts[l] + static_cast<size_t>(std::max(1, byte_column) - 1), index.line_end(text, l));
}

bool is_space(char ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r'; }

/// Byte offset in `source` where the text of a YAML scalar starts.
std::optional<size_t> yaml_start(const MarkdownText& md, std::string_view source) {
  size_t pos = 0;
  for (int l = 1; l < md.first_line; ++l) {
    size_t nl = source.find('\n', pos);
    if (nl == std::string_view::npos) return std::nullopt;
    pos = nl + 1;
  }
  for (int col = 1; col < md.yaml_column && pos < source.size() && source[pos] != '\n'; ++col) {
    // Step over one code point.
    ++pos;
    while (pos < source.size() && (static_cast<unsigned char>(source[pos]) & 0xC0) == 0x80) ++pos;
  }
  return pos;
}

/// The character a node's text starts with, or 0 when that is not fixed.
char first_char(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_HTML_INLINE:
    case CMARK_NODE_HTML_BLOCK: return '<';
    case CMARK_NODE_IMAGE: return '!';
    case CMARK_NODE_LINK: {
      // An autolink (<https://…> or a bare www.…) does not start with '['.
      cmark_node* child = cmark_node_first_child(node);
      const char* url = cmark_node_get_url(node);
      const char* text = child ? cmark_node_get_literal(child) : nullptr;
      if (url && text && std::string_view(url).find(text) != std::string_view::npos) return 0;
      return '[';
    }
    default: return 0;
  }
}

/// The file position of a byte offset in a body (verbatim text).
Mark mark_at(const MarkdownText& md, const LineIndex& index, size_t offset) {
  const auto it = std::upper_bound(index.starts.begin(), index.starts.end(), offset);
  const size_t l = static_cast<size_t>(it - index.starts.begin()) - 1;
  const std::string_view text(md.text);
  const int col = line_column_at(text.substr(index.starts[l], offset - index.starts[l] + 1), offset - index.starts[l]).column;
  return {md.first_line + static_cast<int>(l), col};
}

Mark mark_of(const MarkdownText& md, const LineIndex& index, std::string_view source, cmark_node* node) {
  int line = cmark_node_get_start_line(node);
  int column = cmark_node_get_start_column(node);
  for (cmark_node* p = node; line <= 0 && p; p = cmark_node_parent(p)) {
    line = cmark_node_get_start_line(p);
    column = cmark_node_get_start_column(p);
  }
  size_t offset = offset_of(md.text, index, std::max(1, line), column);
  // cmark counts inline columns from where a paragraph's continuation line
  // starts after its indentation is stripped; find the node on its line.
  if (char want = first_char(node); want && offset < md.text.size() && md.text[offset] != want) {
    size_t end = md.text.find('\n', offset);
    size_t found = md.text.find(want, offset);
    if (found != std::string::npos && (end == std::string::npos || found < end)) offset = found;
  }
  if (md.yaml_column == 0) {
    // Verbatim text (a body): the line from the index, the column counted on that line only.
    const auto it = std::upper_bound(index.starts.begin(), index.starts.end(), offset);
    const size_t l = static_cast<size_t>(it - index.starts.begin()) - 1;
    const std::string_view text(md.text);
    const int col = line_column_at(text.substr(index.starts[l], offset - index.starts[l] + 1), offset - index.starts[l]).column;
    return {md.first_line + static_cast<int>(l), col};
  }
  return markdown_position(md, source, offset);
}

}  // namespace

Mark markdown_position(const MarkdownText& md, std::string_view source, size_t offset) {
  offset = std::min(offset, md.text.size());
  if (md.yaml_column == 0 || source.empty()) {
    // Verbatim text; or, without the file's text, the best guess for YAML:
    // right for a literal block's lines and a one-line scalar's columns.
    LineColumn lc = line_column_at(md.text, offset);
    const int shift = md.yaml_column > 0 && lc.line == 1 ? md.yaml_column - 1 : 0;
    return {md.first_line + lc.line - 1, lc.column + shift};
  }
  // The scalar's value differs from the file's text only in whitespace
  // (indentation, folded line breaks) and in escapes and doubled quotes; so
  // walk both, matching each non-space character of the value to the next
  // equal character of the file.
  auto start = yaml_start(md, source);
  if (!start) return {md.first_line, std::max(1, md.yaml_column)};
  size_t pos = *start;
  for (size_t i = 0; i <= offset && i < md.text.size(); ++i) {
    const char ch = md.text[i];
    if (is_space(ch)) continue;
    while (pos < source.size() && source[pos] != ch) ++pos;
    if (pos >= source.size()) return {md.first_line, std::max(1, md.yaml_column)};
    if (i < offset) ++pos;
  }
  LineColumn lc = line_column_at(source, pos);
  return {lc.line, lc.column};
}

size_t markdown_offset(const MarkdownText& md, int line, int byte_column) {
  return offset_of(md.text, LineIndex(md.text), std::max(1, line), byte_column);
}

namespace {

std::vector<std::string> as_vector(const std::set<std::string>& s) { return {s.begin(), s.end()}; }

void check_cross_ref(const MarkdownText& md, const Link& link, Mark m, const Known& known,
                     Diagnostics& diags) {
  if (link.scheme == "theme" && !known.themes_read) return;
  // Looked up in the sets; the list of IDs is made only for a hint, since a
  // plan may hold thousands of them and as many links.
  const std::set<std::string>* set = link.scheme == "initiative" ? &known.initiatives
                                     : link.scheme == "indicator" ? &known.indicators
                                     : link.scheme == "page"      ? &known.pages
                                                                  : nullptr;
  if (set ? set->count(link.target) > 0 : known.themes.count(link.target) > 0) return;
  const std::vector<std::string> ids = set ? as_vector(*set) : known.theme_ids();
  if (link.target.empty()) {
    diags.error(md.path, m, fmt::format("the link '{}:' names no {}", link.scheme, link.scheme),
                fmt::format("write {}:{} with the {} it leads to", link.scheme, link.scheme == "page" ? "SLUG" : "ID",
                            link.scheme));
    return;
  }
  std::string hint = did_you_mean(link.target, ids);
  if (hint.empty()) hint = fmt::format("no {} has the ID '{}'", link.scheme == "page" ? "page" : link.scheme, link.target);
  diags.error(md.path, m, fmt::format("link to unknown {} '{}'", link.scheme, link.target), hint);
}

void check_link(const MarkdownText& md, const LineIndex& index, std::string_view source, cmark_node* node,
                const Known& known, Diagnostics& diags) {
  const char* url = cmark_node_get_url(node);
  Link link = classify_link(url ? url : "");
  if (link.kind == Link::Kind::web || link.kind == Link::Kind::anchor || link.kind == Link::Kind::relative) return;
  if (link.kind == Link::Kind::asset && known.assets.count(link.target)) return;
  Mark m = mark_of(md, index, source, node);
  switch (link.kind) {
    case Link::Kind::cross_ref: return check_cross_ref(md, link, m, known, diags);
    case Link::Kind::forbidden:
      diags.warning(md.path, m, fmt::format("links with the scheme '{}:' are not allowed; only the text is kept", link.scheme),
                    "use an http, https or mailto link, or a cross-reference such as initiative:ID");
      return;
    case Link::Kind::asset:
      if (!known.assets.count(link.target)) {
        std::string hint = did_you_mean(link.target, as_vector(known.assets));
        diags.error(md.path, m, fmt::format("link to missing file '{}'", link.target),
                    hint.empty() ? "put the file under assets/ in the content folder" : hint);
      }
      return;
    default: return;
  }
}

}  // namespace

namespace {

/// Footnotes (1.2): a reference left as text has no definition; a definition
/// that cmark dropped was never referenced. Found in the text, since cmark
/// keeps neither in the tree.
void check_footnotes(const MarkdownText& md, const LineIndex& index, std::string_view source,
                     const std::set<std::string>& used, const std::vector<std::pair<std::string, size_t>>& dangling,
                     Diagnostics& diags) {
  for (auto& [label, offset] : dangling)
    diags.warning(md.path, md.yaml_column == 0 ? mark_at(md, index, offset) : markdown_position(md, source, offset),
                  fmt::format("footnote [^{}] has no definition", label),
                  fmt::format("add a line '[^{}]: the note' below the paragraph", label));
  for (size_t l = 0; l < index.starts.size(); ++l) {
    std::string_view line = std::string_view(md.text).substr(index.starts[l], index.line_end(md.text, l) - index.starts[l]);
    size_t i = line.find_first_not_of(' ');
    if (i == std::string_view::npos || i > 3 || line.substr(i, 2) != "[^") continue;
    size_t close = line.find("]:", i);
    if (close == std::string_view::npos) continue;
    std::string label(line.substr(i + 2, close - i - 2));
    if (label.empty() || used.count(label)) continue;
    const size_t offset = index.starts[l] + i;
    diags.warning(md.path, md.yaml_column == 0 ? mark_at(md, index, offset) : markdown_position(md, source, offset),
                  fmt::format("footnote [^{}] is defined but never referenced", label),
                  fmt::format("write [^{}] in the text where the note belongs, or remove the definition", label));
  }
}

/// References written as "[^label]" that cmark left as text (no definition), with their offsets.
void find_dangling(cmark_node* node, const MarkdownText& md, const LineIndex& index,
                   std::vector<std::pair<std::string, size_t>>& out) {
  const std::string literal = cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "";
  for (size_t at = literal.find("[^"); at != std::string::npos; at = literal.find("[^", at + 2)) {
    size_t close = literal.find(']', at);
    if (close == std::string::npos || close == at + 2) continue;
    std::string label = literal.substr(at + 2, close - at - 2);
    if (label.find_first_of(" \t[") != std::string::npos) continue;
    // From the start of the block that holds it, the first such reference.
    cmark_node* block = node;
    while (block && (cmark_node_get_start_line(block) <= 0 || cmark_node_get_type(block) == CMARK_NODE_TEXT))
      block = cmark_node_parent(block);
    size_t base = block ? offset_of(md.text, index, cmark_node_get_start_line(block), 1) : 0;
    size_t found = md.text.find("[^" + label + "]", base);
    out.emplace_back(label, found == std::string::npos ? base : found);
  }
}

}  // namespace

void check_markdown(const MarkdownText& md, const Known& known, Diagnostics& diags, std::string_view source) {
  if (md.text.empty()) return;
  MarkdownTree tree(md.text);
  const LineIndex index(md.text);
  const bool footnotes = md.text.find("[^") != std::string::npos;
  std::set<std::string> used_notes;
  std::vector<std::pair<std::string, size_t>> dangling;
  if (footnotes) merge_text_nodes(tree.root());  // "[", "^1", "]" are separate text nodes until merged
  std::set<int> html_lines;  // one warning per line: <b>x</b> is one piece of HTML to its author
  for_each_node(tree, [&](cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE: {
        Mark m = mark_of(md, index, source, node);
        if (html_lines.insert(m.line).second)
          diags.warning(md.path, m, "raw HTML is not allowed in content and is left out",
                        "write it in Markdown instead; overblik never passes HTML through");
        break;
      }
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE: check_link(md, index, source, node, known, diags); break;
      case CMARK_NODE_FOOTNOTE_DEFINITION: {
        // cmark keeps only the definitions something refers to; its label is read from its line.
        const int line = cmark_node_get_start_line(node);
        if (line < 1 || static_cast<size_t>(line) > index.starts.size()) break;
        const size_t start = index.starts[static_cast<size_t>(line - 1)];
        std::string_view text = std::string_view(md.text).substr(start, index.line_end(md.text, static_cast<size_t>(line - 1)) - start);
        size_t open = text.find("[^"), close = text.find("]:");
        if (open != std::string_view::npos && close != std::string_view::npos && close > open + 2)
          used_notes.insert(std::string(text.substr(open + 2, close - open - 2)));
        break;
      }
      case CMARK_NODE_TEXT:
        if (footnotes) find_dangling(node, md, index, dangling);
        break;
      default: break;
    }
  });
  if (footnotes) check_footnotes(md, index, source, used_notes, dangling, diags);
}

}  // namespace overblik
