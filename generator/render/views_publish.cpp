#include <fmt/format.h>

#include <algorithm>

#include "render/anchors.hpp"
#include "render/diff_report.hpp"
#include "render/escape.hpp"
#include "render/markdown_html.hpp"
#include "render/site_updates.hpp"
#include "render/views.hpp"

namespace overblik {

PageView updates_view(const ViewContext& v) {
  PageView pv;
  pv.path = v.urls.updates();
  pv.kind = "updates";
  const std::string title = v.l.get("updates_title");
  pv.frame = page_frame(v, {.path = pv.path,
                            .kind = pv.kind,
                            .title = title,
                            .description = v.l.get("updates_intro"),
                            .section = pv.path,
                            .crumbs = {{title, ""}}});
  data months = list();
  data current = object();
  data entries = list();
  std::string month_key;
  auto flush = [&] {
    if (month_key.empty()) return;
    put(current, "entries", std::move(entries));
    append(months, std::move(current));
  };
  for (const SiteUpdate& su : site_updates(v.plan)) {
    const Update& u = *su.update;
    std::string key = fmt::format("{:04}-{:02}", u.date.year, u.date.month);
    if (key != month_key) {
      flush();
      month_key = key;
      current = object();
      put(current, "label",
          v.l.fill("month_format", {{"month", v.l.get("month_" + std::to_string(u.date.month))},
                                    {"year", std::to_string(u.date.year)}}));
      put(current, "key", key);
      entries = list();
    }
    data e = object();
    put(e, "date", v.l.date(u.date));
    put(e, "date_iso", u.date.iso());
    put(e, "initiative", v.link(su.initiative->title, v.urls.initiative(su.initiative->id)));
    put(e, "url", v.urls.initiative(su.initiative->id) + "#" + su.anchor);
    put(e, "number", su.initiative->number ? su.initiative->number->text : "");
    put(e, "has_number", su.initiative->number.has_value());
    put(e, "has_status", u.status.has_value());
    if (u.status) put(e, "status", v.status(*u.status));
    put(e, "has_progress", u.progress.has_value());
    put(e, "progress", u.progress ? std::to_string(*u.progress) : "");
    put(e, "text_html", v.html(u.text, pv.path, 3));
    append(entries, std::move(e));
  }
  flush();
  data d = object();
  put(d, "months", months);
  put(d, "has_updates", !months.is_empty_list());
  put(d, "feed_url", v.urls.feed());
  pv.body = std::move(d);
  return pv;
}

namespace {

struct Half {
  int year = 0, part = 0;
  Period period() const { return {Period::Kind::half, year, part, 0}; }
  bool operator<(const Half& o) const { return year != o.year ? year < o.year : part < o.part; }
  bool operator==(const Half& o) const = default;
  Half next() const { return part == 1 ? Half{year, 2} : Half{year + 1, 1}; }
};

Half half_of(const Date& d) {
  return {d.year, d.month <= 6 ? 1 : 2};
}

/// The half-years the action plan shows: the plan period, else the span of
/// the initiatives' own periods (at most 20 years, so odd data cannot blow up the table).
std::vector<Half> columns_of(const Plan& plan) {
  std::optional<Half> first, last;
  if (plan.info.period_start && plan.info.period_end) {
    first = Half{*plan.info.period_start, 1};
    last = Half{*plan.info.period_end, 2};
  } else {
    for (const Initiative& in : plan.initiatives) {
      for (const auto& p : {in.start, in.end}) {
        if (!p) continue;
        Half a = half_of(p->start()), b = half_of(p->end());
        if (!first || a < *first) first = a;
        if (!last || *last < b) last = b;
      }
    }
  }
  std::vector<Half> out;
  if (!first) return out;
  for (Half h = *first; !(*last < h) && out.size() < 40; h = h.next()) append(out, h);
  return out;
}

data cell(const ViewContext& v, const std::string& kind) {
  data c = object();
  put(c, "kind", kind);
  static const std::map<std::string, std::string> keys = {{"start", "ap_start"},
                                                          {"end", "ap_end"},
                                                          {"start-end", "ap_start_end"},
                                                          {"active", "ap_active"},
                                                          {"continues", "ap_continues"}};
  auto it = keys.find(kind);
  put(c, "label", it == keys.end() ? "" : v.l.get(it->second));
  put(c, "marked", it != keys.end());
  return c;
}

data timeline_cells(const ViewContext& v, const Initiative& in, const std::vector<Half>& cols) {
  data cells = list();
  // Plain values with flags, not optionals: GCC's -Wmaybe-uninitialized
  // misreads the optionals once this is inlined.
  const bool has_s = in.start.has_value(), has_e = in.end.has_value();
  const Half s = has_s ? half_of(in.start->start()) : Half{0, 1};
  const Half e = has_e ? half_of(in.end->end()) : Half{0, 1};
  for (size_t i = 0; i < cols.size(); ++i) {
    const Half& h = cols[i];
    bool after_start = !has_s || !(h < s);
    bool before_end = !has_e || !(e < h);
    std::string kind = "none";
    if (has_s && has_e && h == s && h == e)
      kind = "start-end";
    else if (has_s && h == s)
      kind = "start";
    else if (has_e && h == e)
      kind = "end";
    else if (after_start && before_end && (has_s || has_e))
      kind = (!has_e && i + 1 == cols.size()) ? "continues" : "active";
    append(cells, cell(v, kind));
  }
  return cells;
}

data plan_row(const ViewContext& v, const Initiative& in, const std::vector<Half>& cols) {
  data r = object();
  put(r, "title", in.title);
  put(r, "url", v.urls.initiative(in.id));
  put(r, "number", in.number ? in.number->text : "");
  put(r, "has_number", in.number.has_value());
  put(r, "status", v.status(in.status));
  put(r, "cost", in.cost ? v.l.cost(*in.cost) : "");
  put(r, "quick_win", in.quick_win ? v.l.get(*in.quick_win ? "yes" : "no") : "");
  put(r, "owner", fmt::format("{}", fmt::join(in.owners, ", ")));
  put(r, "period", text(v.period_range(in.start, in.end)));
  bool unplanned = !in.start && !in.end;
  put(r, "unplanned", unplanned);
  put(r, "cells", timeline_cells(v, in, cols));
  return r;
}

/// The line printed at the top of every page of the print version. The
/// period is left out when the title already names both its years
/// ("Handleplan for hjemløshed 2021–2024").
std::string running_head(const PlanInfo& info) {
  std::string head =
      info.organisation.empty() ? info.title : info.organisation + " · " + info.title;
  if (info.period_start && info.period_end) {
    const std::string start = std::to_string(*info.period_start);
    const std::string end = std::to_string(*info.period_end);
    bool named =
        info.title.find(start) != std::string::npos && info.title.find(end) != std::string::npos;
    if (!named) head += fmt::format(" · {}–{}", start, end);
  }
  return head;
}

}  // namespace

PageView action_plan_view(const ViewContext& v) {
  PageView pv;
  pv.path = v.urls.action_plan();
  pv.kind = "action_plan";
  const std::string title = v.l.get("action_plan_title");
  pv.frame = page_frame(v, {.path = pv.path,
                            .kind = pv.kind,
                            .title = title,
                            .description = v.l.get("action_plan_intro"),
                            .section = pv.path,
                            .crumbs = {{title, ""}}});
  const auto cols = columns_of(v.plan);
  data columns = list();
  for (const Half& h : cols) {
    data c = object();
    put(c, "label", v.l.period(h.period()));
    put(c, "key", h.period().text());
    append(columns, std::move(c));
  }
  data groups = list();
  for (const Theme* t : v.plan.leaf_themes()) {
    auto it = v.primary_of_theme.find(t->id);
    if (it == v.primary_of_theme.end()) continue;
    data g = v.theme_link(*t);
    data rows = list();
    for (const Initiative* in : it->second) append(rows, plan_row(v, *in, cols));
    put(g, "rows", std::move(rows));
    put(g, "colspan", std::to_string(cols.size() + 4));
    append(groups, std::move(g));
  }
  data d = object();
  put(d, "caption", v.l.get("action_plan_caption"));
  put(d, "columns", std::move(columns));
  // A plan period alone gives columns; without any initiative's period the grid would be empty.
  const bool any_period = std::any_of(v.plan.initiatives.begin(), v.plan.initiatives.end(),
                                      [](const Initiative& in) { return in.start || in.end; });
  put(d, "has_columns", !cols.empty() && any_period);
  put(d, "column_count", std::to_string(cols.size()));
  put(d, "first_column", cols.empty() ? "" : v.l.period(cols.front().period()));
  put(d, "last_column", cols.empty() ? "" : v.l.period(cols.back().period()));
  put(d, "groups", std::move(groups));
  pv.body = std::move(d);
  return pv;
}

PageView print_view(const ViewContext& v) {
  PageView pv;
  pv.path = v.urls.print();
  pv.kind = "print";
  const std::string title = v.l.get("print_title");
  pv.frame = page_frame(v, {.path = pv.path,
                            .kind = pv.kind,
                            .title = v.plan.info.title,
                            .description = v.l.get("print_intro"),
                            .crumbs = {{title, ""}}});
  put(pv.frame, "running_head", css_string(running_head(v.plan.info)));
  data d = object();
  put(d, "intro_html", v.main_html(v.plan.info.intro, pv.path, 2, "intro-"));
  put(d, "has_intro", !v.plan.info.intro.text.empty());
  put(d, "published", v.published());
  put(d, "theme_groups", theme_groups(v, pv.path));
  if (v.plan.info.sections.action_plan)
    put(d, "action_plan", action_plan_view(v).body);
  else
    put(d, "action_plan", false);
  if (v.plan.info.sections.matrix) {
    PageView matrix = matrix_view(v);
    put(matrix.body, "matrix_id", "print-matrix");
    put(d, "matrix", matrix.body);
  } else {
    put(d, "matrix", false);
  }
  // Built one at a time as the template reaches them: the print version of
  // a large plan holds every initiative's text.
  const std::string path = pv.path;
  put(d, "initiatives", lazy_list(v.plan.initiatives.size(), [&v, path](size_t i) {
        const Initiative& in = v.plan.initiatives[i];
        return initiative_body(v, in, path, 4, in.id + "-");
      }));
  put(d, "indicators", lazy_list(v.plan.indicators.size(), [&v, path](size_t i) {
        const Indicator& ind = v.plan.indicators[i];
        return indicator_body(v, ind, path, 4, ind.id + "-");
      }));
  put(d, "has_indicators", !v.plan.indicators.empty());
  // Each page where it asks to stand (1.2): a foreword before the themes, an appendix at the end.
  data front_pages = list(), pages = list();
  for (const Page& p : v.plan.pages) {
    if (p.print == PrintPlace::none) continue;
    data pd = object();
    put(pd, "title", p.title);
    put(pd, "slug", p.slug);
    put(pd, "body_html", v.main_html(p.body, pv.path, 3, p.slug + "-"));
    append(p.print == PrintPlace::front ? front_pages : pages, std::move(pd));
  }
  put(d, "front_pages", std::move(front_pages));
  put(d, "pages", std::move(pages));
  pv.body = std::move(d);
  return pv;
}

PageView changes_view(const ViewContext& v) {
  PageView pv;
  pv.path = v.urls.changes();
  pv.kind = "changes";
  const std::string title = v.l.fill("changed_since", {{"date", v.l.date(v.changes_since)}});
  pv.frame = page_frame(v, {.path = pv.path,
                            .kind = pv.kind,
                            .title = title,
                            .description = title,
                            .crumbs = {{title, ""}}});
  data d = object();
  put(d, "intro", v.l.fill("changes_intro", {{"date", v.l.date(v.changes_since)}}));
  const std::string report = diff_report(*v.changes, v.l, DiffFormat::markdown);
  LinkContext links;
  links.urls = &v.urls;
  links.root = Urls::root_of(pv.path);
  links.cache = &v.markdown;  // the feed renders the same report
  put(d, "report_html", markdown_to_html(report, links, 2));
  put(d, "matrix_url", v.urls.matrix());
  put(d, "has_link_changes", !v.changes->links.empty() && v.plan.info.sections.matrix);
  pv.body = std::move(d);
  return pv;
}

}  // namespace overblik
