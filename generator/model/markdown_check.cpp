#include "model/markdown_check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>

#include "load/markdown.hpp"
#include "model/directives.hpp"
#include "model/links.hpp"
#include "support/text.hpp"

namespace overblik {

namespace {

/// Where each line of a text starts.
std::vector<size_t> line_starts(std::string_view text) {
  std::vector<size_t> starts{0};
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts.push_back(i + 1);
  return starts;
}

/// The 0-based line of a byte offset.
size_t line_of(const std::vector<size_t>& starts, size_t offset) {
  return static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), offset) -
                             starts.begin()) -
         1;
}

/// The text of 0-based line `l`, without its line break.
std::string_view line_text(std::string_view text, const std::vector<size_t>& starts, size_t l) {
  const size_t end = l + 1 < starts.size() ? starts[l + 1] - 1 : text.size();
  return text.substr(starts[l], end - starts[l]);
}

bool is_space(char ch) {
  return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
}

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
    case CMARK_NODE_HTML_BLOCK:
      return '<';
    case CMARK_NODE_IMAGE:
      return '!';
    case CMARK_NODE_LINK: {
      // An autolink (<https://…> or a bare www.…) does not start with '['.
      cmark_node* child = cmark_node_first_child(node);
      const char* url = cmark_node_get_url(node);
      const char* text = child ? cmark_node_get_literal(child) : nullptr;
      if (url && text && std::string_view(url).find(text) != std::string_view::npos) return 0;
      return '[';
    }
    default:
      return 0;
  }
}

Mark mark_of(const MarkdownText& md, MarkdownPositions& positions, cmark_node* node) {
  int line = cmark_node_get_start_line(node);
  int column = cmark_node_get_start_column(node);
  for (cmark_node* p = node; line <= 0 && p; p = cmark_node_parent(p)) {
    line = cmark_node_get_start_line(p);
    column = cmark_node_get_start_column(p);
  }
  size_t offset = positions.offset(line, column);
  // cmark counts inline columns from where a paragraph's continuation line
  // starts after its indentation is stripped; find the node on its line.
  if (char want = first_char(node); want && offset < md.text.size() && md.text[offset] != want) {
    const std::string_view rest =
        std::string_view(md.text).substr(offset, positions.line_end(offset) - offset);
    if (size_t found = rest.find(want); found != std::string_view::npos) offset += found;
  }
  return positions.at(offset);
}

}  // namespace

MarkdownPositions::MarkdownPositions(const MarkdownText& md, std::string_view source)
    : md_(md), source_(source), starts_(line_starts(md.text)) {
  if (md.yaml_column == 0 || source.empty()) return;
  yaml_start_ = yaml_start(md, source);
  source_pos_ = yaml_start_.value_or(0);
  source_starts_ = line_starts(source);
}

size_t MarkdownPositions::offset(int line, int byte_column) const {
  const auto l = static_cast<size_t>(std::max(1, line) - 1);
  if (l >= starts_.size()) return md_.text.size();
  return std::min(starts_[l] + static_cast<size_t>(std::max(1, byte_column) - 1),
                  line_end(starts_[l]));
}

size_t MarkdownPositions::line_end(size_t offset) const {
  const size_t l = line_of(starts_, offset);
  return l + 1 < starts_.size() ? starts_[l + 1] - 1 : md_.text.size();
}

Mark MarkdownPositions::at(size_t offset) {
  offset = std::min(offset, md_.text.size());
  if (md_.yaml_column > 0 && !source_.empty()) return in_yaml(offset);
  // Verbatim text (a body); or, without the file's text, the best guess for
  // YAML: right for a literal block's lines and a one-line scalar's columns.
  const size_t l = line_of(starts_, offset);
  const int column = columns_.at(md_.text, starts_[l], offset);
  const int shift = md_.yaml_column > 0 && l == 0 ? md_.yaml_column - 1 : 0;
  return {md_.first_line + static_cast<int>(l), column + shift};
}

