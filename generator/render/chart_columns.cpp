// Columns: 1 or 2 periods, at most 6 series; columns grouped by period.
#include <algorithm>
#include <cmath>

#include "render/chart_draw.hpp"

namespace overblik::chart {

namespace {

std::vector<double> column_ticks(const Doc& d, const std::vector<Reference>& refs) {
  double lo = 0, hi = 0;  // columns start at zero
  for (const Series& s : d.ind.series)
    for (const DataPoint& p : s.points)
      if (p.value) lo = std::min(lo, p.value->value), hi = std::max(hi, p.value->value);
  return value_ticks(d, lo, hi, refs);
}

const DataPoint* point_at(const Series& s, const Period& p) {
  for (const DataPoint& q : s.points)
    if (q.period == p) return &q;
  return nullptr;
}

/// A legend entry: a series (its fill) or a reference (its line), with its text.
struct LegendItem {
  double x, y;
  size_t series;
  const Reference* ref;
  std::string text;
};

/// The legend, flowed into rows below the unit label: the series when the
/// chart names them, then the baselines and targets (columns leave no calm
/// place for labels on the reference lines themselves).
std::vector<LegendItem> legend_layout(const Doc& d, const std::vector<Reference>& refs) {
  std::vector<LegendItem> out;
  if (names_series(d.ind))
    for (size_t i = 0; i < d.ind.series.size(); ++i)
      out.push_back({0, 0, i, nullptr, fit(d.ind.series[i].name, d.width - 40)});
  for (const Reference& r : refs) out.push_back({0, 0, 0, &r, fit(r.label, d.width - 52)});
  double x = 4, y = 44;
  for (LegendItem& it : out) {
    const double w = (it.ref ? 34 : 22) + text_width(it.text);
    if (x > 4 && x + w > d.width - 4) x = 4, y += kLine + 4;
    it.x = x, it.y = y;
    x += w + 20;
  }
  return out;
}

void legend(Doc& d, const std::vector<LegendItem>& items) {
  for (const LegendItem& it : items) {
    if (it.ref) {
      d.add("<g class=\"legend-item\">\n");
      reference_swatch(d, *it.ref, it.x, it.y - 5, 28);
      text(d, it.x + 34, it.y, it.text, "start", "label");
    } else {
      d.add(
          "<g class=\"legend-item series-{}\">\n<rect x=\"{}\" y=\"{}\" width=\"16\" height=\"14\" "
          "fill=\"{}\" "
          "stroke=\"{}\" stroke-width=\"1.5\"/>\n",
          it.series + 1, num(it.x), num(it.y - 12), column_fill(d, it.series),
          look(it.series).colour);
      text(d, it.x + 22, it.y, it.text, "start", "label");
    }
    d.add("</g>\n");
  }
}

struct Slot {
  double x, w;  ///< left edge and width of one column
};

void no_data(Doc& d, const Slot& s, double zero) {
  const std::string t = d.l.get("no_data");
  const double w = text_width(t), cx = s.x + s.w / 2;
  if (w <= s.w + 4) {
    text(d, cx, zero - 8, t, "middle", "no-data");
    return;
  }
  // Too narrow to write across: written upwards from the zero line.
  d.add(
      "<text class=\"no-data\" x=\"{0}\" y=\"{1}\" transform=\"rotate(-90 {0} {1})\" "
      "fill=\"#1a1a1a\">{2}</text>\n",
      num(cx + 5), num(zero - 8), esc(t));
}

void column(Doc& d, size_t i, const DataPoint& p, const Slot& s, const LinearScale& y) {
  const double v = p.value->value, top = std::min(y(0), y(v)), h = std::abs(y(v) - y(0));
  std::string tip =
      d.l.period(p.period) + ": " + d.value(v) + (d.ind.unit.empty() ? "" : " " + d.ind.unit);
  if (names_series(d.ind)) tip = d.ind.series[i].name + ", " + tip;
  d.add(
      "<rect class=\"column\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" "
      "stroke=\"{}\" stroke-width=\"1.5\">"
      "<title>{}</title></rect>\n",
      num(s.x), num(top), num(s.w), num(h), column_fill(d, i), look(i).colour, esc(tip));
  const double ly = v >= 0 ? y(v) - 7 : y(v) + 0.78 * kText + 6;
  text(d, s.x + s.w / 2, ly, d.value(v), "middle", "value-label", true);
}

void period_labels(Doc& d, const std::vector<Period>& periods, const Frame& f, double gw) {
  d.add("<g class=\"axis axis-x\">\n");
  for (size_t g = 0; g < periods.size(); ++g) {
    const std::string t = d.l.period(periods[g]);
    const double cx = f.left + gw * (static_cast<double>(g) + 0.5);
    const size_t sp = t.rfind(' ');
    if (periods[g].kind == Period::Kind::year || sp == std::string::npos ||
        text_width(t) < gw - 16) {
      text(d, cx, f.bottom + 22, t, "middle", "tick");
    } else {
      text(d, cx, f.bottom + 22, t.substr(0, sp), "middle", "tick");
      text(d, cx, f.bottom + 22 + kLine, t.substr(sp + 1), "middle", "tick");
    }
  }
  d.add("</g>\n");
}

}  // namespace

std::string column_chart(Doc& d) {
  const auto periods = all_periods(d.ind);
  const auto refs = references(d);
  const auto ticks = column_ticks(d, refs);
  const auto items = legend_layout(d, refs);
  const double top = items.empty() ? 40 : items.back().y + 22;
  const Frame f{tick_label_width(d, ticks) + 16, top, d.width - 16, d.height - 32};
  const LinearScale y{ticks.front(), ticks.back(), f.bottom, f.top};
  const size_t n = d.ind.series.size();
  const double gw = (f.right - f.left) / static_cast<double>(periods.size());
  const double bw = std::min(80.0, gw * 0.7 / static_cast<double>(n));
  const double gap = n > 1 ? std::min(8.0, bw * 0.2) : 0;

  open_svg(d, "columns", d.height);
  defs(d, n, std::any_of(refs.begin(), refs.end(), [](auto& r) { return r.band; }));
  unit_label(d, d.ind.unit);
  legend(d, items);
  value_grid(d, f, y, ticks);
  period_labels(d, periods, f, gw);
  for (size_t g = 0; g < periods.size(); ++g) {
    const double inner = bw * static_cast<double>(n) + gap * static_cast<double>(n - 1);
    const double x0 = f.left + gw * static_cast<double>(g) + (gw - inner) / 2;
    for (size_t i = 0; i < n; ++i) {
      const Slot s{x0 + (bw + gap) * static_cast<double>(i), bw};
      const DataPoint* p = point_at(d.ind.series[i], periods[g]);
      d.add("<g class=\"series series-{}\">\n", i + 1);
      if (p && p->value)
        column(d, i, *p, s, y);
      else
        no_data(d, s, y(std::clamp(0.0, ticks.front(), ticks.back())));
      d.add("</g>\n");
    }
  }
  reference_shapes(d, refs, y, f.left, f.right);
  close_svg(d);
  return d.out;
}

}  // namespace overblik::chart
