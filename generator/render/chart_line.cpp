// The line chart: 3 or more periods, at most 6 series.
#include <algorithm>
#include <cmath>

#include "model/assessment.hpp"
#include "render/chart_draw.hpp"

namespace overblik::chart {

namespace {

constexpr double kPad = 14;     ///< between the plot edge and the first and last period
constexpr double kSwatch = 30;  ///< the dash-and-marker sample before a direct label

struct Pt {
  double x, y;
  const DataPoint* p;
};
using Segment = std::vector<Pt>;

double days(const Period& p) {
  return static_cast<double>(p.start().days());
}
double days(int year) {
  return static_cast<double>(Date{year, 1, 1}.days());
}

/// The runs of consecutive non-null values: a null ends a run, so a line never
/// bridges missing data.
std::vector<Segment> segments(const Series& s, const LinearScale& x, const LinearScale& y) {
  std::vector<Segment> out;
  Segment run;
  for (const DataPoint& p : s.points) {
    if (p.value) {
      run.push_back({x(days(p.period)), y(p.value->value), &p});
    } else if (!run.empty()) {
      out.push_back(std::move(run));
      run.clear();
    }
  }
  if (!run.empty()) out.push_back(std::move(run));
  return out;
}

std::vector<double> line_ticks(const Doc& d, const std::vector<Reference>& refs) {
  double lo = INFINITY, hi = -INFINITY;
  for (const Series& s : d.ind.series)
    for (const DataPoint& p : s.points)
      if (p.value) lo = std::min(lo, p.value->value), hi = std::max(hi, p.value->value);
  return value_ticks(d, lo, hi, refs);
}

/// The widest line of a direct label.
double label_max(const Doc& d) {
  return std::min(168.0, d.width * 0.28);
}

/// A direct label's lines: the name, split at a space when it is too wide.
std::vector<std::string> label_lines(const Doc& d, const std::string& name) {
  const double max = label_max(d);
  if (text_width(name) <= max) return {name};
  // Split at the space nearest the middle.
  const double mid = static_cast<double>(name.size()) / 2;
  size_t best = std::string::npos;
  for (size_t i = name.find(' '); i != std::string::npos; i = name.find(' ', i + 1))
    if (best == std::string::npos ||
        std::abs(static_cast<double>(i) - mid) < std::abs(static_cast<double>(best) - mid))
      best = i;
  if (best == std::string::npos) return {fit(name, max)};
  return {fit(name.substr(0, best), max), fit(name.substr(best + 1), max)};
}

double gutter(const Doc& d) {
  if (!names_series(d.ind)) return 16;
  double w = 0;
  for (const Series& s : d.ind.series)
    for (const std::string& line : label_lines(d, s.name)) w = std::max(w, text_width(line));
  return 10 + kSwatch + 6 + w + 4;
}

struct XLabel {
  double x;
  std::vector<std::string> lines;
};

/// Period labels, or year labels for sub-year data over several years; thinned
/// from the newest backwards so that none overlap and the newest always shows.
std::vector<XLabel> x_labels(const Doc& d, const std::vector<Period>& periods,
                             const LinearScale& x) {
  std::vector<XLabel> all;
  const bool years = std::all_of(periods.begin(), periods.end(),
                                 [](auto& p) { return p.kind == Period::Kind::year; });
  if (!years && periods.back().year - periods.front().year >= 2) {
    for (int y = periods.front().year; y <= periods.back().year; ++y)
      if (days(y) >= days(periods.front())) all.push_back({x(days(y)), {std::to_string(y)}});
  } else {
    for (const Period& p : periods) {
      std::string t = d.l.period(p);
      const size_t sp = t.rfind(' ');
      if (!all.empty() && all.back().x == x(days(p))) continue;
      if (p.kind == Period::Kind::year || sp == std::string::npos)
        all.push_back({x(days(p)), {t}});
      else
        all.push_back({x(days(p)), {t.substr(0, sp), t.substr(sp + 1)}});
    }
  }
  auto half = [](const XLabel& l) {
    double w = 0;
    for (auto& s : l.lines) w = std::max(w, text_width(s));
    return w / 2;
  };
  std::vector<XLabel> kept;
  for (auto it = all.rbegin(); it != all.rend(); ++it)
    if (kept.empty() || it->x + half(*it) + 12 <= kept.back().x - half(kept.back()))
      kept.push_back(*it);
  std::reverse(kept.begin(), kept.end());
  return kept;
}

void time_axis(Doc& d, const Frame& f, const LinearScale& x, const std::vector<Period>& periods,
               const std::vector<XLabel>& labels) {
  d.add("<g class=\"axis axis-x\">\n");
  for (const Period& p : periods)
    d.add(
        "<line class=\"tick-mark\" x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#767676\" "
        "stroke-width=\"1\"/>\n",
        num(x(days(p))), num(f.bottom), num(f.bottom + 5));
  for (const XLabel& l : labels)
    for (size_t i = 0; i < l.lines.size(); ++i)
      text(d, std::clamp(l.x, text_width(l.lines[i]) / 2, d.width - text_width(l.lines[i]) / 2),
           f.bottom + 22 + kLine * static_cast<double>(i), l.lines[i], "middle", "tick");
  d.add("</g>\n");
}

std::string tip(const Doc& d, const Series& s, const DataPoint& p) {
  std::string t = d.l.period(p.period) + ": " + d.value(p.value->value);
  if (!d.ind.unit.empty()) t += " " + d.ind.unit;
  return names_series(d.ind) ? s.name + ", " + t : t;
}

void draw_series(Doc& d, size_t i, const std::vector<Segment>& segs, std::vector<Box>& obstacles) {
  const Series& s = d.ind.series[i];
  const Look lk = look(i);
  d.add("<g class=\"series series-{}\">\n<path class=\"series-line\" d=\"", i + 1);
  for (const Segment& seg : segs)
    for (size_t k = 0; k < seg.size(); ++k)
      d.add("{}{} {}", k == 0 ? "M" : "L", num(seg[k].x), num(seg[k].y));
  d.add("\" fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"", lk.colour);
  if (*lk.dash) d.add(" stroke-dasharray=\"{}\"", lk.dash);
  d.add("/>\n");
  const bool all_markers = s.points.size() <= 30;
  for (const Segment& seg : segs)
    for (size_t k = 0; k < seg.size(); ++k)
      if (all_markers || k == 0 || k + 1 == seg.size()) {
        marker(d, lk.marker, seg[k].x, seg[k].y, lk.colour, tip(d, s, *seg[k].p));
        obstacles.push_back({seg[k].x - 7, seg[k].y - 7, seg[k].x + 7, seg[k].y + 7});
      }
  for (const Segment& seg : segs)
    for (size_t k = 1; k < seg.size(); ++k) {
      const double dx = seg[k].x - seg[k - 1].x, dy = seg[k].y - seg[k - 1].y;
      const int n = static_cast<int>(std::ceil(std::hypot(dx, dy) / 4));
      for (int j = 1; j < n; ++j) {
        const double px = seg[k - 1].x + dx * j / n, py = seg[k - 1].y + dy * j / n;
        obstacles.push_back({px - 2.5, py - 2.5, px + 2.5, py + 2.5});
      }
    }
  d.add("</g>\n");
}

/// The first and newest value of a single series, written beside their markers.
void value_labels(Doc& d, const std::vector<Segment>& segs, const Frame& f,
                  std::vector<Box>& obstacles) {
  if (segs.empty()) return;
  std::vector<Pt> ends = {segs.front().front()};
  if (segs.size() > 1 || segs.front().size() > 1) ends.push_back(segs.back().back());
  for (const Pt& p : ends) {
    const std::string t = d.value(p.p->value->value);
    const double w = text_width(t);
    const double x = std::clamp(p.x, f.left + w / 2, f.right - w / 2);
    Box best{};
    for (double y : {p.y - 11, p.y + 0.78 * kText + 9}) {
      best = text_box(x, y, t, "middle");
      const bool inside = best.y0 >= f.top - 6 && best.y1 <= f.bottom;
      if (inside && std::none_of(obstacles.begin(), obstacles.end(),
                                 [&](const Box& o) { return o.hits(best); }))
        break;
    }
    text(d, x, best.y1 - 0.24 * kText, t, "middle", "value-label", true);
    obstacles.push_back(best);
  }
}

/// The name written right after the end of a line that stops before the
/// newest period, when there is room: nearer than a label in the margin.
bool label_at_end(Doc& d, size_t i, const Pt& end, const Frame& f, std::vector<Box>& obstacles) {
  const auto lines = label_lines(d, d.ind.series[i].name);
  if (lines.size() != 1 || end.x >= f.right - kPad - 1) return false;
  const Box b = text_box(end.x + 10, end.y + 5, lines[0], "start");
  if (b.x1 > f.right ||
      std::any_of(obstacles.begin(), obstacles.end(), [&](const Box& o) { return o.hits(b); }))
    return false;
  d.add("<g class=\"series-label series-{}\">\n", i + 1);
  text(d, end.x + 10, end.y + 5, lines[0], "start", "label", true);
  d.add("</g>\n");
  obstacles.push_back(b);
  return true;
}

/// A sample of series i's line: its dash and marker, from x to x + kSwatch - 4.
void swatch(Doc& d, size_t i, double x, double y) {
  const Look lk = look(i);
  d.add("<line x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"2.5\"", num(x),
        num(x + kSwatch - 4), num(y), num(y), lk.colour);
  if (*lk.dash) d.add(" stroke-dasharray=\"{}\"", lk.dash);
  d.add("/>\n");
  marker(d, lk.marker, x + (kSwatch - 4) / 2, y, lk.colour);
}

/// Series names in the right margin at the height of each line's newest value,
/// with a sample of the line's dash and marker, pushed apart so none overlap.
void direct_labels(Doc& d, const std::vector<std::vector<Segment>>& segs, const Frame& f,
                   std::vector<Box>& obstacles) {
  std::vector<size_t> order;
  for (size_t i = 0; i < segs.size(); ++i)
    if (!segs[i].empty() && !label_at_end(d, i, segs[i].back().back(), f, obstacles))
      order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return segs[a].back().back().y < segs[b].back().back().y;
  });
  std::vector<double> ys,
      hs;  // centres and heights of the labels; the first line at the line's end
  for (size_t i : order) {
    const double n = static_cast<double>(label_lines(d, d.ind.series[i].name).size());
    ys.push_back(segs[i].back().back().y + kLine * (n - 1) / 2);
    hs.push_back(kLine * n + 2);
  }
  spread(ys, hs, f.top - 12, d.height - 4);
  const double gx = f.right + 10;
  for (size_t k = 0; k < order.size(); ++k) {
    const size_t i = order[k];
    const auto lines = label_lines(d, d.ind.series[i].name);
    const double top = ys[k] - kLine * static_cast<double>(lines.size() - 1) / 2;
    d.add("<g class=\"series-label series-{}\">\n", i + 1);
    swatch(d, i, gx, top);
    for (size_t j = 0; j < lines.size(); ++j)
      text(d, gx + kSwatch + 6, top + 5 + kLine * static_cast<double>(j), lines[j], "start",
           "label");
    d.add("</g>\n");
  }
}

/// Whether every name fits beside the plot, whole, leaving the plot most of the width.
bool direct_labels_fit(const Doc& d) {
  for (const Series& s : d.ind.series) {
    std::string joined;
    for (const std::string& line : label_lines(d, s.name))
      joined += (joined.empty() ? "" : " ") + line;
    if (joined != s.name) return false;
  }
  return gutter(d) <= d.width * 0.4;
}

struct LegendItem {
  double x;
  int row;
};

/// The fallback when names do not fit beside the plot: a legend under it.
std::vector<LegendItem> legend_layout(const Doc& d) {
  std::vector<LegendItem> out;
  double x = 4;
  int row = 0;
  for (const Series& s : d.ind.series) {
    const double w = kSwatch + 6 + text_width(fit(s.name, d.width - kSwatch - 14));
    if (x > 4 && x + w > d.width - 4) x = 4, ++row;
    out.push_back({x, row});
    x += w + 20;
  }
  return out;
}

constexpr double kLegendRow = kLine + 4;

void legend(Doc& d, const std::vector<LegendItem>& items, double top) {
  for (size_t i = 0; i < items.size(); ++i) {
    const double y = top + kLegendRow * items[i].row;
    d.add("<g class=\"legend-item series-{}\">\n", i + 1);
    swatch(d, i, items[i].x, y - 5);
    text(d, items[i].x + kSwatch + 6, y, fit(d.ind.series[i].name, d.width - kSwatch - 14), "start",
         "label");
    d.add("</g>\n");
  }
}

}  // namespace

