#include "diff/plan_diff.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace overblik {

bool PlanDiff::empty() const {
  return added.empty() && removed.empty() && retitled.empty() && statuses.empty() &&
         links.empty() && updates.empty() && indicators_added.empty() &&
         indicators_removed.empty() && data.empty() && references.empty() && assessments.empty();
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

/// The updates of `n` that `o` does not have, newest first (the later in the
/// file first on the same date). An update whose text was edited keeps its
/// date: an old update on the same date that has no exact match absorbs it.
std::vector<const Update*> new_updates(const Initiative& o, const Initiative& n) {
  std::multiset<std::pair<Date, std::string>> unmatched;
  for (const Update& u : o.updates) unmatched.emplace(u.date, u.text.text);
  std::vector<const Update*> candidates;
  for (const Update& u : n.updates) {
    auto it = unmatched.find({u.date, u.text.text});
    if (it != unmatched.end())
      unmatched.erase(it);
    else
      candidates.push_back(&u);
  }
  std::map<Date, int> edited;  // old updates left over on each date
  for (const auto& [date, text] : unmatched) ++edited[date];
  // Edits are of updates already in the file, so the earliest in the file take them first.
  std::vector<const Update*> out;
  for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
    int& left = edited[(*it)->date];
    if (left > 0)
      --left;
    else
      out.push_back(*it);
  }
  std::reverse(out.begin(), out.end());
  return out;
}

void diff_initiative(const Plan& a, const Plan& b, const std::vector<std::string>& themes,
                     const Initiative* o, const Initiative& n, PlanDiff& d) {
  if (!o) {
    d.added.push_back({n.id, n.title});
  } else {
    if (o->title != n.title) d.retitled.push_back({n.id, o->title, n.title});
    if (o->status != n.status) d.statuses.push_back({n.id, n.title, o->status, n.status});
    for (const Update* u : new_updates(*o, n))
      d.updates.push_back({n.id, n.title, u->date, u->status});
  }
  for (const std::string& theme : themes) {
    std::string from = link_kind(o, theme), to = link_kind(&n, theme);
    if (from != to) d.links.push_back({n.id, n.title, theme, theme_title(a, b, theme), from, to});
  }
}

std::optional<PlanDiff::Reference> reference(const std::optional<Baseline>& b) {
  if (!b) return std::nullopt;
  return PlanDiff::Reference{b->period, b->value, b->value, false};
}

std::optional<PlanDiff::Reference> reference(const std::optional<Target>& t) {
  if (!t) return std::nullopt;
  return PlanDiff::Reference{t->period, t->low, t->high, t->range};
}

bool same(const std::optional<PlanDiff::Reference>& x,
          const std::optional<PlanDiff::Reference>& y) {
  if (!x || !y) return !x && !y;
  return x->period.text() == y->period.text() && x->low == y->low && x->high == y->high &&
         x->range == y->range;
}

/// Compares one series; `o` or `n` is null when the series is only in the other version.
void diff_series(const Indicator& ind, const Series* o, const Series* n, PlanDiff& d) {
  const std::string& name = n ? n->name : o->name;
  std::map<std::string, PlanDiff::Value> old_points, new_points;  // by period text
  std::vector<Period> periods;
  for (auto [s, points] : {std::pair{o, &old_points}, std::pair{n, &new_points}})
    if (s)
      for (const DataPoint& p : s->points) {
        points->emplace(p.period.text(), p.value);
        periods.push_back(p.period);
      }
  std::stable_sort(periods.begin(), periods.end());
  std::set<std::string> seen;
  for (const Period& period : periods) {
    const std::string key = period.text();
    if (!seen.insert(key).second) continue;
    std::optional<PlanDiff::Value> from, to;
    if (auto it = old_points.find(key); it != old_points.end()) from = it->second;
    if (auto it = new_points.find(key); it != new_points.end()) to = it->second;
    if (from != to) d.data.push_back({ind.id, ind.title, name, period, from, to});
  }
  auto ref = [&](const char* what, const std::optional<PlanDiff::Reference>& from,
                 const std::optional<PlanDiff::Reference>& to) {
    if (!same(from, to)) d.references.push_back({ind.id, ind.title, name, what, from, to});
  };
  ref("baseline", o ? reference(o->baseline) : std::nullopt,
      n ? reference(n->baseline) : std::nullopt);
  ref("target", o ? reference(o->target) : std::nullopt, n ? reference(n->target) : std::nullopt);
  if (o && n && o->assessment != n->assessment)
    d.assessments.push_back({ind.id, ind.title, name, o->assessment, n->assessment});
}

const Series* series_named(const Indicator& ind, const std::string& name) {
  for (const Series& s : ind.series)
    if (s.name == name) return &s;
  return nullptr;
}

void diff_indicator(const Indicator& o, const Indicator& n, PlanDiff& d) {
  if (o.series.size() == 1 && n.series.size() == 1) {
    diff_series(n, &o.series.front(), &n.series.front(), d);
    return;
  }
  for (const Series& s : n.series) diff_series(n, series_named(o, s.name), &s, d);
  for (const Series& s : o.series)
    if (!series_named(n, s.name)) diff_series(n, &s, nullptr, d);
}

/// The items of `v` by ID (Plan's own lookups scan, which a large plan cannot afford here).
template <typename T>
std::map<std::string_view, const T*> by_id(const std::vector<T>& v) {
  std::map<std::string_view, const T*> out;
  for (const T& x : v) out.emplace(x.id, &x);
  return out;
}

template <typename T>
const T* lookup(const std::map<std::string_view, const T*>& m, const std::string& id) {
  auto it = m.find(id);
  return it == m.end() ? nullptr : it->second;
}

void diff_indicators(const Plan& a, const Plan& b, PlanDiff& d) {
  const auto old_by_id = by_id(a.indicators), new_by_id = by_id(b.indicators);
  for (const Indicator& n : b.indicators) {
    if (const Indicator* o = lookup(old_by_id, n.id))
      diff_indicator(*o, n, d);
    else
      d.indicators_added.push_back({n.id, n.title});
  }
  for (const Indicator& o : a.indicators)
    if (!lookup(new_by_id, o.id)) d.indicators_removed.push_back({o.id, o.title});
}

}  // namespace

PlanDiff diff_plans(const Plan& a, const Plan& b) {
  PlanDiff d;
  const std::vector<std::string> themes = all_leaf_themes(a, b);
  const auto old_by_id = by_id(a.initiatives), new_by_id = by_id(b.initiatives);
  for (const Initiative& n : b.initiatives)
    diff_initiative(a, b, themes, lookup(old_by_id, n.id), n, d);
  for (const Initiative& o : a.initiatives)
    if (!lookup(new_by_id, o.id)) {
      d.removed.push_back({o.id, o.title});
      for (const std::string& theme : o.themes)
        d.links.push_back(
            {o.id, o.title, theme, theme_title(a, b, theme), link_kind(&o, theme), ""});
    }
  // Newest first; on the same date in the initiatives' display order, as in
  // the site's list of updates (each initiative's own are newest first already).
  std::stable_sort(d.updates.begin(), d.updates.end(),
                   [](auto& x, auto& y) { return x.date > y.date; });
  diff_indicators(a, b, d);
  return d;
}

}  // namespace overblik
