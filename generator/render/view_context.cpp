#include "render/view_context.hpp"

#include <fmt/format.h>

#include "render/directive_text.hpp"
#include "render/terms.hpp"
#include "render/views.hpp"
#include "support/text.hpp"

namespace overblik {

ViewContext::ViewContext(const Plan& p, const Labels& labels)
    : plan(p), l(with_terms(labels, p.info.terms)), urls(p.info.language, p.info.terms) {
  urls.set_groups(plan.themes);
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
  for (const Initiative& in : plan.initiatives) append(cards, card(in));
  for (const Indicator& ind : plan.indicators)
    append(indicator_cards, indicator_summary(*this, ind));
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
    if (std::find(ids.begin(), ids.end(), ind.id) != ids.end()) append(out, indicator_card_of(ind));
  return out;
}

LinkContext ViewContext::link_context(const std::string& page_path) const {
  LinkContext ctx;
  ctx.urls = &urls;
  ctx.root = Urls::root_of(page_path);
  ctx.cache = &markdown;
  ctx.directive = [this](const Directive& d, std::string_view written) {
    return directive_text(d, plan, l, written);
  };
  return ctx;
}

namespace {

/// Footnote ids unique to one text on any page: the file's name and the text's line ("plan-7-").
void footnotes_of(const MarkdownText& md, const Labels& l, LinkContext& ctx) {
  if (md.text.find("[^") == std::string::npos) return;
  std::string stem = md.path.substr(md.path.rfind('/') + 1);
  stem = suggest_id(stem.substr(0, stem.rfind('.')));
  ctx.footnote_prefix = stem + "-" + std::to_string(md.first_line) +
                        (md.yaml_column > 0 ? "-" + std::to_string(md.yaml_column) : "") + "-";
  ctx.footnote_back = l.get("footnote_back");
}

}  // namespace

std::string ViewContext::html(const MarkdownText& md, const std::string& page_path,
                              int top_heading) const {
  LinkContext ctx = link_context(page_path);
  footnotes_of(md, l, ctx);
  return markdown_to_html(md.text, ctx, top_heading);
}

std::string ViewContext::main_html(const MarkdownText& md, const std::string& page_path,
                                   int top_heading, const std::string& id_prefix) const {
  LinkContext ctx = link_context(page_path);
  footnotes_of(md, l, ctx);
  ctx.heading_ids = true;
  ctx.id_prefix = id_prefix;
  return markdown_to_html(md.text, ctx, top_heading);
}

data ViewContext::status(Status s) const {
  data d = object();
  put(d, "key", status_key(s));
  put(d, "label", l.status(s));
  return d;
}

data ViewContext::link(const std::string& title, const std::string& url) const {
  data d = object();
  put(d, "title", title);
  put(d, "url", url);
  return d;
}

data ViewContext::theme_link(const Theme& t) const {
  data d = link(t.title, urls.theme(t.id));
  put(d, "id", t.id);
  put(d, "number", t.number ? t.number->text : "");
  put(d, "has_number", t.number.has_value());
  put(d, "short", t.short_label.empty() ? t.title : t.short_label);
  return d;
}

std::string ViewContext::period_range(const std::optional<Period>& start,
                                      const std::optional<Period>& end) const {
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
  put(d, "id", in.id);
  put(d, "url", urls.initiative(in.id));
  put(d, "title", in.title);
  put(d, "number", in.number ? in.number->text : "");
  put(d, "has_number", in.number.has_value());
  put(d, "summary", text(in.summary));
  put(d, "extra", extra_data(in.extra));
  put(d, "has_summary", !in.summary.empty());
  put(d, "status", status(in.status));
  put(d, "stale", in.stale);
  data themes = list();
  for (size_t i = 0; i < in.themes.size(); ++i) {
    auto it = theme_by_id.find(in.themes[i]);
    if (it == theme_by_id.end()) continue;
    data t = theme_link(*it->second);
    put(t, "primary", i == 0);
    if (i == 0) put(d, "primary_theme", t);
    append(themes, std::move(t));
  }
  put(d, "themes", themes);
  // For the filter script: values it matches on, in data-* attributes.
  put(d, "data_themes", fmt::format("{}", fmt::join(in.themes, " ")));
  put(d, "data_owners", fmt::format("{}", fmt::join(in.owners, "|")));
  put(d, "data_tags", fmt::format("{}", fmt::join(in.tags, "|")));
  put(d, "owner", text(fmt::format("{}", fmt::join(in.owners, ", "))));
  put(d, "has_owner", !in.owners.empty());
  put(d, "start", text(in.start ? l.period(*in.start) : ""));
  put(d, "end", text(in.end ? l.period(*in.end) : ""));
  put(d, "period", text(period_range(in.start, in.end)));
  put(d, "progress", in.progress ? std::to_string(*in.progress) : "");
  put(d, "has_progress", in.progress.has_value());
  put(d, "last_update", text(in.last_update ? l.date(*in.last_update) : ""));
  put(d, "last_update_iso", text(in.last_update ? in.last_update->iso() : ""));
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
    put(d, "count", std::to_string(n));
    append(out, std::move(d));
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

data extra_data(const YamlNode& extra) {
  switch (extra.kind) {
    case YamlNode::Kind::null:
      return data(false);
    case YamlNode::Kind::scalar:
      return data(extra.text);
    case YamlNode::Kind::sequence: {
      data out = list();
      for (const YamlNode& item : extra.items) append(out, extra_data(item));
      return out;
    }
    case YamlNode::Kind::map: {
      data out = object();
      for (const YamlEntry& e : extra.entries) put(out, e.first.text, extra_data(e.second));
      return out;
    }
  }
  return data(false);
}

data shared_data(const ViewContext& v) {
  const PlanInfo& info = v.plan.info;
  data t = object();
  for (auto& [k, text] : v.l.entries())
    if (k.compare(0, 6, "terms.") != 0) put(t, k, text);
  data site = object();
  put(site, "title", info.title);
  put(site, "subtitle", text(info.subtitle));
  put(site, "organisation", info.organisation);
  put(site, "department", text(info.department));
  put(site, "period",
      text(info.period_start && info.period_end
               ? fmt::format("{}–{}", *info.period_start, *info.period_end)
               : ""));
  put(site, "logo_url", info.logo);
  put(site, "has_logo", !info.logo.empty());
  data contact = object();
  put(contact, "name", text(info.contact.name));
  put(contact, "email", text(info.contact.email));
  put(contact, "phone", text(info.contact.phone));
  put(contact, "address", text(info.contact.address));
  put(site, "contact", contact);
  put(site, "has_contact", !info.contact.empty());
  put(site, "accessibility_url", text(info.accessibility_statement));
  put(site, "licence", text(info.licence));
  put(site, "base_url", text(info.base_url));
  put(site, "front_url", v.urls.front());
  put(site, "feed_url", text(info.sections.updates ? v.urls.feed() : ""));
  const std::string period = info.period_start && info.period_end
                                 ? fmt::format("{}–{}", *info.period_start, *info.period_end)
                                 : "";
  put(site, "ended_notice",
      text(!info.ended      ? ""
           : period.empty() ? v.l.get("plan_ended")
                            : v.l.fill("plan_ended_period", {{"period", period}})));
  put(site, "print_url", v.urls.print());
  data links = list();
  for (auto [key, file] : {std::pair{"data_initiatives_csv", "initiatives.csv"},
                           {"data_initiatives_json", "initiatives.json"},
                           {"data_matrix_csv", "matrix.csv"},
                           {"data_indicators_csv", "indicators.csv"},
                           {"data_indicators_json", "indicators.json"},
                           {"data_assessments_csv", "assessments.csv"}}) {
    data d = object();
    put(d, "label", v.l.get(key));
    put(d, "url", Urls::data(file));
    append(links, std::move(d));
  }
  put(site, "data_links", std::move(links));
  put(site, "extra", extra_data(info.extra));
  data shared = object();
  put(shared, "t", std::move(t));
  put(shared, "site", std::move(site));
  put(shared, "lang", info.language);
  return shared;
}

data page_frame(const ViewContext& v, const FrameOptions& page) {
  const std::string& section = page.section;
  const std::vector<Crumb>& crumbs = page.crumbs;
  data d = object();
  const std::string root = Urls::root_of(page.path);
  put(d, "root", root);
  put(d, "assets", root + Urls::theme_asset(""));
  data nav = list();
  const Sections& sections = v.plan.info.sections;
  std::vector<std::pair<std::string, std::string>> items = {
      {"nav_front", v.urls.front()},
      {"nav_initiatives", v.urls.initiatives()},
      {"nav_themes", v.urls.themes()}};
  if (sections.matrix) items.emplace_back("nav_matrix", v.urls.matrix());
  if (sections.action_plan) items.emplace_back("nav_action_plan", v.urls.action_plan());
  items.emplace_back("nav_indicators", v.urls.indicators());
  if (sections.updates) items.emplace_back("nav_updates", v.urls.updates());
  for (auto& [key, url] : items) {
    data item = object();
    put(item, "label", v.l.get(key));
    put(item, "url", url);
    put(item, "current", url == section);
    append(nav, std::move(item));
  }
  for (const Page& p : v.plan.pages) {
    if (!p.menu) continue;
    data item = object();
    put(item, "label", p.title);
    put(item, "url", v.urls.page(p.slug));
    put(item, "current", v.urls.page(p.slug) == section);
    append(nav, std::move(item));
  }
  put(d, "nav", std::move(nav));
  data bc = list();
  if (!crumbs.empty()) {
    data home = object();
    put(home, "label", v.l.get("nav_front"));
    put(home, "url", v.urls.front());
    append(bc, std::move(home));
  }
  for (const auto& [label, url] : crumbs) {
    data c = object();
    put(c, "label", label);
    put(c, "url", text(url));
    put(c, "current", url.empty());
    append(bc, std::move(c));
  }
  put(d, "breadcrumbs", std::move(bc));
  put(d, "has_breadcrumbs", !crumbs.empty());
  data about = object();
  put(about, "title", page.title);
  put(about, "description", page.description);
  put(about, "is_front", page.kind == "front");
  put(about, "kind", page.kind);
  put(about, "url", Urls::pretty(page.path));
  put(d, "page", std::move(about));
  return d;
}

}  // namespace overblik
