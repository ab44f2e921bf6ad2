#include "model/markdown_check.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "load/markdown.hpp"
#include "model/links.hpp"
#include "support/text.hpp"

namespace overblik {

namespace {

Mark mark_of(const MarkdownText& md, cmark_node* node) {
  int line = cmark_node_get_start_line(node);
  int column = cmark_node_get_start_column(node);
  for (cmark_node* p = node; line <= 0 && p; p = cmark_node_parent(p)) {
    line = cmark_node_get_start_line(p);
    column = cmark_node_get_start_column(p);
  }
  return {md.first_line + std::max(1, line) - 1, std::max(1, column)};
}

std::vector<std::string> as_vector(const std::set<std::string>& s) { return {s.begin(), s.end()}; }

void check_cross_ref(const MarkdownText& md, const Link& link, Mark m, const Known& known,
                     Diagnostics& diags) {
  std::vector<std::string> ids;
  if (link.scheme == "initiative") ids = as_vector(known.initiatives);
  else if (link.scheme == "theme") ids = known.theme_ids();
  else if (link.scheme == "indicator") ids = as_vector(known.indicators);
  else ids = as_vector(known.pages);
  if (std::find(ids.begin(), ids.end(), link.target) != ids.end()) return;
  std::string hint = did_you_mean(link.target, ids);
  if (hint.empty()) hint = fmt::format("no {} has the ID '{}'", link.scheme == "page" ? "page" : link.scheme, link.target);
  diags.error(md.path, m, fmt::format("link to unknown {} '{}'", link.scheme, link.target), hint);
}

void check_link(const MarkdownText& md, cmark_node* node, const Known& known, Diagnostics& diags) {
  const char* url = cmark_node_get_url(node);
  Link link = classify_link(url ? url : "");
  Mark m = mark_of(md, node);
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

void check_markdown(const MarkdownText& md, const Known& known, Diagnostics& diags) {
  if (md.text.empty()) return;
  MarkdownTree tree(md.text);
  for_each_node(tree, [&](cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        diags.warning(md.path, mark_of(md, node), "raw HTML is not allowed in content and is left out",
                      "write it in Markdown instead; overblik never passes HTML through");
        break;
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE: check_link(md, node, known, diags); break;
      default: break;
    }
  });
}

}  // namespace overblik
