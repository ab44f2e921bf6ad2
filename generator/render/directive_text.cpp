#include "render/directive_text.hpp"

namespace overblik {

namespace {

std::string with_unit(const Indicator& ind, const Labels& l, double v) {
  std::string s = l.number(v, ind.decimals);
  return ind.unit.empty() ? s : ind.unit == "%" ? s + " %" : s + " " + ind.unit;
}

}  // namespace

std::string directive_text(const Directive& d, const Plan& plan, const Labels& l,
                           std::string_view written) {
  ResolvedDirective r = resolve_directive(d, plan);
  if (!r.error.empty()) return std::string(written);
  if (d.name == "count") return l.number(static_cast<double>(r.count), 0);
  const Indicator& ind = *r.indicator;
  const Series& s = *r.series;
  if (d.name == "value") {
    if (!r.point || !r.point->value) return l.get("no_data");
    return with_unit(ind, l, r.point->value->value);
  }
  if (d.name == "change") {
    if (!r.from || !r.to || !r.from->value || !r.to->value) return l.get("no_data");
    double diff = r.to->value->value - r.from->value->value;
    return (diff > 0 ? "+" : "") + with_unit(ind, l, diff);
  }
  if (d.name == "target") {
    const Target& t = *s.target;
    std::string value =
        t.range ? l.number(t.low.value, ind.decimals) + "–" + with_unit(ind, l, t.high.value)
                : with_unit(ind, l, t.low.value);
    return value + " (" + l.period(t.period) + ")";
  }
  return l.assessment(s.assessment);
}

}  // namespace overblik
