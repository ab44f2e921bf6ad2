#include <set>
#include <tuple>

#include "load/markdown.hpp"
#include "model/directives.hpp"
#include "model/markdown_check.hpp"
#include "support/text.hpp"

namespace overblik {

namespace {

void check_text(const MarkdownText& md, const Plan& plan, Diagnostics& diags,
                std::string_view source) {
  if (md.text.find(':') == std::string::npos) return;
  // A text that exceeds the Markdown limits gives an empty tree here; the
  // Markdown check reports it.
  MarkdownTree tree(md.text);
  merge_text_nodes(tree.root());
  MarkdownPositions positions(md, source);
  for_each_node(tree, [&](cmark_node* node) {
    if (cmark_node_get_type(node) != CMARK_NODE_TEXT) return;
    const std::string_view literal = cmark_node_get_literal(node);
    for (const Directive& d : find_directives(literal)) {
      ResolvedDirective r = resolve_directive(d, plan);
      if (r.error.empty()) continue;
      // cmark's positions are in bytes of md.text; for Markdown inside YAML
      // (folded, indented) only the file's text tells the real line and column.
      const size_t at =
          positions.offset(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
      diags.error(md.path, positions.at(at + d.offset), r.error, r.hint);
    }
  });
}

}  // namespace

void check_directives(const Plan& plan, Diagnostics& diags, const SourceTexts* sources) {
  // An indicator's assessment note is copied to each of its series: check each text once.
  std::set<std::tuple<std::string, int, std::string>> seen;
  for_each_markdown(plan, [&](const MarkdownText& md) {
    if (md.text.empty() || !seen.emplace(md.path, md.first_line, md.text).second) return;
    std::string_view source;
    if (sources)
      if (auto it = sources->find(md.path); it != sources->end()) source = it->second;
    check_text(md, plan, diags, source);
  });
}

}  // namespace overblik
