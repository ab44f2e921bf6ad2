#include "render/view_context.hpp"

#include <fmt/format.h>

#include "render/directive_text.hpp"
#include "render/views.hpp"
#include "support/text.hpp"

namespace overblik {

ViewContext::ViewContext(const Plan& p, const Labels& labels) : plan(p), l(labels), urls(p.info.language) {
  for (const Theme& t : plan.themes) theme_by_id[t.id] = &t;
  for (const Indicator& ind : plan.indicators) {
    indicator_by_id[ind.id] = &ind;
    for (auto& t : ind.themes) indicators_of_theme[t].push_back(&ind);
  }
  for (const Initiative& in : plan.initiatives) {
    initiative_by_id[in.id] = &in;
    for (size_t i = 0; i < in.themes.size(); ++i)
      (i == 0 ? primary_of_theme : secondary_of_theme)[in.themes[i]].push_back(&in);
    for (auto& ind : in.indicators) initiatives_of_indicator[ind].push_back(&in);
  }
  cards.reserve(plan.initiatives.size());
  for (const Initiative& in : plan.initiatives) cards.push_back(card(in));
  for (const Indicator& ind : plan.indicators) indicator_cards.push_back(indicator_summary(*this, ind));
}

void ViewContext::set_changes(const PlanDiff* d, Date since) {
  changes = d;
  changes_since = since;
  if (d)
    for (const auto& link : d->links) changed_cells[{link.initiative, link.theme}] = &link;
}

data ViewContext::indicator_cards_of(const std::vector<std::string>& ids) const {
  data out = list();
  for (const Indicator& ind : plan.indicators)
    if (std::find(ids.begin(), ids.end(), ind.id) != ids.end()) out.push_back(indicator_card_of(ind));
  return out;
}

LinkContext ViewContext::link_context(const std::string& page_path) const {
  LinkContext ctx{&urls, Urls::root_of(page_path)};
  ctx.directive = [this](const Directive& d, std::string_view written) { return directive_text(d, plan, l, written); };
  return ctx;
}

std::string ViewContext::html(const MarkdownText& md, const std::string& page_path, int top_heading) const {
  return markdown_to_html(md.text, link_context(page_path), top_heading);
}

std::string ViewContext::main_html(const MarkdownText& md, const std::string& page_path, int top_heading,
                                   const std::string& id_prefix) const {
  LinkContext ctx = link_context(page_path);
  ctx.heading_ids = true;
  ctx.id_prefix = id_prefix;
  return markdown_to_html(md.text, ctx, top_heading);
}

data ViewContext::status(Status s) const {
  data d = object();
  d.set("key", status_key(s));
  d.set("label", l.status(s));
  return d;
}

data ViewContext::link(const std::string& title, const std::string& url) const {
  data d = object();
  d.set("title", title);
  d.set("url", url);
  return d;
}

data ViewContext::theme_link(const Theme& t) const {
  data d = link(t.title, urls.theme(t.id));
  d.set("id", t.id);
  d.set("number", t.number ? t.number->text : "");
  d.set("has_number", t.number.has_value());
  d.set("short", t.short_label.empty() ? t.title : t.short_label);
  return d;
}

std::string ViewContext::period_range(const std::optional<Period>& start, const std::optional<Period>& end) const {
  if (start && end) {
    if (*start == *end) return l.period(*start);
    return l.period(*start) + " – " + l.period(*end);
  }
  if (start) return l.period(*start) + " –";
  if (end) return "– " + l.period(*end);
  return {};
}

data ViewContext::card(const Initiative& in) const {
  data d = object();
  d.set("id", in.id);
  d.set("url", urls.initiative(in.id));
  d.set("title", in.title);
  d.set("number", in.number ? in.number->text : "");
  d.set("has_number", in.number.has_value());
  d.set("summary", text(in.summary));
  d.set("has_summary", !in.summary.empty());
  d.set("status", status(in.status));
  d.set("stale", in.stale);
  data themes = list();
  for (size_t i = 0; i < in.themes.size(); ++i) {
    auto it = theme_by_id.find(in.themes[i]);
    if (it == theme_by_id.end()) continue;
    data t = theme_link(*it->second);
    t.set("primary", i == 0);
    if (i == 0) d.set("primary_theme", t);
    themes.push_back(t);
  }
  d.set("themes", themes);
  // For the filter script: values it matches on, in data-* attributes.
  d.set("data_themes", fmt::format("{}", fmt::join(in.themes, " ")));
  d.set("data_owners", fmt::format("{}", fmt::join(in.owners, "|")));
  d.set("data_tags", fmt::format("{}", fmt::join(in.tags, "|")));
  d.set("owner", text(fmt::format("{}", fmt::join(in.owners, ", "))));
  d.set("has_owner", !in.owners.empty());
  d.set("start", text(in.start ? l.period(*in.start) : ""));
  d.set("end", text(in.end ? l.period(*in.end) : ""));
  d.set("period", text(period_range(in.start, in.end)));
  d.set("progress", in.progress ? std::to_string(*in.progress) : "");
  d.set("has_progress", in.progress.has_value());
  d.set("last_update", text(in.last_update ? l.date(*in.last_update) : ""));
  d.set("last_update_iso", text(in.last_update ? in.last_update->iso() : ""));
  return d;
}

const data& ViewContext::card_of(const Initiative& in) const {
  return cards[static_cast<size_t>(&in - plan.initiatives.data())];
}

data ViewContext::status_counts(const std::vector<const Initiative*>& initiatives) const {
  std::map<Status, int> counts;
  for (const Initiative* in : initiatives) counts[in->status]++;
  data out = list();
  for (auto& [s, n] : counts) {
    data d = status(s);
    d.set("count", std::to_string(n));
    out.push_back(d);
  }
  return out;
}

std::vector<const Initiative*> ViewContext::initiatives_of(const Theme& t, bool primary) const {
  std::vector<std::string> ids = t.is_group() ? t.children : std::vector<std::string>{t.id};
  const auto& index = primary ? primary_of_theme : secondary_of_theme;
  std::vector<const Initiative*> out;
  for (auto& id : ids) {
    auto it = index.find(id);
    if (it != index.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  }
  // In display order, each once (a group's children may share initiatives).
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

data shared_data(const ViewContext& v) {
  const PlanInfo& info = v.plan.info;
  data t = object();
  for (auto& [k, text] : v.l.entries()) t.set(k, text);
  data site = object();
  site.set("title", info.title);
  site.set("subtitle", text(info.subtitle));
  site.set("organisation", info.organisation);
  site.set("department", text(info.department));
  site.set("period", text(info.period_start && info.period_end
                              ? fmt::format("{}–{}", *info.period_start, *info.period_end) : ""));
  site.set("logo_url", info.logo);
  site.set("has_logo", !info.logo.empty());
  data contact = object();
  contact.set("name", text(info.contact.name));
  contact.set("email", text(info.contact.email));
  contact.set("phone", text(info.contact.phone));
  contact.set("address", text(info.contact.address));
  site.set("contact", contact);
  site.set("has_contact", !info.contact.empty());
  site.set("accessibility_url", text(info.accessibility_statement));
  site.set("licence", text(info.licence));
  site.set("base_url", text(info.base_url));
  site.set("front_url", v.urls.front());
  site.set("feed_url", v.urls.feed());
  site.set("print_url", v.urls.print());
  data links = list();
  for (auto [key, file] : {std::pair{"data_initiatives_csv", "initiatives.csv"}, {"data_initiatives_json", "initiatives.json"},
                           {"data_matrix_csv", "matrix.csv"}, {"data_indicators_csv", "indicators.csv"},
                           {"data_indicators_json", "indicators.json"}, {"data_assessments_csv", "assessments.csv"}}) {
    data d = object();
    d.set("label", v.l.get(key));
    d.set("url", std::string("data/") + file);
    links.push_back(d);
  }
  site.set("data_links", links);
  data shared = object();
  shared.set("t", t);
  shared.set("site", site);
  shared.set("lang", info.language);
  return shared;
}

data page_frame(const ViewContext& v, const std::string& path, const std::string& kind, const std::string& title,
                const std::string& description, const std::string& section,
                const std::vector<std::pair<std::string, std::string>>& crumbs) {
  data d = object();
  const std::string root = Urls::root_of(path);
  d.set("root", root);
  d.set("assets", root + "_overblik/");
  data nav = list();
  std::vector<std::pair<std::string, std::string>> items = {
      {"nav_front", v.urls.front()}, {"nav_initiatives", v.urls.initiatives()}, {"nav_themes", v.urls.themes()},
      {"nav_matrix", v.urls.matrix()}, {"nav_action_plan", v.urls.action_plan()},
      {"nav_indicators", v.urls.indicators()}, {"nav_updates", v.urls.updates()}};
  for (auto& [key, url] : items) {
    data item = object();
    item.set("label", v.l.get(key));
    item.set("url", url);
    item.set("current", url == section);
    nav.push_back(item);
  }
  for (const Page& p : v.plan.pages) {
    if (!p.menu) continue;
    data item = object();
    item.set("label", p.title);
    item.set("url", v.urls.page(p.slug));
    item.set("current", v.urls.page(p.slug) == section);
    nav.push_back(item);
  }
  d.set("nav", nav);
  data bc = list();
  if (!crumbs.empty()) {
    data home = object();
    home.set("label", v.l.get("nav_front"));
    home.set("url", v.urls.front());
    bc.push_back(home);
  }
  for (auto& [label, url] : crumbs) {
    data c = object();
    c.set("label", label);
    c.set("url", text(url));
    c.set("current", url.empty());
    bc.push_back(c);
  }
  d.set("breadcrumbs", bc);
  d.set("has_breadcrumbs", !crumbs.empty());
  data page = object();
  page.set("title", title);
  page.set("description", description);
  page.set("is_front", kind == "front");
  page.set("kind", kind);
  page.set("url", Urls::pretty(path));
  d.set("page", page);
  return d;
}

}  // namespace overblik
