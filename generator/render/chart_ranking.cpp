// The ranking: more than 6 series, one horizontal bar per series at its
// newest value, largest first.
#include <algorithm>
#include <cmath>

#include "model/assessment.hpp"
#include "render/chart_draw.hpp"
#include "support/text.hpp"

namespace overblik::chart {

namespace {

constexpr double kBar = 16;  ///< bar thickness

struct Row {
  size_t series;
  std::optional<DataPoint> latest;
};

/// Rows by newest value, largest first; ties by name; series without data last, by name.
std::vector<Row> ranked(const Indicator& ind) {
  std::vector<Row> rows;
  for (size_t i = 0; i < ind.series.size(); ++i) rows.push_back({i, latest_value(ind.series[i])});
  std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
    if (a.latest.has_value() != b.latest.has_value()) return a.latest.has_value();
    if (a.latest && a.latest->value->value != b.latest->value->value)
      return a.latest->value->value > b.latest->value->value;
    return danish_compare(ind.series[a.series].name, ind.series[b.series].name) < 0;
  });
  return rows;
}

std::optional<Period> newest(const std::vector<Row>& rows) {
  std::optional<Period> out;
  for (const Row& r : rows)
    if (r.latest && (!out || *out < r.latest->period)) out = r.latest->period;
  return out;
}

/// The text after a bar: the value, with its period when older than the newest.
std::string value_text(const Doc& d, const Row& r, const std::optional<Period>& last) {
  if (!r.latest) return d.l.get("no_data");
  std::string t = d.value(r.latest->value->value);
  if (last && !(r.latest->period == *last)) t += " (" + d.l.period(r.latest->period) + ")";
  return t;
}

struct Layout {
  Frame f;
  LinearScale x;
  std::vector<double> ticks;
  double height;
  bool stacked;  ///< names above the bars (narrow charts, long names), else beside them
  double pitch;  ///< row height
  double bar_centre(size_t row) const {
    return f.top + pitch * static_cast<double>(row) + (stacked ? 34 : pitch / 2);
  }
};

/// The widest name beside a bar.
double name_max(const Doc& d) {
  return std::min(190.0, d.width * 0.34);
}

Layout layout(const Doc& d, const std::vector<Row>& rows, const std::vector<Reference>& shared,
              const std::optional<Period>& last, double header) {
  double lo = 0, hi = 0, name_w = 0, pos_w = 0, neg_w = 0;
  for (const Row& r : rows) {
    name_w = std::max(name_w, text_width(d.ind.series[r.series].name));
    const double w = text_width(value_text(d, r, last)) + 8;
    if (r.latest && r.latest->value->value < 0)
      neg_w = std::max(neg_w, w);
    else
      pos_w = std::max(pos_w, w);
    if (r.latest)
      lo = std::min(lo, r.latest->value->value), hi = std::max(hi, r.latest->value->value);
  }
  Layout g;
  g.stacked = d.width < 480 || name_w > name_max(d);
  g.pitch = g.stacked ? 48 : 26;
  g.ticks = value_ticks(d, lo, hi, shared);
  const double top = 36 + header;
  g.f = {g.stacked ? 4 : 4 + name_w + 12, top, d.width - 4 - pos_w,
         top + g.pitch * static_cast<double>(rows.size())};
  g.x = {g.ticks.front(), g.ticks.back(), g.f.left + neg_w, g.f.right};
  g.height = g.f.bottom + 34;
  return g;
}

void grid(Doc& d, const Layout& g, size_t rows) {
  d.add("<g class=\"axis axis-x\">\n");
  for (double t : g.ticks) {
    const bool zero = t == 0;
    // With names above the bars the zero line runs beside each bar only, not through the names.
    std::vector<std::pair<double, double>> spans = {{g.f.top - 4, g.f.bottom + 4}};
    if (zero && g.stacked) {
      spans.clear();
      for (size_t k = 0; k < rows; ++k)
        spans.push_back({g.bar_centre(k) - kBar / 2 - 3, g.bar_centre(k) + kBar / 2 + 3});
    }
    for (auto [y1, y2] : spans)
      d.add(
          "<line class=\"{}\" x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{}\" "
          "stroke-width=\"{}\"/>\n",
          zero ? "grid grid-zero" : "grid", num(g.x(t)), num(g.x(t)), num(y1), num(y2),
          zero ? "#333" : "#d9d9d9", zero ? "1.5" : "1");
    text(d, g.x(t), g.f.bottom + 22, tick_text(d, t, g.ticks), "middle", "tick");
  }
  d.add("</g>\n");
}

