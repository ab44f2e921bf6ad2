// Value axes and reference lines (baseline, target), shared by the charts.
#include <algorithm>
#include <cmath>

#include "render/chart_draw.hpp"

namespace overblik::chart {

double min_step(const Indicator& ind) {
  return std::pow(10.0, -std::clamp(ind.decimals, 0, 4));
}

std::string tick_text(const Doc& d, double v, const std::vector<double>& ticks) {
  return d.l.number(v, tick_decimals(ticks));
}

std::vector<double> value_ticks(const Doc& d, double lo, double hi,
                                const std::vector<Reference>& refs) {
  for (const Reference& r : refs) lo = std::min(lo, r.low), hi = std::max(hi, r.high);
  auto ticks = nice_ticks(lo, hi, 5, min_step(d.ind));
  if (ticks.size() < 2) return ticks;
  // A reference on the plot's edge would merge with the axis or the top grid line.
  const double step = ticks[1] - ticks[0];
  bool grow = false;
  for (const Reference& r : refs)
    for (double v : {r.low, r.high}) {
      if (v == ticks.front() && v != 0) lo = v - step / 2, grow = true;
      if (v == ticks.back() && v != 0) hi = v + step / 2, grow = true;
    }
  return grow ? nice_ticks(lo, hi, 5, min_step(d.ind)) : ticks;
}

double tick_label_width(const Doc& d, const std::vector<double>& ticks) {
  double w = 0;
  for (double t : ticks) w = std::max(w, text_width(tick_text(d, t, ticks)));
  return w;
}

void value_grid(Doc& d, const Frame& f, const LinearScale& y, const std::vector<double>& ticks) {
  d.add("<g class=\"axis axis-y\">\n");
  for (double t : ticks) {
    if (t == 0 && ticks.front() < 0) continue;  // drawn last, over the others
    const bool base = t == ticks.front();
    d.add(
        "<line class=\"{}\" x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{}\" "
        "stroke-width=\"1\"/>\n",
        base ? "grid grid-base" : "grid", num(f.left), num(f.right), num(y(t)), num(y(t)),
        base ? "#767676" : "#d9d9d9");
  }
  for (double t : ticks) text(d, f.left - 8, y(t) + 5, tick_text(d, t, ticks), "end", "tick");
  if (ticks.front() < 0 && ticks.back() >= 0)
    d.add(
        "<line class=\"grid grid-zero\" x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"#333\" "
        "stroke-width=\"1.5\"/>\n",
        num(f.left), num(f.right), num(y(0)), num(y(0)));
  d.add("</g>\n");
}

void unit_label(Doc& d, std::string_view unit) {
  if (!unit.empty()) text(d, 4, 20, fit(unit, d.width - 8), "start", "unit");
}

namespace {

std::string target_value(const Doc& d, const Target& t) {
  if (!t.range) return d.value(t.low.value);
  return d.value(t.low.value) + "–" + d.value(t.high.value);
}

void add_reference(std::vector<Reference>& refs, std::vector<std::string>& names, Reference r,
                   const std::string& name) {
  for (const Reference& o : refs)
    if (o.target == r.target && o.band == r.band && o.low == r.low && o.high == r.high &&
        o.label == r.label)
      return;
  refs.push_back(std::move(r));
  names.push_back(name);
}

}  // namespace

std::vector<Reference> references(const Doc& d) {
  std::vector<Reference> refs;
  std::vector<std::string> names;
  for (const Series& s : d.ind.series) {
    if (s.baseline)
      add_reference(
          refs, names,
          {false, false, s.baseline->value.value, s.baseline->value.value,
           d.l.fill("chart_baseline_label", {{"period", d.l.period(s.baseline->period)},
                                             {"value", d.value(s.baseline->value.value)}})},
          s.name);
    if (s.target)
      add_reference(refs, names,
                    {true, s.target->range, s.target->low.value, s.target->high.value,
                     d.l.fill("chart_target_label", {{"period", d.l.period(s.target->period)},
                                                     {"value", target_value(d, *s.target)}})},
                    s.name);
  }
  // Name the series when a kind of reference differs between series.
  for (bool target : {false, true}) {
    if (std::count_if(refs.begin(), refs.end(), [&](auto& r) { return r.target == target; }) < 2)
      continue;
    for (size_t i = 0; i < refs.size(); ++i)
      if (refs[i].target == target)
        refs[i].label =
            d.l.fill("chart_reference_named", {{"name", names[i]}, {"label", refs[i].label}});
  }
  return refs;
}

void reference_shapes(Doc& d, const std::vector<Reference>& refs, const LinearScale& y, double x0,
                      double x1) {
  for (const Reference& r : refs) {
    const char* cls = r.target ? "reference reference-target" : "reference reference-baseline";
    const char* stroke = r.target ? "#1a1a1a" : "#595959";
    const char* dash = r.target ? "7 4" : "3 3";
    if (r.band)
      d.add(
          "<rect class=\"{} reference-band\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" "
          "fill=\"url(#{}-hatch)\"/>\n",
          cls, num(x0), num(y(r.high)), num(x1 - x0), num(y(r.low) - y(r.high)), esc(d.id));
    for (double v : r.band ? std::vector<double>{r.low, r.high} : std::vector<double>{r.low})
      d.add(
          "<line class=\"{}\" x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{}\" "
          "stroke-width=\"1.5\" "
          "stroke-dasharray=\"{}\"/>\n",
          cls, num(x0), num(x1), num(y(v)), num(y(v)), stroke, dash);
  }
}

namespace {

int hits(const Box& b, const std::vector<Box>& obstacles) {
  return static_cast<int>(
      std::count_if(obstacles.begin(), obstacles.end(), [&](const Box& o) { return b.hits(o); }));
}

struct Spot {
  double x, y;
  const char* anchor;
};

/// Candidate spots for a reference label: above the line, then below it; at
/// the left end of the plot, then the right end, then places in between.
std::vector<Spot> spots(const Reference& r, const LinearScale& y, const Frame& f) {
  const double above = y(r.high) - 6, below = y(r.low) + 0.78 * kText + 5;
  std::vector<Spot> out;
  for (double at : {above, below}) {
    out.push_back({f.left + 6, at, "start"});
    out.push_back({f.right - 6, at, "end"});
  }
  for (double at : {above, below})
    for (int k = 1; k < 6; ++k) out.push_back({f.left + (f.right - f.left) * k / 6, at, "middle"});
  return out;
}

}  // namespace

void reference_labels(Doc& d, const std::vector<Reference>& refs, const LinearScale& y,
                      const Frame& f, std::vector<Box>& obstacles) {
  for (const Reference& r : refs) {
    std::optional<Spot> best;
    int best_hits = 0;
    for (const Spot& s : spots(r, y, f)) {
      const Box b = text_box(s.x, s.y, r.label, s.anchor);
      const bool outside =
          b.y0 < f.top - kLine || b.y1 > f.bottom || b.x0 < f.left || b.x1 > f.right;
      const int n = hits(b, obstacles) + (outside ? 100 : 0);
      if (!best || n < best_hits) best = s, best_hits = n;
      if (n == 0) break;
    }
    text(d, best->x, best->y, r.label, best->anchor,
         r.target ? "reference-label reference-target" : "reference-label reference-baseline",
         true);
    obstacles.push_back(text_box(best->x, best->y, r.label, best->anchor));
  }
}

void reference_swatch(Doc& d, const Reference& r, double x, double y, double w) {
  const char* cls = r.target ? "reference reference-target" : "reference reference-baseline";
  if (r.band)
    d.add(
        "<rect class=\"{} reference-band\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"12\" "
        "fill=\"url(#{}-hatch)\" "
        "stroke=\"#1a1a1a\" stroke-width=\"1\" stroke-dasharray=\"7 4\"/>\n",
        cls, num(x), num(y - 6), num(w), esc(d.id));
  else
    d.add(
        "<line class=\"{}\" x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{}\" "
        "stroke-width=\"1.5\" "
        "stroke-dasharray=\"{}\"/>\n",
        cls, num(x), num(x + w), num(y), num(y), r.target ? "#1a1a1a" : "#595959",
        r.target ? "7 4" : "3 3");
}

}  // namespace overblik::chart
