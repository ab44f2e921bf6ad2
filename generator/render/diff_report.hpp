#pragma once
#include <string>

#include "diff/plan_diff.hpp"
#include "render/labels.hpp"

namespace overblik {

enum class DiffFormat { text, markdown, json };

/// The report of `overblik diff`, in the interface language (text, Markdown)
/// or as JSON with the content format's keys and values.
std::string diff_report(const PlanDiff& d, const Labels& l, DiffFormat format);

}  // namespace overblik
