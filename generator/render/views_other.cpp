#include <fmt/format.h>

#include "render/markdown_html.hpp"
#include "render/views.hpp"

namespace overblik {

namespace {

std::string value_text(const ViewContext& v, const Indicator& ind, const std::optional<Number>& n) {
  if (!n) return v.l.get("no_data");
  return v.l.number(n->value, ind.decimals);
}

data indicator_summary(const ViewContext& v, const Indicator& ind) {
  data d = v.link(ind.title, v.urls.indicator(ind.id));
  d.set("unit", ind.unit);
  d.set("number", ind.number ? ind.number->text : "");
  d.set("has_number", ind.number.has_value());
  d.set("source", ind.source);
  const Series* first = ind.series.empty() ? nullptr : &ind.series.front();
  bool has_latest = first && first->latest;
  d.set("has_latest", has_latest);
  d.set("latest", has_latest ? value_text(v, ind, first->latest->value) : "");
  d.set("latest_period", has_latest ? v.l.period(first->latest->period) : "");
  return d;
}

data series_rows(const ViewContext& v, const Indicator& ind, const Series& s) {
  data rows = list();
  for (const DataPoint& p : s.points) {
    data r = object();
    r.set("period", p.period.text());
    r.set("period_label", v.l.period(p.period));
    r.set("value", value_text(v, ind, p.value));
    r.set("is_null", !p.value.has_value());
    rows.push_back(r);
  }
  return rows;
}

}  // namespace

PageView indicators_view(const ViewContext& v) {
  PageView pv;
  pv.path = v.urls.indicators();
  pv.kind = "indicators";
  const std::string title = v.l.get("nav_indicators");
  pv.frame = page_frame(v, pv.path, pv.kind, title, v.plan.info.title, pv.path, {{title, ""}});
  data items = list();
  for (const Indicator& ind : v.plan.indicators) items.push_back(indicator_summary(v, ind));
  pv.body = object();
  pv.body.set("indicators", items);
  pv.body.set("has_indicators", !v.plan.indicators.empty());
  return pv;
}

data indicator_body(const ViewContext& v, const Indicator& ind, const std::string& path, int top_heading,
                    const std::string& id_prefix) {
  data d = indicator_summary(v, ind);
  d.set("description_html", v.main_html(ind.description, path, top_heading, id_prefix));
  d.set("source_url", ind.source_url);
  d.set("has_source_url", !ind.source_url.empty());
  data facts = list();
  auto fact = [&](const std::string& label, const std::string& value) {
    data f = object();
    f.set("label", label);
    f.set("value", value);
    f.set("is_html", false);
    facts.push_back(f);
  };
  fact(v.l.get("fact_unit"), ind.unit);
  fact(v.l.get("fact_direction"), v.l.get(std::string("direction_") + direction_key(ind.direction)));
  if (!ind.source.empty()) fact(v.l.get("fact_source"), ind.source);
  d.set("facts", facts);
  data series = list();
  for (const Series& s : ind.series) {
    data sd = object();
    sd.set("name", s.name);
    sd.set("rows", series_rows(v, ind, s));
    sd.set("has_rows", !s.points.empty());
    sd.set("caption", ind.series.size() > 1 ? ind.title + ": " + s.name + " (" + ind.unit + ")" : ind.title + " (" + ind.unit + ")");
    series.push_back(sd);
  }
  d.set("series", series);
  data notes = list();
  int n = 0;
  for (const MarkdownText& note : ind.notes) {
    data nd = object();
    nd.set("n", std::to_string(++n));
    nd.set("html", v.html(note, path, top_heading + 1));
    notes.push_back(nd);
  }
  d.set("notes_html", notes);
  d.set("has_notes", n > 0);
  data themes = list();
  for (auto& id : ind.themes) themes.push_back(v.theme_link(*v.theme_by_id.at(id)));
  d.set("themes", themes);
  data initiatives = list();
  auto it = v.initiatives_of_indicator.find(ind.id);
  if (it != v.initiatives_of_indicator.end())
    for (const Initiative* in : it->second) initiatives.push_back(v.link(in->title, v.urls.initiative(in->id)));
  d.set("initiatives", initiatives);
  d.set("table_caption", ind.title);
  return d;
}

PageView indicator_view(const ViewContext& v, const Indicator& ind) {
  PageView pv;
  pv.path = v.urls.indicator(ind.id);
  pv.kind = "indicator";
  pv.frame = page_frame(v, pv.path, pv.kind, ind.title, ind.title, v.urls.indicators(),
                        {{v.l.get("nav_indicators"), v.urls.indicators()}, {ind.title, ""}});
  pv.body = indicator_body(v, ind, pv.path, 2, "");
  return pv;
}

PageView front_view(const ViewContext& v) {
  PageView pv;
  pv.path = v.urls.front();
  pv.kind = "front";
  const PlanInfo& info = v.plan.info;
  std::string description = markdown_to_text(info.intro.text);
  if (description.size() > 300) description = info.title;
  pv.frame = page_frame(v, pv.path, pv.kind, info.title, description.empty() ? info.title : description, pv.path, {});
  data d = object();
  d.set("intro_html", v.main_html(info.intro, pv.path, 2));
  d.set("has_intro", !info.intro.text.empty());
  data counts = object();
  counts.set("initiatives", std::to_string(v.plan.initiatives.size()));
  counts.set("themes", std::to_string(v.plan.leaf_themes().size()));
  counts.set("indicators", std::to_string(v.plan.indicators.size()));
  d.set("counts", counts);
  std::vector<const Initiative*> all;
  for (const Initiative& in : v.plan.initiatives) all.push_back(&in);
  d.set("status_counts", v.status_counts(all));
  d.set("theme_groups", theme_groups(v, pv.path));
  data cards = list();
  for (const data& c : v.cards) cards.push_back(c);
  d.set("initiative_cards", cards);
  d.set("published", v.l.date(info.published));
  size_t stale = 0;
  for (const Initiative& in : v.plan.initiatives) stale += in.stale ? 1 : 0;
  d.set("has_stale", stale > 0);
  d.set("stale_summary", v.l.fill(stale == 1 ? "stale_summary_one" : "stale_summary_many",
                                  {{"n", std::to_string(stale)}, {"days", std::to_string(info.stale_after_days)}}));
  d.set("updates_url", v.urls.updates());
  d.set("action_plan_url", v.urls.action_plan());
  d.set("print_url", v.urls.print());
  pv.body = std::move(d);
  return pv;
}

PageView narrative_view(const ViewContext& v, const Page& p) {
  PageView pv;
  pv.path = v.urls.page(p.slug);
  pv.kind = "page";
  pv.frame = page_frame(v, pv.path, pv.kind, p.title, p.summary.empty() ? p.title : p.summary, pv.path, {{p.title, ""}});
  data d = object();
  d.set("title", p.title);
  d.set("summary", p.summary);
  d.set("body_html", v.main_html(p.body, pv.path, 2));
  pv.body = std::move(d);
  return pv;
}

}  // namespace overblik
