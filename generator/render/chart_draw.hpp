#pragma once
// Internal to the chart module (chart*.cpp): drawing primitives shared by the
// line, column and ranking charts. Not a public interface.
#include <fmt/format.h>

#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/plan.hpp"
#include "render/chart.hpp"
#include "render/labels.hpp"

namespace overblik::chart {

inline constexpr double kText = 15;  ///< every label and tick
inline constexpr double kLine = 19;  ///< line height of labels

/// XML-escapes & < > " ' for text and attribute values.
std::string esc(std::string_view text);
/// A coordinate with one decimal ("12.5", never "-0.0").
std::string num(double v);
/// Estimated advance width of text in a common sans-serif (erring wide).
double text_width(std::string_view text, double size = kText);
/// Shortens text to at most `width` (with "…"), whole code points.
std::string fit(std::string_view text, double width, double size = kText);

struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool hits(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};
/// The box of a one-line label whose baseline starts at (x, y) with the anchor.
Box text_box(double x, double y, std::string_view text, std::string_view anchor);

enum class Marker { circle, square, triangle, diamond, triangle_down, cross };

/// How series N (0-based) looks: colour (≥ 4.5:1 on white), dash, marker, fill pattern.
struct Look {
  const char* colour;
  const char* dash;  ///< "" for solid
  Marker marker;
};
Look look(size_t series);

/// The plot area.
struct Frame {
  double left, top, right, bottom;
};

/// One chart being written: the indicator, the words, the id prefix, the SVG text.
struct Doc {
  const Indicator& ind;
  const Labels& l;
  std::string id;
  double width = 640;   ///< viewBox width
  double height = 360;  ///< viewBox height of line and column charts
  std::string out;

  template <typename... A>
  void add(fmt::format_string<A...> f, A&&... a) {
    fmt::format_to(std::back_inserter(out), f, std::forward<A>(a)...);
  }
  /// A value at the indicator's display precision.
  std::string value(double v) const { return l.number(v, ind.decimals); }
};

/// <svg …> with <title> and <desc>; `kind` becomes the class "chart chart-KIND".
void open_svg(Doc& d, std::string_view kind, double height);
void close_svg(Doc& d);
/// A label; `halo` draws a white outline behind it so it stays legible over lines.
void text(Doc& d, double x, double y, std::string_view s, std::string_view anchor,
          std::string_view cls, bool halo = false);
/// A marker centred at (x, y), optionally with a tooltip.
void marker(Doc& d, Marker m, double x, double y, const char* colour, std::string_view tip = {});
/// <defs> with the range-target hatching and the column fill patterns for `series` series.
void defs(Doc& d, size_t series, bool hatch);
/// The fill of column series N: the colour or a pattern of it.
std::string column_fill(const Doc& d, size_t series);

/// A baseline or target drawn across the plot.
struct Reference {
  bool target = false;
  bool band = false;  ///< a range target
  double low = 0, high = 0;
  std::string label;  ///< "Mål 2022: 600"
};
/// Horizontal grid lines with their tick labels on the left; the zero line darker.
void value_grid(Doc& d, const Frame& f, const LinearScale& y, const std::vector<double>& ticks);
/// The unit above the value axis, at the top left.
void unit_label(Doc& d, std::string_view text);
/// Minimum tick step for the indicator's precision (1 for whole numbers).
double min_step(const Indicator& ind);
/// Ticks for values in [lo, hi] and the references, with room beyond a
/// reference that would otherwise lie on the plot's edge.
std::vector<double> value_ticks(const Doc& d, double lo, double hi,
                                const std::vector<Reference>& refs);
/// Width needed left of the plot for the tick labels.
double tick_label_width(const Doc& d, const std::vector<double>& ticks);
std::string tick_text(const Doc& d, double v, const std::vector<double>& ticks);

/// The distinct baselines and targets of the series (named after their series
/// when they differ between series).
std::vector<Reference> references(const Doc& d);
/// Draws the lines and bands (not their labels) across [x0, x1].
void reference_shapes(Doc& d, const std::vector<Reference>& refs, const LinearScale& y, double x0,
                      double x1);
/// Places and draws the reference labels where they hit no obstacle (nor each other).
void reference_labels(Doc& d, const std::vector<Reference>& refs, const LinearScale& y,
                      const Frame& f, std::vector<Box>& obstacles);
/// A short sample of a reference's line (or band) for a legend, at (x, y) centre-left.
void reference_swatch(Doc& d, const Reference& r, double x, double y, double w);

/// Moves label centres (sorted ascending) apart to at least `gap` within [lo, hi].
void spread(std::vector<double>& ys, const std::vector<double>& heights, double lo, double hi);

/// Distinct periods over all series that have a value or a null, in period order.
std::vector<Period> all_periods(const Indicator& ind);
bool has_any_value(const Indicator& ind);
/// Whether the chart names its series (several, or one not named after the indicator).
bool names_series(const Indicator& ind);

std::string line_chart(Doc& d);
std::string column_chart(Doc& d);
std::string ranking_chart(Doc& d);

}  // namespace overblik::chart