void bar(Doc& d, const Row& r, size_t k, const Layout& g, const std::optional<Period>& last) {
  const std::string& name = d.ind.series[r.series].name;
  const std::string t = value_text(d, r, last);
  const double cy = g.bar_centre(k);
  d.add("<g class=\"row\">\n");
  if (g.stacked)
    text(d, 4, cy - 13, fit(name, d.width - 8), "start", "label", true);
  else
    text(d, g.f.left - 10, cy + 5, name, "end", "label");
  if (!r.latest) {
    d.add(
        "<text class=\"no-data\" x=\"{}\" y=\"{}\" fill=\"#1a1a1a\" "
        "font-style=\"italic\">{}</text>\n",
        num(g.x(0) + 6), num(cy + 5), esc(t));
  } else {
    const double v = r.latest->value->value, x0 = std::min(g.x(0), g.x(v));
    std::string tip = name + ", " + d.l.period(r.latest->period) + ": " + d.value(v);
    if (!d.ind.unit.empty()) tip += " " + d.ind.unit;
    d.add(
        "<rect class=\"bar series-1\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" "
        "fill=\"{}\"><title>{}</title></rect>\n",
        num(x0), num(cy - kBar / 2), num(std::abs(g.x(v) - g.x(0))), num(kBar), look(0).colour,
        esc(tip));
    if (v < 0)
      text(d, g.x(v) - 6, cy + 5, t, "end", "value-label", true);
    else
      text(d, g.x(v) + 6, cy + 5, t, "start", "value-label", true);
  }
  d.add("</g>\n");
}

/// A mark across one row at a series' own baseline or target.
void row_mark(Doc& d, const Reference& r, double cy, const LinearScale& x) {
  const double half = kBar / 2 + 4;
  const char* cls = r.target ? "reference reference-target" : "reference reference-baseline";
  for (double v : r.band ? std::vector<double>{r.low, r.high} : std::vector<double>{r.low})
    d.add(
        "<line class=\"{}\" x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{}\" "
        "stroke-width=\"2\" stroke-dasharray=\"3 2\"/>\n",
        cls, num(x(v)), num(x(v)), num(cy - half), num(cy + half),
        r.target ? "#1a1a1a" : "#595959");
}

void shared_line(Doc& d, const Reference& r, const Layout& g) {
  const char* cls = r.target ? "reference reference-target" : "reference reference-baseline";
  const char* stroke = r.target ? "#1a1a1a" : "#595959";
  if (r.band)
    d.add(
        "<rect class=\"{} reference-band\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" "
        "fill=\"url(#{}-hatch)\" opacity=\"0.8\"/>\n",
        cls, num(g.x(r.low)), num(g.f.top - 4), num(g.x(r.high) - g.x(r.low)),
        num(g.f.bottom - g.f.top + 8), esc(d.id));
  for (double v : r.band ? std::vector<double>{r.low, r.high} : std::vector<double>{r.low})
    d.add(
        "<line class=\"{}\" x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{}\" "
        "stroke-width=\"1.5\" stroke-dasharray=\"{}\"/>\n",
        cls, num(g.x(v)), num(g.x(v)), num(g.f.top - 4), num(g.f.bottom + 4), stroke,
        r.target ? "7 4" : "3 3");
}

/// The marks of series' own baselines and targets, when they differ between series.
void own_marks(Doc& d, const Row& row, double cy, const Layout& g, bool baselines, bool targets) {
  const Series& s = d.ind.series[row.series];
  if (baselines && s.baseline)
    row_mark(d, {false, false, s.baseline->value.value, s.baseline->value.value, {}}, cy, g.x);
  if (targets && s.target)
    row_mark(d, {true, s.target->range, s.target->low.value, s.target->high.value, {}}, cy, g.x);
}

}  // namespace

std::string ranking_chart(Doc& d) {
  const auto rows = ranked(d.ind);
  const auto last = newest(rows);
  const auto refs = references(d);
  // A baseline or target shared by all series is a line across the bars,
  // labelled above it; when they differ, each row gets a mark and a header
  // line says what the marks mean.
  auto own = [&](bool target) {
    return std::count_if(refs.begin(), refs.end(), [&](auto& r) { return r.target == target; }) > 1;
  };
  std::vector<Reference> shared;
  for (const Reference& r : refs)
    if (!own(r.target)) shared.push_back(r);
  std::vector<std::string> legend;
  for (bool target : {false, true})
    if (own(target))
      legend.push_back(d.l.get(target ? "chart_target_marks" : "chart_baseline_marks"));

  const double header = kLine * static_cast<double>(legend.size() + shared.size());
  const Layout g = layout(d, rows, shared, last, header);
  open_svg(d, "ranking", g.height);
  if (std::any_of(shared.begin(), shared.end(), [](auto& r) { return r.band; })) defs(d, 0, true);
  if (last)
    unit_label(d, d.ind.unit.empty()
                      ? d.l.period(*last)
                      : d.l.fill("chart_ranking_unit",
                                 {{"unit", d.ind.unit}, {"period", d.l.period(*last)}}));
  double hy = 20;
  for (const std::string& t : legend) text(d, 4, hy += kLine, t, "start", "reference-label");
  grid(d, g, rows.size());
  for (const Reference& r : shared) shared_line(d, r, g);
  for (size_t k = 0; k < rows.size(); ++k) {
    bar(d, rows[k], k, g, last);
    own_marks(d, rows[k], g.bar_centre(k), g, own(false), own(true));
  }
  for (const Reference& r : shared) {
    const double x = g.x(r.band ? (r.low + r.high) / 2 : r.low), w = text_width(r.label);
    text(d, std::clamp(x, g.f.left + w / 2, d.width - 4 - w / 2), hy += kLine, r.label, "middle",
         r.target ? "reference-label reference-target" : "reference-label reference-baseline",
         true);
  }
  close_svg(d);
  return d.out;
}

}  // namespace overblik::chart