std::string line_chart(Doc& d) {
  const auto periods = all_periods(d.ind);
  const auto refs = references(d);
  const auto ticks = line_ticks(d, refs);
  const bool direct = names_series(d.ind) && direct_labels_fit(d);
  const auto items = names_series(d.ind) && !direct ? legend_layout(d) : std::vector<LegendItem>{};
  const double base = d.height;  // the chart without a legend
  if (!items.empty()) d.height += kLegendRow * (items.back().row + 1) + 10;
  const LinearScale x0{days(periods.front()), days(periods.back()), 0, 1};
  Frame f{tick_label_width(d, ticks) + 16, 40, d.width - (direct ? gutter(d) : 16), base - 32};
  LinearScale x{x0.d0, x0.d1, f.left + kPad, f.right - kPad};
  const auto xl = x_labels(d, periods, x);
  if (std::any_of(xl.begin(), xl.end(), [](auto& l) { return l.lines.size() > 1; }))
    f.bottom -= kLine;
  const LinearScale y{ticks.front(), ticks.back(), f.bottom, f.top};

  open_svg(d, "line", d.height);
  if (std::any_of(refs.begin(), refs.end(), [](auto& r) { return r.band; })) defs(d, 0, true);
  unit_label(d, d.ind.unit);
  value_grid(d, f, y, ticks);
  time_axis(d, f, x, periods, xl);
  reference_shapes(d, refs, y, f.left, f.right);

  std::vector<std::vector<Segment>> segs;
  for (const Series& s : d.ind.series) segs.push_back(segments(s, x, y));
  std::vector<Box> obstacles;
  for (const Reference& r : refs)
    for (double v : {r.low, r.high}) obstacles.push_back({f.left, y(v) - 2, f.right, y(v) + 2});
  for (size_t i = segs.size(); i-- > 0;) draw_series(d, i, segs[i], obstacles);
  if (!names_series(d.ind)) value_labels(d, segs[0], f, obstacles);
  reference_labels(d, refs, y, f, obstacles);
  if (direct) direct_labels(d, segs, f, obstacles);
  legend(d, items, base + 14);
  close_svg(d);
  return d.out;
}

}  // namespace overblik::chart
