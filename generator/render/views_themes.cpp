#include <fmt/format.h>

#include "render/views.hpp"

namespace overblik {

namespace {

data cards_of(const ViewContext& v, const std::vector<const Initiative*>& items) {
  data out = list();
  for (const Initiative* in : items) out.push_back(v.card_of(*in));
  return out;
}

data theme_entry(const ViewContext& v, const Theme& t, const std::string& path) {
  data d = v.theme_link(t);
  d.set("summary_html", v.html(t.summary, path, 3));
  d.set("is_group", t.is_group());
  auto primary = v.initiatives_of(t, true), secondary = v.initiatives_of(t, false);
  d.set("initiative_count", std::to_string(primary.size() + secondary.size()));
  d.set("primary_count", std::to_string(primary.size()));
  return d;
}

}  // namespace

data theme_groups(const ViewContext& v, const std::string& path) {
  data groups = list();
  for (const Theme& t : v.plan.themes) {
    if (!t.parent.empty()) continue;
    data g = theme_entry(v, t, path);
    data children = list();
    for (auto& id : t.children) children.push_back(theme_entry(v, *v.theme_by_id.at(id), path));
    g.set("children", children);
    groups.push_back(g);
  }
  return groups;
}

PageView themes_view(const ViewContext& v) {
  PageView pv;
  pv.path = v.urls.themes();
  pv.kind = "themes";
  const std::string title = v.l.get("nav_themes");
  pv.frame = page_frame(v, pv.path, pv.kind, title, v.plan.info.title, pv.path, {{title, ""}});
  pv.body = object();
  pv.body.set("theme_groups", theme_groups(v, pv.path));
  return pv;
}

PageView theme_view(const ViewContext& v, const Theme& t) {
  PageView pv;
  pv.path = v.urls.theme(t.id);
  pv.kind = "theme";
  std::vector<std::pair<std::string, std::string>> crumbs = {{v.l.get("nav_themes"), v.urls.themes()}};
  const Theme* parent = t.parent.empty() ? nullptr : v.theme_by_id.at(t.parent);
  if (parent) crumbs.emplace_back(parent->title, v.urls.theme(parent->id));
  crumbs.emplace_back(t.title, "");
  pv.frame = page_frame(v, pv.path, pv.kind, t.title, t.title, v.urls.themes(), crumbs);
  data d = v.theme_link(t);
  d.set("summary_html", v.html(t.summary, pv.path));
  d.set("is_group", t.is_group());
  data children = list();
  for (auto& id : t.children) children.push_back(v.theme_link(*v.theme_by_id.at(id)));
  d.set("children", children);
  d.set("parent", parent ? v.theme_link(*parent) : data(false));
  auto primary = v.initiatives_of(t, true);
  auto secondary = v.initiatives_of(t, false);
  // An initiative primary under one child and secondary under another shows once, as primary.
  std::erase_if(secondary, [&](const Initiative* in) { return std::find(primary.begin(), primary.end(), in) != primary.end(); });
  d.set("primary_cards", cards_of(v, primary));
  d.set("secondary_cards", cards_of(v, secondary));
  d.set("has_primary", !primary.empty());
  d.set("has_secondary", !secondary.empty());
  std::vector<const Initiative*> all = primary;
  all.insert(all.end(), secondary.begin(), secondary.end());
  d.set("status_counts", v.status_counts(all));
  std::vector<std::string> theme_ids = t.is_group() ? t.children : std::vector<std::string>{t.id};
  std::vector<std::string> indicator_ids;
  for (auto& id : theme_ids) {
    auto it = v.indicators_of_theme.find(id);
    if (it == v.indicators_of_theme.end()) continue;
    for (const Indicator* ind : it->second) indicator_ids.push_back(ind->id);
  }
  d.set("indicators", v.indicator_cards_of(indicator_ids));
  d.set("has_indicators", !indicator_ids.empty());
  pv.body = std::move(d);
  return pv;
}

PageView matrix_view(const ViewContext& v) {
  PageView pv;
  pv.path = v.urls.matrix();
  pv.kind = "matrix";
  const std::string title = v.l.get("nav_matrix");
  pv.frame = page_frame(v, pv.path, pv.kind, title, v.l.get("matrix_caption"), pv.path, {{title, ""}});
  data d = object();
  d.set("caption", v.l.get("matrix_caption"));
  d.set("matrix_id", "matrix");
  auto leaves = v.plan.leaf_themes();
  data groups = list(), columns = list();
  bool has_groups = false;
  for (const Theme& t : v.plan.themes) has_groups = has_groups || t.is_group();
  for (const Theme& t : v.plan.themes) {
    if (!t.parent.empty()) continue;
    // A leaf theme outside any group heads its column across both header rows.
    data g = t.is_group() ? object() : v.theme_link(t);
    g.set("title", t.title);
    g.set("is_group", t.is_group());
    g.set("colspan", std::to_string(t.is_group() ? t.children.size() : 1));
    groups.push_back(g);
  }
  for (const Theme* t : leaves) {
    data c = v.theme_link(*t);
    c.set("second_row", !has_groups || !t->parent.empty());
    columns.push_back(c);
  }
  d.set("groups", groups);
  d.set("has_groups", has_groups);
  d.set("columns", columns);
  data rows = list();
  for (const Initiative& in : v.plan.initiatives) {
    data r = object();
    r.set("title", in.title);
    r.set("number", in.number ? in.number->text : "");
    r.set("has_number", in.number.has_value());
    r.set("url", v.urls.initiative(in.id));
    r.set("status", v.status(in.status));
    data cells = list();
    for (const Theme* t : leaves) {
      auto it = std::find(in.themes.begin(), in.themes.end(), t->id);
      std::string kind = it == in.themes.end() ? "none" : it == in.themes.begin() ? "primary" : "secondary";
      data c = object();
      c.set("kind", kind);
      c.set("label", v.l.get(kind == "primary" ? "primary_theme" : kind == "secondary" ? "secondary_theme" : "not_linked"));
      c.set("symbol", kind == "primary" ? "●" : kind == "secondary" ? "○" : "");
      auto changed = v.changed_cells.find({in.id, t->id});
      c.set("changed", changed != v.changed_cells.end());
      if (changed != v.changed_cells.end()) {
        const auto& link = *changed->second;
        auto word = [&](const std::string& k) {
          return v.l.get(k == "primary" ? "primary_theme" : k == "secondary" ? "secondary_theme" : "not_linked");
        };
        const char* key = link.from.empty() ? "changes_cell_added" : link.to.empty() ? "changes_cell_removed" : "changes_cell_changed";
        c.set("change_label", v.l.fill(key, {{"kind", link.from.empty() ? word(link.to) : word(link.from)}}));
      }
      cells.push_back(c);
    }
    r.set("cells", cells);
    rows.push_back(r);
  }
  d.set("rows", rows);
  data legend = list();
  for (auto [symbol, key] : {std::pair{"●", "primary_theme"}, {"○", "secondary_theme"}}) {
    data e = object();
    e.set("symbol", symbol);
    e.set("label", v.l.get(key));
    legend.push_back(e);
  }
  d.set("legend", legend);
  pv.body = std::move(d);
  return pv;
}

}  // namespace overblik
