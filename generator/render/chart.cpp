#include "render/chart.hpp"

#include <algorithm>
#include <cmath>

#include "model/assessment.hpp"
#include "render/chart_draw.hpp"
#include "support/text.hpp"

namespace overblik {

namespace {

std::string at(const Labels& l, const std::string& value, const Period& p) {
  return l.fill(p.kind == Period::Kind::day ? "chart_at_day" : "chart_at",
                {{"value", value}, {"period", l.period(p)}});
}

std::string at(const Indicator& ind, const Labels& l, const DataPoint& p) {
  return at(l, l.number(p.value->value, ind.decimals), p.period);
}

std::string target_text(const Indicator& ind, const Labels& l, const Target& t) {
  std::string v = l.number(t.low.value, ind.decimals);
  if (t.range) v += "–" + l.number(t.high.value, ind.decimals);
  return l.fill("chart_target", {{"target", at(l, v, t.period)}});
}

/// "fra 767 i 2017 til 750 i 2019", "750 i 2019" or "ingen data".
std::string change_text(const Indicator& ind, const Labels& l, const Series& s) {
  const DataPoint* first = nullptr;
  for (const DataPoint& p : s.points)
    if (p.value && !first) first = &p;
  const auto last = latest_value(s);
  if (!last) return l.get("chart_no_values");
  if (first->period == last->period) return at(ind, l, *last);
  return l.fill("chart_from_to", {{"from", at(ind, l, *first)}, {"to", at(ind, l, *last)}});
}

/// The target every series shares, if they all have the same one.
const Target* shared_target(const Indicator& ind) {
  const Target* t = ind.series.empty() || !ind.series[0].target ? nullptr : &*ind.series[0].target;
  for (const Series& s : ind.series)
    if (!t || !s.target || !(s.target->period == t->period) || !(s.target->low == t->low) ||
        !(s.target->high == t->high) || s.target->range != t->range)
      return nullptr;
  return t;
}

std::string sentence(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s + ".";
}

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? sep : "") + parts[i];
  return out;
}

/// Highest and lowest newest value, and the series without data.
std::string ranking_finding(const Indicator& ind, const Labels& l) {
  std::vector<std::pair<const Series*, DataPoint>> with;
  std::vector<std::string> without;
  for (const Series& s : ind.series) {
    if (auto p = latest_value(s))
      with.push_back({&s, *p});
    else
      without.push_back(s.name);
  }
  // Sorted by pointer: moving the pairs about makes GCC 12 warn, wrongly, of
  // an uninitialised value (-Wmaybe-uninitialized).
  std::vector<const std::pair<const Series*, DataPoint>*> sorted;
  for (const auto& e : with) sorted.push_back(&e);
  std::stable_sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) {
    if (a->second.value->value != b->second.value->value)
      return a->second.value->value > b->second.value->value;
    return danish_compare(a->first->name, b->first->name) < 0;
  });
  std::sort(without.begin(), without.end(),
            [](auto& a, auto& b) { return danish_compare(a, b) < 0; });
  std::vector<std::string> parts;
  auto item = [&](auto& e) { return e.first->name + ", " + at(ind, l, e.second); };
  if (with.empty()) parts.push_back(l.get("chart_no_values"));
  if (!with.empty()) parts.push_back(l.fill("chart_highest", {{"item", item(*sorted.front())}}));
  if (with.size() > 1) parts.push_back(l.fill("chart_lowest", {{"item", item(*sorted.back())}}));
  if (!with.empty() && without.size() > 3)
    parts.push_back(l.fill("chart_missing_count", {{"n", std::to_string(without.size())}}));
  else if (!with.empty() && !without.empty())
    parts.push_back(l.fill("chart_missing", {{"names", join(without, ", ")}}));
  return join(parts, "; ");
}

}  // namespace

ChartKind chart_kind(const Indicator& ind) {
  if (!chart::has_any_value(ind)) return ChartKind::none;
  if (ind.series.size() > 6) return ChartKind::ranking;
  return chart::all_periods(ind).size() >= 3 ? ChartKind::line : ChartKind::columns;
}

std::string indicator_finding(const Indicator& ind, const Labels& l) {
  const Target* common = shared_target(ind);
  std::string text;
  if (ind.series.size() > 6) {
    text = ranking_finding(ind, l);
  } else if (ind.series.size() == 1) {
    text = change_text(ind, l, ind.series[0]);
  } else {
    std::vector<std::string> clauses;
    for (const Series& s : ind.series) {
      std::string c =
          l.fill("chart_series", {{"name", s.name}, {"finding", change_text(ind, l, s)}});
      if (s.target && !common) c += ", " + target_text(ind, l, *s.target);
      clauses.push_back(std::move(c));
    }
    text = join(clauses, "; ");
  }
  if (common) text += "; " + target_text(ind, l, *common);
  return sentence(text);
}

std::string indicator_chart_svg(const Indicator& ind, const Labels& l, const ChartOptions& o) {
  chart::Doc d{ind, l, o.id_prefix.empty() ? "chart" : o.id_prefix, 640, 360, {}};
  d.width = std::clamp(std::round(o.width), 320.0, 1200.0);
  d.height = d.width >= 480 ? 360 : 330;
  switch (chart_kind(ind)) {
    case ChartKind::none:
      return {};
    case ChartKind::line:
      return chart::line_chart(d);
    case ChartKind::columns:
      return chart::column_chart(d);
    case ChartKind::ranking:
      return chart::ranking_chart(d);
  }
  return {};
}

}  // namespace overblik
