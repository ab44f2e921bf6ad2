#pragma once
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "render/chart_scale.hpp"
#include "render/labels.hpp"

namespace overblik {

struct ChartOptions {
  /// Unique per page; prefixes every id in the SVG ("ID-title", "ID-desc",
  /// patterns). Empty means "chart".
  std::string id_prefix;
  /// The drawing's width in user units (its viewBox; clamped to 320..1200).
  /// Text is 15 units high at any width, so the width sets how large text
  /// appears on screen: 640 suits screens from about 480 px up; 360 suits
  /// phones (at a 320 px screen the text renders at 12 px or more). A page
  /// can render both and show one per media query.
  double width = 640;
};

/// The chart of an indicator as inline SVG, or "" when no series has a single
/// value: an image of nothing would be an empty axis, so the page says
/// "ingen data" in text instead (indicator_finding gives that sentence).
///
/// - A line chart when the series together have 3 or more periods: periods
///   placed by their start date (uneven years keep uneven gaps), a null value
///   breaks the line and is never drawn, an isolated value keeps its marker.
/// - Columns when they have 1 or 2 periods (grouped by period, a legend when
///   there are several series; columns always start at zero).
/// - More than 6 series: horizontal bars of each series' newest value, sorted
///   by value, largest first, whatever the direction (so the same data look
///   the same on every page; the direction is stated beside the chart), ties
///   by name, series without data last, stated as "ingen data".
///
/// Series are told apart by marker shape, dash pattern (or fill pattern for
/// columns) and a direct label or legend, never by colour alone. Colours are
/// presentation attributes (readable with no CSS, and under a CSP that forbids
/// style attributes); elements carry classes (`series series-N`, `reference
/// reference-target`, `grid`, `axis`, ...) so a stylesheet can restyle them.
/// The SVG is responsive (viewBox, width 100%, no fixed size), has role="img"
/// with a <title> (title and unit) and <desc> (the finding), and holds no
/// script, event handler, external reference or foreignObject. Everything
/// from content is XML-escaped. The output is a pure function of its inputs.
std::string indicator_chart_svg(const Indicator& ind, const Labels& l, const ChartOptions& o);

/// One sentence stating the finding in words, for <desc> and for the page:
/// "Fra 767 i 2017 til 750 i 2019; mål 600 i 2022." Several series give a
/// clause each; more than 6 name the highest and lowest newest values; no
/// values at all give "Ingen data." (with the target, if any).
std::string indicator_finding(const Indicator& ind, const Labels& l);

/// The kind of chart indicator_chart_svg draws.
enum class ChartKind { none, line, columns, ranking };
ChartKind chart_kind(const Indicator& ind);

}  // namespace overblik