Mark MarkdownPositions::in_yaml(size_t offset) {
  // The scalar's value differs from the file's text only in whitespace
  // (indentation, folded line breaks) and in escapes and doubled quotes; so
  // walk both, matching each non-space character of the value to the next
  // equal character of the file, going on from the place asked before.
  const Mark start{md_.first_line, std::max(1, md_.yaml_column)};
  if (!yaml_start_) return start;
  if (offset < matched_) {  // asked out of order: walk again from the start
    matched_ = 0;
    source_pos_ = *yaml_start_;
    lost_ = false;
  }
  for (; !lost_ && matched_ < offset; ++matched_) {
    const char ch = md_.text[matched_];
    if (is_space(ch)) continue;
    while (source_pos_ < source_.size() && source_[source_pos_] != ch) ++source_pos_;
    if (source_pos_ >= source_.size())
      lost_ = true;
    else
      ++source_pos_;
  }
  if (lost_) return start;
  size_t pos = source_pos_;
  if (offset < md_.text.size() && !is_space(md_.text[offset])) {
    while (pos < source_.size() && source_[pos] != md_.text[offset]) ++pos;
    if (pos >= source_.size()) return start;
  }
  const size_t l = line_of(source_starts_, pos);
  return {static_cast<int>(l) + 1, source_columns_.at(source_, source_starts_[l], pos)};
}

Mark markdown_position(const MarkdownText& md, std::string_view source, size_t offset) {
  return MarkdownPositions(md, source).at(offset);
}

namespace {

std::vector<std::string> as_vector(const std::set<std::string>& s) {
  return {s.begin(), s.end()};
}

void check_cross_ref(const MarkdownText& md, const Link& link, Mark m, const Known& known,
                     Diagnostics& diags) {
  if (link.scheme == "theme" && !known.themes_read) return;
  // Looked up in the sets; the list of IDs is made only for a hint, since a
  // plan may hold thousands of them and as many links.
  const std::set<std::string>* set = link.scheme == "initiative"  ? &known.initiatives
                                     : link.scheme == "indicator" ? &known.indicators
                                     : link.scheme == "page"      ? &known.pages
                                                                  : nullptr;
  if (set ? set->count(link.target) > 0 : known.themes.count(link.target) > 0) return;
  const std::vector<std::string> ids = set ? as_vector(*set) : known.theme_ids();
  if (link.target.empty()) {
    diags.error(md.path, m, fmt::format("the link '{}:' names no {}", link.scheme, link.scheme),
                fmt::format("write {}:{} with the {} it leads to", link.scheme,
                            link.scheme == "page" ? "SLUG" : "ID", link.scheme));
    return;
  }
  std::string hint = did_you_mean(link.target, ids);
  if (hint.empty())
    hint = fmt::format("no {} has the ID '{}'", link.scheme == "page" ? "page" : link.scheme,
                       link.target);
  diags.error(md.path, m, fmt::format("link to unknown {} '{}'", link.scheme, link.target), hint);
}

/// An address on another site: http(s), or scheme-relative (`//host/x`,
/// which browsers also read with backslashes).
bool is_external(const Link& link, const char* url) {
  if (link.kind == Link::Kind::web) return link.scheme != "mailto";
  if (link.kind != Link::Kind::relative || !url) return false;
  std::string_view u = trim(url);
  return u.size() >= 2 && (u[0] == '/' || u[0] == '\\') && (u[1] == '/' || u[1] == '\\');
}

void check_link(const MarkdownText& md, MarkdownPositions& positions, cmark_node* node,
                const Known& known, Diagnostics& diags) {
  const char* url = cmark_node_get_url(node);
  Link link = classify_link(url ? url : "");
  if (cmark_node_get_type(node) == CMARK_NODE_IMAGE && !known.allow_external_images &&
      is_external(link, url)) {
    diags.warning(md.path, mark_of(md, positions, node),
                  "the image is loaded from another site: each reader's browser then tells that "
                  "site who reads the page",
                  "put the image under assets/, or set allow_external_images: true in plan.yaml if "
                  "the plan accepts "
                  "that (tracking, GDPR)");
    return;
  }
  if (link.kind == Link::Kind::web || link.kind == Link::Kind::anchor ||
      link.kind == Link::Kind::relative)
    return;
  if (link.kind == Link::Kind::asset && known.assets.count(link.target)) return;
  Mark m = mark_of(md, positions, node);
  switch (link.kind) {
    case Link::Kind::cross_ref:
      return check_cross_ref(md, link, m, known, diags);
    case Link::Kind::forbidden:
      diags.warning(
          md.path, m,
          fmt::format("links with the scheme '{}:' are not allowed; only the text is kept",
                      link.scheme),
          "use an http, https or mailto link, or a cross-reference such as initiative:ID");
      return;
    case Link::Kind::asset:
      if (!known.assets.count(link.target)) {
        std::string hint = did_you_mean(link.target, as_vector(known.assets));
        diags.error(md.path, m, fmt::format("link to missing file '{}'", link.target),
                    hint.empty() ? "put the file under assets/ in the content folder" : hint);
      }
      return;
    default:
      return;
  }
}

/// A text cmark-gfm was not given (MarkdownTree::excess): too large, or too many table cells.
void report_excess(const MarkdownText& md, const MarkdownExcess& excess,
                   MarkdownPositions& positions, Diagnostics& diags) {
  const MarkdownLimits limits;
  if (excess.kind == MarkdownExcess::Kind::too_large) {
    diags.error(md.path, positions.at(0),
                fmt::format("this Markdown text is {} bytes long; at most {} MB are allowed",
                            excess.amount, limits.max_bytes >> 20),
                "split it into several pages or initiatives");
    return;
  }
  diags.error(md.path, positions.at(excess.offset),
              fmt::format("the tables of this text have more than {} cells (columns × rows)",
                          limits.max_table_cells),
              "split the table, or put its numbers in an indicator's CSV file; every row counts as "
              "many cells "
              "as the header has columns, also when it is shorter");
}

}  // namespace

