#include <set>
#include <tuple>

#include "load/markdown.hpp"
#include "model/directives.hpp"
#include "support/text.hpp"

namespace overblik {

namespace {

void check_text(const MarkdownText& md, const Plan& plan, Diagnostics& diags) {
  if (md.text.find(':') == std::string::npos) return;
  MarkdownTree tree(md.text);
  merge_text_nodes(tree.root());
  for_each_node(tree, [&](cmark_node* node) {
    if (cmark_node_get_type(node) != CMARK_NODE_TEXT) return;
    const std::string_view literal = cmark_node_get_literal(node);
    for (const Directive& d : find_directives(literal)) {
      ResolvedDirective r = resolve_directive(d, plan);
      if (r.error.empty()) continue;
      const int line = md.first_line + std::max(1, cmark_node_get_start_line(node)) - 1;
      const int column = std::max(1, cmark_node_get_start_column(node)) +
                         line_column_at(literal, d.offset).column - 1;
      diags.error(md.path, {line, column}, r.error, r.hint);
    }
  });
}

}  // namespace

void check_directives(const Plan& plan, Diagnostics& diags) {
  // An indicator's assessment note is copied to each of its series: check each text once.
  std::set<std::tuple<std::string, int, std::string>> seen;
  for_each_markdown(plan, [&](const MarkdownText& md) {
    if (!md.text.empty() && seen.emplace(md.path, md.first_line, md.text).second) check_text(md, plan, diags);
  });
}

}  // namespace overblik
