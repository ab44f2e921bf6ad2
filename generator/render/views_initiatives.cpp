#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "support/text.hpp"

#include "render/anchors.hpp"
#include "render/escape.hpp"
#include "render/views.hpp"

namespace overblik {

namespace {

data fact(const std::string& label, const std::string& value) {
  data d = object();
  d.set("label", label);
  d.set("value", value);
  d.set("is_html", false);
  return d;
}

data fact_html(const std::string& label, const std::string& html) {
  data d = object();
  d.set("label", label);
  d.set("html", html);
  d.set("is_html", true);
  return d;
}

std::string escape(const std::string& s) { return escape_html(s); }

std::string joined(const std::vector<std::string>& items) { return fmt::format("{}", fmt::join(items, ", ")); }

/// Theme links as HTML for the fact list, primary marked in words.
std::string themes_html(const ViewContext& v, const Initiative& in, const std::string& root) {
  std::string out = "<ul class=\"plain-list\">";
  for (size_t i = 0; i < in.themes.size(); ++i) {
    const Theme* t = v.theme_by_id.at(in.themes[i]);
    out += fmt::format("<li><a href=\"{}{}\">{}</a>{}</li>", root, escape(v.urls.theme(t->id)), escape(t->title),
                       i == 0 ? fmt::format(" <span class=\"muted\">({})</span>", escape(v.l.get("primary_theme"))) : "");
  }
  return out + "</ul>";
}

data initiative_facts(const ViewContext& v, const Initiative& in, const std::string& root) {
  const Labels& l = v.l;
  data facts = list();
  if (in.number) facts.push_back(fact(l.get("fact_number"), in.number->text));
  facts.push_back(fact_html(l.get("fact_status"),
                            fmt::format("<strong class=\"tag tag--{}\">{}</strong>", status_key(in.status), escape(l.status(in.status))) +
                                (in.stale ? fmt::format(" <strong class=\"tag tag--stale\">{}</strong>", escape(l.get("stale_label"))) : "")));
  facts.push_back(fact_html(l.get("fact_themes"), themes_html(v, in, root)));
  if (!in.owners.empty()) facts.push_back(fact(l.get("fact_owner"), joined(in.owners)));
  if (!in.partners.empty()) facts.push_back(fact(l.get("fact_partners"), joined(in.partners)));
  std::string period = v.period_range(in.start, in.end);
  if (!period.empty()) facts.push_back(fact(l.get("fact_period"), period));
  if (in.cost) facts.push_back(fact(l.get("fact_cost"), l.cost(*in.cost)));
  if (in.budget) {
    std::string b = l.number(in.budget->amount) + " " + in.budget->currency;
    if (!in.budget->note.empty()) b += " (" + in.budget->note + ")";
    facts.push_back(fact(l.get("fact_budget"), b));
  }
  if (in.quick_win) facts.push_back(fact(l.get("fact_quick_win"), l.get(*in.quick_win ? "yes" : "no")));
  if (!in.resources.empty()) {
    std::vector<std::string> parts;
    for (auto& r : in.resources) parts.push_back(fmt::format("{}: {}", r.unit, l.get("load_" + std::to_string(r.load))));
    facts.push_back(fact(l.get("fact_resources"), joined(parts)));
  }
  if (!in.indicators.empty()) {
    std::string html = "<ul class=\"plain-list\">";
    for (auto& id : in.indicators) {
      const Indicator* ind = v.indicator_by_id.at(id);
      html += fmt::format("<li><a href=\"{}{}\">{}</a></li>", root, escape(v.urls.indicator(id)), escape(ind->title));
    }
    facts.push_back(fact_html(l.get("fact_indicators"), html + "</ul>"));
  }
  if (!in.tags.empty()) facts.push_back(fact(l.get("fact_tags"), joined(in.tags)));
  if (in.progress) facts.push_back(fact(l.get("fact_progress"), l.fill("progress_text", {{"n", std::to_string(*in.progress)}})));
  if (in.last_update) facts.push_back(fact(l.get("fact_last_update"), l.date(*in.last_update)));
  return facts;
}

data updates_of(const ViewContext& v, const Initiative& in, const std::string& path) {
  data out = list();
  const auto anchors = update_anchors(in, v.plan.info.language);
  for (const Update& u : in.updates) {
    data d = object();
    d.set("anchor", anchors.at(&u));
    d.set("date", v.l.date(u.date));
    d.set("date_iso", u.date.iso());
    d.set("has_status", u.status.has_value());
    if (u.status) d.set("status", v.status(*u.status));
    d.set("has_progress", u.progress.has_value());
    d.set("progress", u.progress ? std::to_string(*u.progress) : "");
    d.set("text_html", v.html(u.text, path, 3));
    out.push_back(d);
  }
  return out;
}

data neighbour(const ViewContext& v, const Initiative* in) {
  if (!in) return data(false);
  return v.link(in->title, v.urls.initiative(in->id));
}

data options(const std::set<std::string>& values) {
  std::vector<std::string> sorted(values.begin(), values.end());
  std::sort(sorted.begin(), sorted.end(), [](auto& a, auto& b) { return danish_compare(a, b) < 0; });
  data out = list();
  for (auto& value : sorted) {
    data o = object();
    o.set("value", value);
    o.set("label", value);
    out.push_back(o);
  }
  return out;
}

/// The choices of the filter form: only values that occur in the plan.
data filter_options(const ViewContext& v) {
  data themes = list();
  for (const Theme* t : v.plan.leaf_themes()) {
    data o = object();
    o.set("value", t->id);
    o.set("label", t->number ? t->number->text + ". " + t->title : t->title);
    themes.push_back(o);
  }
  std::set<Status> statuses;
  std::set<std::string> owners, tags;
  for (const Initiative& in : v.plan.initiatives) {
    statuses.insert(in.status);
    owners.insert(in.owners.begin(), in.owners.end());
    tags.insert(in.tags.begin(), in.tags.end());
  }
  data status_list = list();
  for (Status s : statuses) {
    data o = object();
    o.set("value", status_key(s));
    o.set("label", v.l.status(s));
    status_list.push_back(o);
  }
  data f = object();
  f.set("themes", themes);
  f.set("statuses", status_list);
  f.set("owners", options(owners));
  f.set("has_owners", !owners.empty());
  f.set("tags", options(tags));
  f.set("has_tags", !tags.empty());
  f.set("count_template", v.l.get("filter_count"));
  return f;
}

}  // namespace

PageView initiatives_view(const ViewContext& v) {
  PageView pv;
  pv.path = v.urls.initiatives();
  pv.kind = "initiatives";
  const std::string title = v.l.get("nav_initiatives");
  pv.frame = page_frame(v, pv.path, pv.kind, title, v.plan.info.title, pv.path, {{title, ""}});
  pv.body = object();
  data cards = list();
  for (const data& c : v.cards) cards.push_back(c);
  pv.body.set("initiative_cards", cards);
  pv.body.set("count", std::to_string(v.cards.size()));
  pv.body.set("filters", filter_options(v));
  return pv;
}

data initiative_body(const ViewContext& v, const Initiative& in, const std::string& path, int top_heading,
                     const std::string& id_prefix) {
  data d = v.card_of(in);
  d.set("facts", initiative_facts(v, in, Urls::root_of(path)));
  d.set("body_html", v.main_html(in.body, path, top_heading, id_prefix));
  d.set("has_body", !in.body.text.empty());
  d.set("stale_text", v.l.fill("stale_text", {{"days", std::to_string(v.plan.info.stale_after_days)}}));
  d.set("indicators", v.indicator_cards_of(in.indicators));
  d.set("has_indicators", !in.indicators.empty());
  d.set("updates", updates_of(v, in, path));
  d.set("has_updates", !in.updates.empty());
  return d;
}

PageView initiative_view(const ViewContext& v, size_t index) {
  const Initiative& in = v.plan.initiatives[index];
  PageView pv;
  pv.path = v.urls.initiative(in.id);
  pv.kind = "initiative";
  pv.frame = page_frame(v, pv.path, pv.kind, in.title, in.summary.empty() ? in.title : in.summary,
                        v.urls.initiatives(), {{v.l.get("nav_initiatives"), v.urls.initiatives()}, {in.title, ""}});
  data d = initiative_body(v, in, pv.path, 2, "");
  const auto& all = v.plan.initiatives;
  d.set("prev", neighbour(v, index > 0 ? &all[index - 1] : nullptr));
  d.set("next", neighbour(v, index + 1 < all.size() ? &all[index + 1] : nullptr));
  pv.body = std::move(d);
  return pv;
}

}  // namespace overblik
