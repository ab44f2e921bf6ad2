#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "render/anchors.hpp"
#include "render/escape.hpp"
#include "render/views.hpp"
#include "support/text.hpp"

namespace overblik {

namespace {

data fact(const std::string& label, const std::string& value) {
  data d = object();
  put(d, "label", label);
  put(d, "value", value);
  put(d, "is_html", false);
  return d;
}

data fact_html(const std::string& label, const std::string& html) {
  data d = object();
  put(d, "label", label);
  put(d, "html", html);
  put(d, "is_html", true);
  return d;
}

std::string escape(const std::string& s) {
  return escape_html(s);
}

std::string joined(const std::vector<std::string>& items) {
  return fmt::format("{}", fmt::join(items, ", "));
}

/// Theme links as HTML for the fact list, primary marked in words.
std::string themes_html(const ViewContext& v, const Initiative& in, const std::string& root) {
  std::string out = "<ul class=\"plain-list\">";
  for (size_t i = 0; i < in.themes.size(); ++i) {
    const Theme* t = v.theme_by_id.at(in.themes[i]);
    out += fmt::format(
        "<li><a href=\"{}{}\">{}</a>{}</li>", root, escape(v.urls.theme(t->id)), escape(t->title),
        i == 0 ? fmt::format(" <span class=\"muted\">({})</span>", escape(v.l.get("primary_theme")))
               : "");
  }
  return out + "</ul>";
}

data initiative_facts(const ViewContext& v, const Initiative& in, const std::string& root) {
  const Labels& l = v.l;
  data facts = list();
  if (in.number) append(facts, fact(l.get("fact_number"), in.number->text));
  append(facts,
         fact_html(l.get("fact_status"),
                   fmt::format("<strong class=\"tag tag--{}\">{}</strong>", status_key(in.status),
                               escape(l.status(in.status))) +
                       (in.stale ? fmt::format(" <strong class=\"tag tag--stale\">{}</strong>",
                                               escape(l.get("stale_label")))
                                 : "")));
  append(facts, fact_html(l.get("fact_themes"), themes_html(v, in, root)));
  if (!in.owners.empty()) append(facts, fact(l.get("fact_owner"), joined(in.owners)));
  if (!in.partners.empty()) append(facts, fact(l.get("fact_partners"), joined(in.partners)));
  std::string period = v.period_range(in.start, in.end);
  if (!period.empty()) append(facts, fact(l.get("fact_period"), period));
  if (in.cost) append(facts, fact(l.get("fact_cost"), l.cost(*in.cost)));
  if (in.budget) {
    std::string b = l.number(in.budget->amount) + " " + in.budget->currency;
    if (!in.budget->note.empty()) b += " (" + in.budget->note + ")";
    append(facts, fact(l.get("fact_budget"), b));
  }
  if (in.quick_win)
    append(facts, fact(l.get("fact_quick_win"), l.get(*in.quick_win ? "yes" : "no")));
  if (!in.resources.empty()) {
    std::vector<std::string> parts;
    for (auto& r : in.resources)
      append(parts, fmt::format("{}: {}", r.unit, l.get("load_" + std::to_string(r.load))));
    append(facts, fact(l.get("fact_resources"), joined(parts)));
  }
  if (!in.indicators.empty()) {
    std::string html = "<ul class=\"plain-list\">";
    for (auto& id : in.indicators) {
      const Indicator* ind = v.indicator_by_id.at(id);
      html += fmt::format("<li><a href=\"{}{}\">{}</a></li>", root, escape(v.urls.indicator(id)),
                          escape(ind->title));
    }
    append(facts, fact_html(l.get("fact_indicators"), html + "</ul>"));
  }
  if (!in.tags.empty()) append(facts, fact(l.get("fact_tags"), joined(in.tags)));
  if (in.progress)
    append(facts, fact(l.get("fact_progress"),
                       l.fill("progress_text", {{"n", std::to_string(*in.progress)}})));
  if (in.last_update) append(facts, fact(l.get("fact_last_update"), l.date(*in.last_update)));
  return facts;
}

data updates_of(const ViewContext& v, const Initiative& in, const std::string& path) {
  data out = list();
  const auto anchors = update_anchors(in, v.plan.info.language);
  for (const Update& u : in.updates) {
    data d = object();
    put(d, "anchor", anchors.at(&u));
    put(d, "date", v.l.date(u.date));
    put(d, "date_iso", u.date.iso());
    put(d, "has_status", u.status.has_value());
    if (u.status) put(d, "status", v.status(*u.status));
    put(d, "has_progress", u.progress.has_value());
    put(d, "progress", u.progress ? std::to_string(*u.progress) : "");
    put(d, "text_html", v.html(u.text, path, 3));
    append(out, std::move(d));
  }
  return out;
}

data neighbour(const ViewContext& v, const Initiative* in) {
  if (!in) return data(false);
  return v.link(in->title, v.urls.initiative(in->id));
}

data options(const std::set<std::string>& values) {
  std::vector<std::string> sorted(values.begin(), values.end());
  std::sort(sorted.begin(), sorted.end(),
            [](auto& a, auto& b) { return danish_compare(a, b) < 0; });
  data out = list();
  for (auto& value : sorted) {
    data o = object();
    put(o, "value", value);
    put(o, "label", value);
    append(out, std::move(o));
  }
  return out;
}

/// The choices of the filter form: only values that occur in the plan.
data filter_options(const ViewContext& v) {
  data themes = list();
  for (const Theme* t : v.plan.leaf_themes()) {
    data o = object();
    put(o, "value", t->id);
    put(o, "label", t->number ? t->number->text + ". " + t->title : t->title);
    append(themes, std::move(o));
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
    put(o, "value", status_key(s));
    put(o, "label", v.l.status(s));
    append(status_list, std::move(o));
  }
  data f = object();
  put(f, "themes", std::move(themes));
  put(f, "statuses", std::move(status_list));
  put(f, "owners", options(owners));
  put(f, "has_owners", !owners.empty());
  put(f, "tags", options(tags));
  put(f, "has_tags", !tags.empty());
  put(f, "count_template", v.l.get("filter_count"));
  return f;
}

}  // namespace

PageView initiatives_view(const ViewContext& v) {
  PageView pv;
  pv.path = v.urls.initiatives();
  pv.kind = "initiatives";
  const std::string title = v.l.get("nav_initiatives");
  pv.frame = page_frame(v, {.path = pv.path,
                            .kind = pv.kind,
                            .title = title,
                            .description = v.plan.info.title,
                            .section = pv.path,
                            .crumbs = {{title, ""}}});
  pv.body = object();
  data cards = list();
  for (const Initiative& in : v.plan.initiatives) append(cards, v.card_ref(in));
  put(pv.body, "initiative_cards", cards);
  put(pv.body, "count", std::to_string(v.cards.size()));
  put(pv.body, "filters", filter_options(v));
  return pv;
}

data initiative_body(const ViewContext& v, const Initiative& in, const std::string& path,
                     int top_heading, const std::string& id_prefix) {
  data d = v.card_of(in);
  put(d, "facts", initiative_facts(v, in, Urls::root_of(path)));
  put(d, "body_html", v.main_html(in.body, path, top_heading, id_prefix));
  put(d, "has_body", !in.body.text.empty());
  put(d, "stale_text",
      v.l.fill("stale_text", {{"days", std::to_string(v.plan.info.stale_after_days)}}));
  put(d, "indicators", v.indicator_cards_of(in.indicators));
  put(d, "has_indicators", !in.indicators.empty());
  put(d, "updates", updates_of(v, in, path));
  put(d, "has_updates", !in.updates.empty());
  return d;
}

PageView initiative_view(const ViewContext& v, size_t index) {
  const Initiative& in = v.plan.initiatives[index];
  PageView pv;
  pv.path = v.urls.initiative(in.id);
  pv.kind = "initiative";
  pv.frame = page_frame(
      v, {.path = pv.path,
          .kind = pv.kind,
          .title = in.title,
          .description = in.summary.empty() ? in.title : in.summary,
          .section = v.urls.initiatives(),
          .crumbs = {{v.l.get("nav_initiatives"), v.urls.initiatives()}, {in.title, ""}}});
  data d = initiative_body(v, in, pv.path, 2, "");
  const auto& all = v.plan.initiatives;
  put(d, "prev", neighbour(v, index > 0 ? &all[index - 1] : nullptr));
  put(d, "next", neighbour(v, index + 1 < all.size() ? &all[index + 1] : nullptr));
  pv.body = std::move(d);
  return pv;
}

}  // namespace overblik
