#include <fmt/format.h>

#include "render/views.hpp"

namespace overblik {

namespace {

data cards_of(const ViewContext& v, const std::vector<const Initiative*>& items) {
  data out = list();
  for (const Initiative* in : items) append(out, v.card_ref(*in));
  return out;
}

data theme_entry(const ViewContext& v, const Theme& t, const std::string& path) {
  data d = v.theme_link(t);
  put(d, "extra", extra_data(t.extra));
  put(d, "summary_html", v.html(t.summary, path, 3));
  put_goal_and_results(v, t, path, 4, d);
  put(d, "is_group", t.is_group());
  auto primary = v.initiatives_of(t, true), secondary = v.initiatives_of(t, false);
  put(d, "initiative_count", std::to_string(primary.size() + secondary.size()));
  put(d, "primary_count", std::to_string(primary.size()));
  return d;
}

}  // namespace

data theme_groups(const ViewContext& v, const std::string& path) {
  data groups = list();
  for (const Theme& t : v.plan.themes) {
    if (!t.parent.empty()) continue;
    data g = theme_entry(v, t, path);
    data children = list();
    for (auto& id : t.children) append(children, theme_entry(v, *v.theme_by_id.at(id), path));
    put(g, "children", std::move(children));
    append(groups, std::move(g));
  }
  return groups;
}

PageView themes_view(const ViewContext& v) {
  PageView pv;
  pv.path = v.urls.themes();
  pv.kind = "themes";
  const std::string title = v.l.get("nav_themes");
  pv.frame = page_frame(v, {.path = pv.path,
                            .kind = pv.kind,
                            .title = title,
                            .description = v.plan.info.title,
                            .section = pv.path,
                            .crumbs = {{title, ""}}});
  pv.body = object();
  put(pv.body, "theme_groups", theme_groups(v, pv.path));
  return pv;
}

PageView theme_view(const ViewContext& v, const Theme& t) {
  PageView pv;
  pv.path = v.urls.theme(t.id);
  pv.kind = "theme";
  std::vector<Crumb> crumbs = {{v.l.get("nav_themes"), v.urls.themes()}};
  const Theme* parent = t.parent.empty() ? nullptr : v.theme_by_id.at(t.parent);
  if (parent) crumbs.push_back({parent->title, v.urls.theme(parent->id)});
  crumbs.push_back({t.title, ""});
  pv.frame = page_frame(v, {.path = pv.path,
                            .kind = pv.kind,
                            .title = t.title,
                            .description = t.title,
                            .section = v.urls.themes(),
                            .crumbs = std::move(crumbs)});
  data d = v.theme_link(t);
  put(d, "extra", extra_data(t.extra));
  put(d, "summary_html", v.html(t.summary, pv.path));
  put_goal_and_results(v, t, pv.path, 3, d);
  put(d, "caption", v.l.get(t.is_group() ? "group_caption" : "theme_caption"));
  put(d, "is_group", t.is_group());
  data children = list();
  for (auto& id : t.children) append(children, v.theme_link(*v.theme_by_id.at(id)));
  put(d, "children", children);
  put(d, "parent", parent ? v.theme_link(*parent) : data(false));
  auto primary = v.initiatives_of(t, true);
  auto secondary = v.initiatives_of(t, false);
  // An initiative primary under one child and secondary under another shows once, as primary.
  std::erase_if(secondary, [&](const Initiative* in) {
    return std::find(primary.begin(), primary.end(), in) != primary.end();
  });
  put(d, "primary_cards", cards_of(v, primary));
  put(d, "secondary_cards", cards_of(v, secondary));
  put(d, "has_primary", !primary.empty());
  put(d, "has_secondary", !secondary.empty());
  std::vector<const Initiative*> all = primary;
  all.insert(all.end(), secondary.begin(), secondary.end());
  put(d, "status_counts", v.status_counts(all));
  std::vector<std::string> theme_ids = t.is_group() ? t.children : std::vector<std::string>{t.id};
  std::vector<std::string> indicator_ids;
  for (auto& id : theme_ids) {
    auto it = v.indicators_of_theme.find(id);
    if (it == v.indicators_of_theme.end()) continue;
    for (const Indicator* ind : it->second) append(indicator_ids, ind->id);
  }
  put(d, "indicators", v.indicator_cards_of(indicator_ids));
  put(d, "has_indicators", !indicator_ids.empty());
  pv.body = std::move(d);
  return pv;
}

PageView matrix_view(const ViewContext& v) {
  PageView pv;
  pv.path = v.urls.matrix();
  pv.kind = "matrix";
  const std::string title = v.l.get("nav_matrix");
  pv.frame = page_frame(v, {.path = pv.path,
                            .kind = pv.kind,
                            .title = title,
                            .description = v.l.get("matrix_caption"),
                            .section = pv.path,
                            .crumbs = {{title, ""}}});
  data d = object();
  put(d, "caption", v.l.get("matrix_caption"));
  put(d, "matrix_id", "matrix");
  auto leaves = v.plan.leaf_themes();
  data groups = list(), columns = list();
  bool has_groups = false;
  for (const Theme& t : v.plan.themes) has_groups = has_groups || t.is_group();
  for (const Theme& t : v.plan.themes) {
    if (!t.parent.empty()) continue;
    // A leaf theme outside any group heads its column across both header rows.
    data g = t.is_group() ? object() : v.theme_link(t);
    put(g, "title", t.title);
    put(g, "is_group", t.is_group());
    put(g, "colspan", std::to_string(t.is_group() ? t.children.size() : 1));
    append(groups, std::move(g));
  }
  for (const Theme* t : leaves) {
    data c = v.theme_link(*t);
    put(c, "second_row", !has_groups || !t->parent.empty());
    append(columns, std::move(c));
  }
  put(d, "groups", std::move(groups));
  put(d, "has_groups", has_groups);
  put(d, "columns", columns);
  data rows = list();
  for (const Initiative& in : v.plan.initiatives) {
    data r = object();
    put(r, "title", in.title);
    put(r, "number", in.number ? in.number->text : "");
    put(r, "has_number", in.number.has_value());
    put(r, "url", v.urls.initiative(in.id));
    put(r, "status", v.status(in.status));
    data cells = list();
    for (const Theme* t : leaves) {
      auto it = std::find(in.themes.begin(), in.themes.end(), t->id);
      std::string kind = it == in.themes.end()     ? "none"
                         : it == in.themes.begin() ? "primary"
                                                   : "secondary";
      data c = object();
      put(c, "kind", kind);
      put(c, "label",
          v.l.get(kind == "primary"     ? "primary_theme"
                  : kind == "secondary" ? "secondary_theme"
                                        : "not_linked"));
      put(c, "symbol", kind == "primary" ? "●" : kind == "secondary" ? "○" : "");
      auto changed = v.changed_cells.find({in.id, t->id});
      put(c, "changed", changed != v.changed_cells.end());
      if (changed != v.changed_cells.end()) {
        const auto& link = *changed->second;
        auto word = [&](const std::string& k) {
          return v.l.get(k == "primary"     ? "primary_theme"
                         : k == "secondary" ? "secondary_theme"
                                            : "not_linked");
        };
        const char* key = link.from.empty() ? "changes_cell_added"
                          : link.to.empty() ? "changes_cell_removed"
                                            : "changes_cell_changed";
        put(c, "change_label",
            v.l.fill(key, {{"kind", link.from.empty() ? word(link.to) : word(link.from)}}));
      }
      append(cells, std::move(c));
    }
    put(r, "cells", std::move(cells));
    append(rows, std::move(r));
  }
  put(d, "rows", std::move(rows));
  data legend = list();
  for (auto [symbol, key] : {std::pair{"●", "primary_theme"}, {"○", "secondary_theme"}}) {
    data e = object();
    put(e, "symbol", symbol);
    put(e, "label", v.l.get(key));
    append(legend, std::move(e));
  }
  put(d, "legend", std::move(legend));
  pv.body = std::move(d);
  return pv;
}

}  // namespace overblik
