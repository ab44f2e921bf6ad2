#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "render/chart.hpp"
#include "render/markdown_html.hpp"
#include "render/site_updates.hpp"
#include "render/views.hpp"

namespace overblik {

namespace {

std::string value_text(const ViewContext& v, const Indicator& ind, const std::optional<Number>& n) {
  if (!n) return v.l.get("no_data");
  return v.l.number(n->value, ind.decimals);
}

std::string with_unit(const ViewContext& v, const Indicator& ind, double value) {
  std::string s = v.l.number(value, ind.decimals);
  return ind.unit.empty() ? s : s + " " + ind.unit;
}

std::string target_text(const ViewContext& v, const Indicator& ind, const Target& t) {
  std::string value =
      t.range ? v.l.number(t.low.value, ind.decimals) + "–" + with_unit(v, ind, t.high.value)
              : with_unit(v, ind, t.low.value);
  return value + " (" + v.l.period(t.period) + ")";
}

/// Whether any series has a data point (a null value counts: it is a period the content names).
bool has_data(const Indicator& ind) {
  return std::any_of(ind.series.begin(), ind.series.end(),
                     [](const Series& s) { return !s.points.empty(); });
}

data assessment_tag(const ViewContext& v, Assessment a) {
  data d = object();
  put(d, "key", assessment_key(a));
  put(d, "label", v.l.assessment(a));
  return d;
}

/// The change from the baseline to the newest value, with sign and unit; empty without both.
std::string change_text(const ViewContext& v, const Indicator& ind, const Series& s) {
  if (!s.latest || !s.baseline) return {};
  double diff = s.latest->value->value - s.baseline->value.value;
  return (diff > 0 ? "+" : "") + with_unit(v, ind, diff);
}

/// Baseline, target, latest and assessment of one series, formatted.
data series_status(const ViewContext& v, const Indicator& ind, const Series& s,
                   const std::string& path) {
  data d = object();
  put(d, "name", s.name);
  put(d, "baseline",
      text(s.baseline ? with_unit(v, ind, s.baseline->value.value) + " (" +
                            v.l.period(s.baseline->period) + ")"
                      : ""));
  put(d, "target", text(s.target ? target_text(v, ind, *s.target) : ""));
  put(d, "latest",
      text(s.latest ? with_unit(v, ind, s.latest->value->value) + " (" +
                          v.l.period(s.latest->period) + ")"
                    : ""));
  put(d, "change", text(change_text(v, ind, s)));
  put(d, "has_target", s.target.has_value());
  put(d, "assessment", assessment_tag(v, s.assessment));
  put(d, "assessment_given", s.assessment_given);
  put(d, "assessment_note_html", text(v.html(s.assessment_note, path, 4)));
  return d;
}

}  // namespace

data indicator_summary(const ViewContext& v, const Indicator& ind) {
  data d = v.link(ind.title, v.urls.indicator(ind.id));
  put(d, "id", ind.id);
  put(d, "extra", extra_data(ind.extra));
  put(d, "unit", text(ind.unit));
  put(d, "number", ind.number ? ind.number->text : "");
  put(d, "has_number", ind.number.has_value());
  put(d, "source", text(ind.source));
  // No data yet (1.2): said in words, instead of a finding about nothing.
  put(d, "finding", has_data(ind) ? indicator_finding(ind, v.l) : v.l.get("indicator_no_data"));
  const Series* first = ind.series.empty() ? nullptr : &ind.series.front();
  bool has_latest = first && first->latest;
  put(d, "has_latest", has_latest);
  put(d, "latest", has_latest ? value_text(v, ind, first->latest->value) : "");
  put(d, "latest_period", has_latest ? v.l.period(first->latest->period) : "");
  data statuses = list();
  bool any_target = false;
  for (const Series& s : ind.series) {
    if (!s.target) continue;
    any_target = true;
    append(statuses, series_status(v, ind, s, v.urls.indicators()));
  }
  put(d, "assessments", std::move(statuses));
  put(d, "has_assessments", any_target);
  put(d, "single_series", ind.series.size() == 1);
  put(d, "change", text(first ? change_text(v, ind, *first) : ""));
  return d;
}

namespace {

/// The data as one table: a row per period, a column per series.
data data_table(const ViewContext& v, const Indicator& ind) {
  // Sorted and looked up, not searched: an indicator of 50,000 values took
  // minutes when each period was searched for in every list.
  std::vector<Period> periods;
  std::vector<std::map<Period, const DataPoint*>> by_period(ind.series.size());
  for (size_t i = 0; i < ind.series.size(); ++i)
    for (const DataPoint& p : ind.series[i].points)
      if (by_period[i].emplace(p.period, &p).second) append(periods, p.period);
  std::sort(periods.begin(), periods.end());
  periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
  data columns = list(), rows = list();
  for (const Series& s : ind.series) {
    data c = object();
    put(c, "name", s.name);
    append(columns, std::move(c));
  }
  for (const Period& p : periods) {
    data r = object();
    put(r, "period_label", v.l.period(p));
    data cells = list();
    for (const auto& points : by_period) {
      const auto it = points.find(p);
      data c = object();
      const bool has = it != points.end() && it->second->value;
      put(c, "value", has ? value_text(v, ind, it->second->value) : v.l.get("no_data"));
      put(c, "missing", !has);
      append(cells, std::move(c));
    }
    put(r, "cells", std::move(cells));
    append(rows, std::move(r));
  }
  data t = object();
  put(t, "columns", std::move(columns));
  put(t, "rows", rows);
  put(t, "has_rows", !periods.empty());
  put(t, "caption", ind.unit.empty() ? ind.title : ind.title + " (" + ind.unit + ")");
  return t;
}

}  // namespace

PageView indicators_view(const ViewContext& v) {
  PageView pv;
  pv.path = v.urls.indicators();
  pv.kind = "indicators";
  const std::string title = v.l.get("nav_indicators");
  pv.frame = page_frame(v, {.path = pv.path,
                            .kind = pv.kind,
                            .title = title,
                            .description = v.plan.info.title,
                            .section = pv.path,
                            .crumbs = {{title, ""}}});
  // Grouped by theme in theme order; an indicator under each of its themes,
  // those without a theme last.
  std::vector<data> summaries;
  for (const Indicator& ind : v.plan.indicators) append(summaries, indicator_summary(v, ind));
  data groups = list();
  auto add_group = [&](const std::string& group_title, const std::string& url,
                       const std::vector<size_t>& members) {
    if (members.empty()) return;
    data g = object();
    put(g, "title", group_title);
    put(g, "url", text(url));
    data items = list();
    for (size_t i : members) append(items, summaries[i]);
    put(g, "items", std::move(items));
    append(groups, std::move(g));
  };
  for (const Theme* t : v.plan.leaf_themes()) {
    std::vector<size_t> members;
    for (size_t i = 0; i < v.plan.indicators.size(); ++i) {
      const auto& th = v.plan.indicators[i].themes;
      if (std::find(th.begin(), th.end(), t->id) != th.end()) append(members, i);
    }
    add_group(t->number ? t->number->text + ". " + t->title : t->title, v.urls.theme(t->id),
              members);
  }
  std::vector<size_t> rest;
  for (size_t i = 0; i < v.plan.indicators.size(); ++i)
    if (v.plan.indicators[i].themes.empty()) append(rest, i);
  add_group(v.l.get("indicators_without_theme"), "", rest);
  pv.body = object();
  put(pv.body, "groups", std::move(groups));
  put(pv.body, "has_indicators", !v.plan.indicators.empty());
  return pv;
}

data indicator_body(const ViewContext& v, const Indicator& ind, const std::string& path,
                    int top_heading, const std::string& id_prefix) {
  data d = indicator_summary(v, ind);
  put(d, "description_html", text(v.main_html(ind.description, path, top_heading, id_prefix)));
  const std::string chart_id = id_prefix + "chart-" + ind.id;
  std::string wide = indicator_chart_svg(ind, v.l, {chart_id, 640});
  put(d, "has_chart", !wide.empty());
  put(d, "chart_svg", wide);
  put(d, "chart_svg_narrow",
      wide.empty() ? "" : indicator_chart_svg(ind, v.l, {chart_id + "-n", 360}));
  put(d, "table", has_data(ind) ? data_table(v, ind) : data(false));
  data statuses = list();
  for (const Series& s : ind.series)
    if (s.target) append(statuses, series_status(v, ind, s, path));
  put(d, "assessments", std::move(statuses));
  put(d, "source_url", ind.source_url);
  put(d, "has_source_url", !ind.source_url.empty());
  data facts = list();
  auto fact = [&](const std::string& label, const std::string& value) {
    data f = object();
    put(f, "label", label);
    put(f, "value", value);
    put(f, "is_html", false);
    append(facts, std::move(f));
  };
  fact(v.l.get("fact_unit"), ind.unit);
  fact(v.l.get("fact_direction"),
       v.l.get(std::string("direction_") + direction_key(ind.direction)));
  if (!ind.source.empty()) fact(v.l.get("fact_source"), ind.source);
  put(d, "facts", std::move(facts));
  data notes = list();
  int n = 0;
  for (const MarkdownText& note : ind.notes) {
    data nd = object();
    put(nd, "n", std::to_string(++n));
    put(nd, "html", v.html(note, path, top_heading + 1));
    append(notes, std::move(nd));
  }
  put(d, "notes_html", std::move(notes));
  put(d, "has_notes", n > 0);
  data themes = list();
  for (auto& id : ind.themes) append(themes, v.theme_link(*v.theme_by_id.at(id)));
  put(d, "themes", std::move(themes));
  data initiatives = list();
  auto it = v.initiatives_of_indicator.find(ind.id);
  if (it != v.initiatives_of_indicator.end())
    for (const Initiative* in : it->second)
      append(initiatives, v.link(in->title, v.urls.initiative(in->id)));
  put(d, "initiatives", std::move(initiatives));
  put(d, "table_caption", ind.title);
  return d;
}

PageView indicator_view(const ViewContext& v, const Indicator& ind) {
  PageView pv;
  pv.path = v.urls.indicator(ind.id);
  pv.kind = "indicator";
  pv.frame = page_frame(
      v, {.path = pv.path,
          .kind = pv.kind,
          .title = ind.title,
          .description = ind.title,
          .section = v.urls.indicators(),
          .crumbs = {{v.l.get("nav_indicators"), v.urls.indicators()}, {ind.title, ""}}});
  pv.body = indicator_body(v, ind, pv.path, 2, "");
  return pv;
}

namespace {

/// The front page's newest updates: a summary, the full history is on the updates page.
constexpr size_t front_update_count = 5;

data latest_updates(const ViewContext& v, const std::string& path) {
  data out = list();
  std::vector<SiteUpdate> all = site_updates(v.plan);
  for (size_t i = 0; i < all.size() && i < front_update_count; ++i) {
    const SiteUpdate& su = all[i];
    const Update& u = *su.update;
    data e = object();
    put(e, "date", v.l.date(u.date));
    put(e, "date_iso", u.date.iso());
    put(e, "title", su.initiative->title);
    put(e, "url", v.urls.initiative(su.initiative->id) + "#" + su.anchor);
    put(e, "number", su.initiative->number ? su.initiative->number->text : "");
    put(e, "has_number", su.initiative->number.has_value());
    put(e, "has_status", u.status.has_value());
    if (u.status) put(e, "status", v.status(*u.status));
    put(e, "text_html", v.html(u.text, path, 3));
    append(out, std::move(e));
  }
  return out;
}

}  // namespace

PageView front_view(const ViewContext& v) {
  PageView pv;
  pv.path = v.urls.front();
  pv.kind = "front";
  const PlanInfo& info = v.plan.info;
  std::string description = markdown_to_text(info.intro.text, v.link_context(pv.path));
  if (description.size() > 300) description = info.title;
  pv.frame = page_frame(v, {.path = pv.path,
                            .kind = pv.kind,
                            .title = info.title,
                            .description = description.empty() ? info.title : description,
                            .section = pv.path});
  data d = object();
  put(d, "intro_html", v.main_html(info.intro, pv.path, 2));
  put(d, "has_intro", !info.intro.text.empty());
  data counts = list();
  for (auto [n, key, url] :
       {std::tuple{v.plan.initiatives.size(), "count_initiatives", v.urls.initiatives()},
        {v.plan.leaf_themes().size(), "count_themes", v.urls.themes()},
        {v.plan.indicators.size(), "count_indicators", v.urls.indicators()}}) {
    data c = object();
    put(c, "count", std::to_string(n));
    put(c, "label", v.l.get(n == 1 ? std::string(key) + "_one" : std::string(key)));
    put(c, "url", url);
    append(counts, c);
  }
  put(d, "counts", std::move(counts));
  std::vector<const Initiative*> all;
  for (const Initiative& in : v.plan.initiatives) append(all, &in);
  put(d, "status_counts", v.status_counts(all));
  put(d, "theme_groups", theme_groups(v, pv.path));
  data latest = latest_updates(v, pv.path);
  put(d, "has_latest_updates", !latest.is_empty_list());
  put(d, "latest_updates", std::move(latest));
  put(d, "initiatives_url", v.urls.initiatives());
  put(d, "all_initiatives",
      v.l.fill("front_all_initiatives", {{"n", std::to_string(v.plan.initiatives.size())}}));
  put(d, "stale_explained",
      v.l.fill("front_stale_explained", {{"days", std::to_string(info.stale_after_days)}}));
  put(d, "published", v.published());
  size_t stale = 0;
  for (const Initiative& in : v.plan.initiatives) stale += in.stale ? 1 : 0;
  put(d, "has_stale", stale > 0);
  put(d, "stale_summary",
      v.l.fill(stale == 1 ? "stale_summary_one" : "stale_summary_many",
               {{"n", std::to_string(stale)}, {"days", std::to_string(info.stale_after_days)}}));
  data key_figures = list();
  std::map<Assessment, int> by_kind;
  for (const Indicator& ind : v.plan.indicators) {
    bool has_target = false;
    for (const Series& s : ind.series)
      if (s.target) {
        has_target = true;
        by_kind[s.assessment]++;
      }
    if (has_target) append(key_figures, v.indicator_card_of(ind));
  }
  put(d, "key_figures", std::move(key_figures));
  put(d, "has_key_figures", !by_kind.empty());
  data assessment_counts = list();
  for (auto& [a, n] : by_kind) {
    data c = assessment_tag(v, a);
    put(c, "count", std::to_string(n));
    append(assessment_counts, std::move(c));
  }
  put(d, "assessment_counts", std::move(assessment_counts));
  put(d, "updates_url", text(info.sections.updates ? v.urls.updates() : ""));
  put(d, "changes",
      v.changes ? v.link(v.l.fill("changed_since", {{"date", v.l.date(v.changes_since)}}),
                         v.urls.changes())
                : data(false));
  put(d, "action_plan_url", text(info.sections.action_plan ? v.urls.action_plan() : ""));
  put(d, "print_url", v.urls.print());
  pv.body = std::move(d);
  return pv;
}

PageView narrative_view(const ViewContext& v, const Page& p) {
  PageView pv;
  pv.path = v.urls.page(p.slug);
  pv.kind = "page";
  pv.frame = page_frame(v, {.path = pv.path,
                            .kind = pv.kind,
                            .title = p.title,
                            .description = p.summary.empty() ? p.title : p.summary,
                            .section = pv.path,
                            .crumbs = {{p.title, ""}}});
  data d = object();
  put(d, "title", p.title);
  put(d, "summary", text(p.summary));
  put(d, "extra", extra_data(p.extra));
  put(d, "body_html", v.main_html(p.body, pv.path, 2));
  pv.body = std::move(d);
  return pv;
}

}  // namespace overblik
