#include "diff/plan_diff.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace overblik {

bool PlanDiff::empty() const {
  return added.empty() && removed.empty() && retitled.empty() && statuses.empty() && links.empty() &&
         updates.empty() && indicators_added.empty() && indicators_removed.empty() && data.empty() &&
         references.empty() && assessments.empty();
}

namespace {

std::string link_kind(const Initiative* in, const std::string& theme) {
  if (!in) return {};
  auto it = std::find(in->themes.begin(), in->themes.end(), theme);
  if (it == in->themes.end()) return {};
  return it == in->themes.begin() ? "primary" : "secondary";
}

/// Theme IDs of both versions: the new order first, then themes only the old one had.
std::vector<std::string> all_leaf_themes(const Plan& a, const Plan& b) {
  std::vector<std::string> out;
  for (const Theme* t : b.leaf_themes()) out.push_back(t->id);
  for (const Theme* t : a.leaf_themes())
    if (std::find(out.begin(), out.end(), t->id) == out.end()) out.push_back(t->id);
  return out;
}

std::string theme_title(const Plan& a, const Plan& b, const std::string& id) {
  if (const Theme* t = b.theme(id)) return t->title;
  if (const Theme* t = a.theme(id)) return t->title;
  return id;
}

void diff_initiative(const Plan& a, const Plan& b, const Initiative* o, const Initiative& n, PlanDiff& d) {
  if (!o) {
    d.added.push_back({n.id, n.title});
  } else {
    if (o->title != n.title) d.retitled.push_back({n.id, o->title, n.title});
    if (o->status != n.status) d.statuses.push_back({n.id, n.title, o->status, n.status});
    std::set<std::pair<std::string, std::string>> old_updates;  // (date, text)
    for (const Update& u : o->updates) old_updates.emplace(u.date.iso(), u.text.text);
    for (auto it = n.updates.rbegin(); it != n.updates.rend(); ++it)
      if (!old_updates.count({it->date.iso(), it->text.text})) d.updates.push_back({n.id, n.title, it->date, it->status});
  }
  for (const std::string& theme : all_leaf_themes(a, b)) {
    std::string from = link_kind(o, theme), to = link_kind(&n, theme);
    if (from != to) d.links.push_back({n.id, n.title, theme, theme_title(a, b, theme), from, to});
  }
}

std::string reference_text(const std::optional<Baseline>& b) {
  return b ? b->period.text() + ": " + b->value.text : "";
}

std::string reference_text(const std::optional<Target>& t) {
  if (!t) return "";
  return t->period.text() + ": " + (t->range ? t->low.text + "-" + t->high.text : t->low.text);
}

void diff_series(const Indicator& ind, const Series* o, const Series& n, PlanDiff& d) {
  std::map<std::string, std::string> old_points;
  if (o)
    for (const DataPoint& p : o->points) old_points[p.period.text()] = p.value ? p.value->text : "";
  for (const DataPoint& p : n.points) {
    std::string value = p.value ? p.value->text : "";
    auto it = old_points.find(p.period.text());
    if (it == old_points.end()) d.data.push_back({ind.id, ind.title, n.name, p.period.text(), std::nullopt, value});
    else if (it->second != value) d.data.push_back({ind.id, ind.title, n.name, p.period.text(), it->second, value});
  }
  auto ref = [&](const char* what, const std::string& from, const std::string& to) {
    if (from != to) d.references.push_back({ind.id, ind.title, n.name, what, from, to});
  };
  ref("baseline", o ? reference_text(o->baseline) : "", reference_text(n.baseline));
  ref("target", o ? reference_text(o->target) : "", reference_text(n.target));
  if (o && o->assessment != n.assessment) d.assessments.push_back({ind.id, ind.title, n.name, o->assessment, n.assessment});
}

void diff_indicators(const Plan& a, const Plan& b, PlanDiff& d) {
  std::map<std::string, const Indicator*> old_by_id;
  for (const Indicator& o : a.indicators) old_by_id[o.id] = &o;
  std::set<std::string> new_ids;
  for (const Indicator& n : b.indicators) {
    new_ids.insert(n.id);
    auto found = old_by_id.find(n.id);
    const Indicator* o = found == old_by_id.end() ? nullptr : found->second;
    if (!o) d.indicators_added.push_back({n.id, n.title});
    for (const Series& s : n.series) {
      const Series* os = nullptr;
      if (o)
        for (const Series& x : o->series)
          if (x.name == s.name) os = &x;
      if (o) diff_series(n, os, s, d);
    }
  }
  for (const Indicator& o : a.indicators)
    if (!new_ids.count(o.id)) d.indicators_removed.push_back({o.id, o.title});
}

}  // namespace

PlanDiff diff_plans(const Plan& a, const Plan& b) {
  PlanDiff d;
  std::map<std::string, const Initiative*> old_by_id;
  for (const Initiative& in : a.initiatives) old_by_id[in.id] = &in;
  for (const Initiative& n : b.initiatives) {
    auto it = old_by_id.find(n.id);
    diff_initiative(a, b, it == old_by_id.end() ? nullptr : it->second, n, d);
  }
  std::set<std::string> new_ids;
  for (const Initiative& n : b.initiatives) new_ids.insert(n.id);
  for (const Initiative& o : a.initiatives)
    if (!new_ids.count(o.id)) {
      d.removed.push_back({o.id, o.title});
      for (const std::string& theme : o.themes)
        d.links.push_back({o.id, o.title, theme, theme_title(a, b, theme), link_kind(&o, theme), ""});
    }
  // Newest updates first, as everywhere on the site.
  std::stable_sort(d.updates.begin(), d.updates.end(), [](auto& x, auto& y) { return x.date > y.date; });
  diff_indicators(a, b, d);
  return d;
}

}  // namespace overblik