namespace {

/// Footnotes (1.2): a reference left as text has no definition; a definition
/// that cmark dropped was never referenced. Found in the text, since cmark
/// keeps neither in the tree.
void check_footnotes(const MarkdownText& md, const std::vector<size_t>& starts,
                     std::string_view source, const std::set<std::string>& used,
                     const std::vector<std::pair<std::string, size_t>>& dangling,
                     Diagnostics& diags) {
  for (auto& [label, offset] : dangling)
    diags.warning(md.path, markdown_position(md, source, offset),
                  fmt::format("footnote [^{}] has no definition", label),
                  fmt::format("add a line '[^{}]: the note' below the paragraph", label));
  for (size_t l = 0; l < starts.size(); ++l) {
    std::string_view line = line_text(md.text, starts, l);
    size_t i = line.find_first_not_of(' ');
    if (i == std::string_view::npos || i > 3 || line.substr(i, 2) != "[^") continue;
    size_t close = line.find("]:", i);
    if (close == std::string_view::npos) continue;
    std::string label(line.substr(i + 2, close - i - 2));
    if (label.empty() || used.count(label)) continue;
    const size_t offset = starts[l] + i;
    diags.warning(
        md.path, markdown_position(md, source, offset),
        fmt::format("footnote [^{}] is defined but never referenced", label),
        fmt::format("write [^{}] in the text where the note belongs, or remove the definition",
                    label));
  }
}

/// References written as "[^label]" that cmark left as text (no definition), with their offsets.
void find_dangling(cmark_node* node, const MarkdownText& md, const MarkdownPositions& positions,
                   std::vector<std::pair<std::string, size_t>>& out) {
  const std::string literal = cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "";
  for (size_t at = literal.find("[^"); at != std::string::npos; at = literal.find("[^", at + 2)) {
    size_t close = literal.find(']', at);
    if (close == std::string::npos || close == at + 2) continue;
    std::string label = literal.substr(at + 2, close - at - 2);
    if (label.find_first_of(" \t[") != std::string::npos) continue;
    // From the start of the block that holds it, the first such reference.
    cmark_node* block = node;
    while (block &&
           (cmark_node_get_start_line(block) <= 0 || cmark_node_get_type(block) == CMARK_NODE_TEXT))
      block = cmark_node_parent(block);
    size_t base = block ? positions.offset(cmark_node_get_start_line(block), 1) : 0;
    size_t found = md.text.find("[^" + label + "]", base);
    out.emplace_back(label, found == std::string::npos ? base : found);
  }
}

}  // namespace

