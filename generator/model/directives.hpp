#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/plan.hpp"
#include "support/diagnostic.hpp"

namespace overblik {

/// Every directive with a known name in `text`; anything else that looks
/// similar (":foo[x]", "a:count" inside a word) stays text and is not returned.
std::vector<Directive> find_directives(std::string_view text);

/// Checks every directive in every Markdown field of the plan against its
/// data: unknown kinds, indicators, series, periods, themes, statuses and
/// attributes are errors at their file and line, with did-you-mean hints.
/// `sources` (the files' texts by diagnostic path) places directives written
/// in YAML Markdown (intro, update texts, …) at their exact line and column;
/// without it they are placed by the text's first line.
void check_directives(const Plan& plan, Diagnostics& diags, const SourceTexts* sources = nullptr);

/// Calls fn(text, field) for every Markdown field of the plan.
void for_each_markdown(const Plan& plan, const std::function<void(const MarkdownText&)>& fn);

}  // namespace overblik

namespace overblik {

/// What a directive stands for, worked out from the plan; `error` (with a
/// hint) when it refers to something that does not exist.
struct ResolvedDirective {
  std::string error, hint;
  long long count = 0;  ///< :count
  const Indicator* indicator = nullptr;
  const Series* series = nullptr;
  std::optional<DataPoint> point;     ///< :value (its value may be "no data")
  std::optional<DataPoint> from, to;  ///< :change
};

ResolvedDirective resolve_directive(const Directive& d, const Plan& plan);

}  // namespace overblik
