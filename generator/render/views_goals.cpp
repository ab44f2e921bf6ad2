#include "render/views.hpp"

namespace overblik {

namespace {

const Series* series_of(const Indicator& ind, const std::string& name) {
  if (name.empty()) return ind.series.size() == 1 ? &ind.series.front() : nullptr;
  for (const Series& s : ind.series)
    if (s.name == name) return &s;
  return nullptr;
}

/// The indicator beside a result: its title and link, latest value and assessment.
data result_figure(const ViewContext& v, const ThemeResult& r) {
  auto it = v.indicator_by_id.find(r.indicator);
  if (r.indicator.empty() || it == v.indicator_by_id.end()) return data(false);
  const Indicator& ind = *it->second;
  const Series* s = series_of(ind, r.series);
  data d = v.link(ind.title, v.urls.indicator(ind.id));
  put(d, "series", text(r.series));
  std::string latest = v.l.get("result_no_data");
  if (s && s->latest) {
    std::string value = v.l.number(s->latest->value->value, ind.decimals);
    if (!ind.unit.empty()) value += " " + ind.unit;
    latest =
        v.l.fill("result_latest", {{"value", value}, {"period", v.l.period(s->latest->period)}});
  }
  put(d, "latest", latest);
  const bool assessed = s && s->target;
  put(d, "has_assessment", assessed);
  if (assessed) {
    data a = object();
    put(a, "key", assessment_key(s->assessment));
    put(a, "label", v.l.assessment(s->assessment));
    put(d, "assessment", std::move(a));
  }
  return d;
}

}  // namespace

void put_goal_and_results(const ViewContext& v, const Theme& t, const std::string& path,
                          int top_heading, data& d) {
  put(d, "goal_html", text(v.html(t.goal, path, top_heading)));
  put(d, "has_goal", !t.goal.empty());
  data results = list();
  for (const ThemeResult& r : t.results) {
    data e = object();
    put(e, "html", v.html(r.text, path, top_heading));
    put(e, "indicator", result_figure(v, r));
    append(results, std::move(e));
  }
  put(d, "results", std::move(results));
  put(d, "has_results", !t.results.empty());
}

}  // namespace overblik
