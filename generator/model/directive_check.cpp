#include <optional>
#include <set>
#include <tuple>

#include "model/directives.hpp"
#include "model/markdown_check.hpp"
#include "support/text.hpp"

namespace overblik {

namespace {

/// The directives check_markdown found in the text, resolved against the plan:
/// no second parse. Their offsets are in bytes of md.text; for Markdown inside
/// YAML (folded, indented) only the file's text tells the real line and column.
void check_text(const MarkdownText& md, const Plan& plan, Diagnostics& diags,
                std::string_view source) {
  std::optional<MarkdownPositions> positions;
  for (const Directive& d : md.directives) {
    ResolvedDirective r = resolve_directive(d, plan);
    if (r.error.empty()) continue;
    if (!positions) positions.emplace(md, source);
    diags.error(md.path, positions->at(d.offset), r.error, r.hint);
  }
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
