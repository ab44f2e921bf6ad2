#pragma once
#include <string>

#include "diff/plan_diff.hpp"
#include "render/labels.hpp"

namespace overblik {

enum class DiffFormat { text, markdown, json };

/// The report of `overblik diff`, in the interface language (text, Markdown)
/// or as JSON with the content format's keys and values.
///
/// Text and Markdown have one section per kind of change, in PlanDiff's order,
/// separated by a blank line; an empty diff is one line (`diff_none`). Dates,
/// periods and numbers are written as on the site ("1. november 2025",
/// "1. halvår 2024", "3,8"). In Markdown every value from the content is
/// escaped, so a title or a Danish date ("1. maj") is never read as syntax.
std::string diff_report(const PlanDiff& d, const Labels& l, DiffFormat format);

}  // namespace overblik
