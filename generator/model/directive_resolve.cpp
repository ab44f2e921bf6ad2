#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "model/directives.hpp"
#include "support/text.hpp"

namespace overblik {

namespace {

using Allowed = std::vector<std::string>;

bool check_attributes(const Directive& d, const Allowed& allowed, ResolvedDirective& r) {
  if (!d.error.empty()) {
    r.error = d.error;
    return false;
  }
  for (auto& [key, value] : d.attributes) {
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    r.error = fmt::format(":{} has no attribute '{}'", d.name, key);
    r.hint = allowed.empty() ? fmt::format(":{}[{}] takes no attributes", d.name, d.target)
                             : did_you_mean(key, allowed);
    if (r.hint.empty()) r.hint = fmt::format("allowed: {}", fmt::join(allowed, ", "));
    return false;
  }
  return true;
}

bool initiative_matches(const Initiative& in, const Directive& d, const Plan& plan) {
  if (const std::string* s = d.attribute("status"); s && status_key(in.status) != *s) return false;
  if (const std::string* t = d.attribute("theme")) {
    const Theme* theme = plan.theme(*t);
    std::vector<std::string> ids =
        theme && theme->is_group() ? theme->children : std::vector<std::string>{*t};
    if (std::none_of(ids.begin(), ids.end(), [&](auto& id) {
          return std::find(in.themes.begin(), in.themes.end(), id) != in.themes.end();
        }))
      return false;
  }
  if (const std::string* o = d.attribute("owner");
      o && std::find(in.owners.begin(), in.owners.end(), *o) == in.owners.end())
    return false;
  if (const std::string* g = d.attribute("tag");
      g && std::find(in.tags.begin(), in.tags.end(), *g) == in.tags.end())
    return false;
  return true;
}

void count_initiatives(const Directive& d, const Plan& plan, ResolvedDirective& r) {
  if (!check_attributes(d, {"status", "theme", "owner", "tag"}, r)) return;
  if (const std::string* s = d.attribute("status"); s && !parse_status(*s)) {
    r.error = fmt::format("unknown status '{}'", *s);
    r.hint = did_you_mean(*s, kStatusKeys);
    return;
  }
  if (const std::string* t = d.attribute("theme"); t && !plan.theme(*t)) {
    std::vector<std::string> ids;
    for (auto& th : plan.themes) ids.push_back(th.id);
    r.error = fmt::format("unknown theme '{}'", *t);
    r.hint = did_you_mean(*t, ids);
    return;
  }
  for (const Initiative& in : plan.initiatives) r.count += initiative_matches(in, d, plan) ? 1 : 0;
}

void resolve_count(const Directive& d, const Plan& plan, ResolvedDirective& r) {
  if (d.target == "initiatives") return count_initiatives(d, plan, r);
  if (d.target == "themes" || d.target == "indicators") {
    if (!check_attributes(d, {}, r)) return;
    if (d.target == "indicators")
      r.count = static_cast<long long>(plan.indicators.size());
    else
      r.count = std::count_if(plan.themes.begin(), plan.themes.end(),
                              [](const Theme& t) { return t.parent.empty(); });
    return;
  }
  if (d.target == "updates") {
    if (!check_attributes(d, {"since"}, r)) return;
    std::optional<Date> since;
    if (const std::string* s = d.attribute("since")) {
      since = parse_date(*s);
      if (!since) {
        r.error = fmt::format("'{}' is not a date", *s);
        r.hint = "write since=YYYY-MM-DD";
        return;
      }
    }
    for (const Initiative& in : plan.initiatives)
      for (const Update& u : in.updates) r.count += !since || u.date >= *since ? 1 : 0;
    return;
  }
  r.error = fmt::format(":count cannot count '{}'", d.target);
  r.hint = did_you_mean(d.target, {"initiatives", "themes", "indicators", "updates"});
  if (r.hint.empty()) r.hint = "count initiatives, themes, indicators or updates";
}

/// The indicator and series a value/change/target/assessment directive names.
bool find_series(const Directive& d, const Plan& plan, ResolvedDirective& r) {
  r.indicator = plan.indicator(d.target);
  if (!r.indicator) {
    std::vector<std::string> ids;
    for (auto& ind : plan.indicators) ids.push_back(ind.id);
    r.error = fmt::format("unknown indicator '{}'", d.target);
    r.hint = did_you_mean(d.target, ids);
    if (r.hint.empty())
      r.hint = ids.empty() ? "the plan has no indicators"
                           : fmt::format("known indicators: {}", fmt::join(ids, ", "));
    return false;
  }
  const std::string* name = d.attribute("series");
  if (!name) {
    if (r.indicator->series.size() == 1) {
      r.series = &r.indicator->series.front();
      return true;
    }
    r.error = fmt::format("indicator '{}' has {} series; say which", d.target,
                          r.indicator->series.size());
    r.hint = fmt::format("add {{series=\"{}\"}}",
                         r.indicator->series.empty() ? "" : r.indicator->series.front().name);
    return false;
  }
  std::vector<std::string> names;
  for (const Series& s : r.indicator->series) {
    if (s.name == *name) r.series = &s;
    names.push_back(s.name);
  }
  if (r.series) return true;
  r.error = fmt::format("indicator '{}' has no series '{}'", d.target, *name);
  r.hint = did_you_mean(*name, names);
  if (r.hint.empty()) r.hint = fmt::format("its series: {}", fmt::join(names, ", "));
  return false;
}

/// The data point of `key` (a period attribute), or the fallback.
bool point_at(const Directive& d, const char* key, const ResolvedDirective& base,
              std::optional<DataPoint> fallback, std::optional<DataPoint>& out,
              ResolvedDirective& r) {
  const std::string* text = d.attribute(key);
  if (!text) {
    out = fallback;
    return true;
  }
  auto period = parse_period(*text);
  if (!period) {
    r.error = fmt::format("'{}' is not a period", *text);
    r.hint = "write a period such as 2024, 2024-H1, 2024-Q3, 2024-05";
    return false;
  }
  for (const DataPoint& p : base.series->points)
    if (p.period == *period) {
      out = p;
      return true;
    }
  r.error = fmt::format("series '{}' has no value for {}", base.series->name, period->text());
  std::vector<std::string> periods;
  for (const DataPoint& p : base.series->points) periods.push_back(p.period.text());
  r.hint = fmt::format("its periods: {}", fmt::join(periods, ", "));
  return false;
}

}  // namespace

ResolvedDirective resolve_directive(const Directive& d, const Plan& plan) {
  ResolvedDirective r;
  if (d.name == "count") {
    resolve_count(d, plan, r);
    return r;
  }
  Allowed allowed = {"series"};
  if (d.name == "value") allowed.push_back("period");
  if (d.name == "change") allowed.insert(allowed.end(), {"from", "to"});
  if (!check_attributes(d, allowed, r) || !find_series(d, plan, r)) return r;
  const Series& s = *r.series;
  if (d.name == "value") {
    point_at(d, "period", r, s.latest, r.point, r);
  } else if (d.name == "change") {
    std::optional<DataPoint> first;
    for (const DataPoint& p : s.points)
      if (p.value && !first) first = p;
    std::optional<DataPoint> start =
        s.baseline ? std::optional(DataPoint{s.baseline->period, s.baseline->value}) : first;
    if (point_at(d, "from", r, start, r.from, r)) point_at(d, "to", r, s.latest, r.to, r);
  } else if (d.name == "target" && !s.target) {
    r.error = fmt::format("series '{}' of '{}' has no target", s.name, d.target);
    r.hint = "give the indicator or the series a target";
  }
  return r;
}

}  // namespace overblik