namespace {

/// Directives (content format 1.1) in the text nodes, with their offsets in
/// `md.text`, kept for check_directives (which needs the whole plan): so this
/// is the only parse before rendering. cmark splits text at brackets, so the
/// nodes are merged first (after the other checks, which see the tree as
/// cmark made it).
std::vector<Directive> directives_in(const MarkdownText& md, const MarkdownTree& tree,
                                     const MarkdownPositions& positions) {
  std::vector<Directive> out;
  if (md.text.find(':') == std::string::npos) return out;
  merge_text_nodes(tree.root());
  for_each_node(tree, [&](cmark_node* node) {
    if (cmark_node_get_type(node) != CMARK_NODE_TEXT) return;
    const size_t at =
        positions.offset(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
    for (Directive& d : find_directives(cmark_node_get_literal(node))) {
      d.offset += at;
      out.push_back(std::move(d));
    }
  });
  return out;
}

}  // namespace

void check_markdown(MarkdownText& md, const Known& known, Diagnostics& diags,
                    std::string_view source) {
  md.directives.clear();
  if (md.text.empty()) return;
  count_markdown_text();
  MarkdownTree tree(md.text);
  MarkdownPositions positions(md, source);
  if (tree.excess()) return report_excess(md, *tree.excess(), positions, diags);
  const bool footnotes = md.text.find("[^") != std::string::npos;
  // Line starts only for texts with footnotes: every other text is checked without them.
  const std::vector<size_t> starts = footnotes ? line_starts(md.text) : std::vector<size_t>{};
  std::set<std::string> used_notes;
  std::vector<std::pair<std::string, size_t>> dangling;
  if (footnotes)
    merge_text_nodes(tree.root());  // "[", "^1", "]" are separate text nodes until merged
  std::set<int> html_lines;  // one warning per line: <b>x</b> is one piece of HTML to its author
  for_each_node(tree, [&](cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE: {
        Mark m = mark_of(md, positions, node);
        if (html_lines.insert(m.line).second)
          diags.warning(md.path, m, "raw HTML is not allowed in content and is left out",
                        "write it in Markdown instead; overblik never passes HTML through");
        break;
      }
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE:
        check_link(md, positions, node, known, diags);
        break;
      case CMARK_NODE_FOOTNOTE_DEFINITION: {
        // cmark keeps only the definitions something refers to; its label is read from its line.
        const int line = cmark_node_get_start_line(node);
        if (line < 1 || static_cast<size_t>(line) > starts.size()) break;
        std::string_view text = line_text(md.text, starts, static_cast<size_t>(line - 1));
        size_t open = text.find("[^"), close = text.find("]:");
        if (open != std::string_view::npos && close != std::string_view::npos && close > open + 2)
          used_notes.insert(std::string(text.substr(open + 2, close - open - 2)));
        break;
      }
      case CMARK_NODE_TEXT:
        if (footnotes) find_dangling(node, md, positions, dangling);
        break;
      default:
        break;
    }
  });
  if (footnotes) check_footnotes(md, starts, source, used_notes, dangling, diags);
  md.directives = directives_in(md, tree, positions);
}

}  // namespace overblik
