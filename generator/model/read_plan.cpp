#include <fmt/format.h>

#include <map>

#include "model/fields.hpp"
#include "model/markdown_check.hpp"
#include "model/readers.hpp"
#include "model/schema.hpp"
#include "support/text.hpp"

namespace overblik {

namespace {

// The keys come from model/schema.cpp, which `overblik cms` also reads.
const std::vector<std::string> kPlanKeys = keys_of(plan_fields());

bool is_http_url(std::string_view s) {
  for (std::string_view scheme : {"http://", "https://"}) {
    if (starts_with(s, scheme) && s.size() > scheme.size() &&
        s.find_first_of(" \t\n<>\"") == std::string_view::npos)
      return true;
  }
  return false;
}

void read_period_range(const Ctx& c, const YamlNode& n, PlanInfo& info) {
  if (n.is_scalar())
    if (auto range = split_range(n.text)) {
      c.error(n.mark,
              fmt::format("'period' must be a mapping with start and end, not '{}'", n.text),
              fmt::format("write period: {{start: {}, end: {}}}", range->first, range->second));
      return;
    }
  Fields f(c, n, keys_of(field(plan_fields(), "period").fields), "period",
           "write period: {start: 2024, end: 2026}");
  if (!f.ok()) return;
  const YamlNode* s = f.require("start");
  const YamlNode* e = f.require("end");
  if (s) info.period_start = read_int(c, *s, "'start'", 1900, 2200);
  if (e) info.period_end = read_int(c, *e, "'end'", 1900, 2200);
  if (info.period_start && info.period_end && *info.period_start > *info.period_end)
    c.error(e->mark,
            fmt::format("the period ends ({}) before it starts ({})", *info.period_end,
                        *info.period_start),
            "swap start and end");
}

void read_contact(const Ctx& c, const YamlNode& n, Contact& out) {
  Fields f(c, n, keys_of(field(plan_fields(), "contact").fields), "contact",
           "write the contact as name: …, email: …, phone: …, address: … on lines of their own, "
           "indented under contact:");
  auto text = [&](const char* key, std::string& into) {
    if (const YamlNode* v = f.get(key))
      if (auto s = read_string(c, *v, fmt::format("'{}'", key))) into = *s;
  };
  text("name", out.name);
  text("email", out.email);
  text("phone", out.phone);
  text("address", out.address);
  if (!out.email.empty() &&
      (out.email.find('@') == std::string::npos || out.email.find(' ') != std::string::npos))
    c.error(f.get("email")->mark, fmt::format("'{}' is not an e-mail address", out.email),
            "write the whole address, e.g. social@kolding.dk");
}

void read_url(const Ctx& c, const Fields& f, const char* key, std::string& out) {
  const YamlNode* n = f.get(key);
  if (!n) return;
  auto s = read_string(c, *n, fmt::format("'{}'", key));
  if (!s) return;
  if (!is_http_url(*s)) {
    c.error(n->mark, fmt::format("'{}' must be an absolute http(s) address, not '{}'", key, *s),
            "write the whole address, e.g. https://www.kolding.dk/");
    return;
  }
  out = *s;
}

}  // namespace

PlanInfo read_plan_info(const SourceFile& file, Known& known, Diagnostics& diags) {
  PlanInfo info;
  Ctx c{file.path, &diags, &file.text};
  YamlNode root;
  if (!parse_yaml(file.text, file.path, 1, root, diags)) return info;
  Fields f(c, root, kPlanKeys, "plan.yaml");
  if (!f.ok()) return info;
  auto text = [&](const char* key, std::string& into, bool required) {
    const YamlNode* n = required ? f.require(key) : f.get(key);
    if (n)
      if (auto s = read_string(c, *n, fmt::format("'{}'", key))) into = *s;
  };
  text("title", info.title, true);
  text("subtitle", info.subtitle, false);
  text("organisation", info.organisation, true);
  text("department", info.department, false);
  text("licence", info.licence, false);
  if (const YamlNode* n = f.get("language"))
    if (auto s = read_choice(c, *n, "'language'", field(plan_fields(), "language").choices))
      info.language = *s;
  if (const YamlNode* n = f.get("period")) read_period_range(c, *n, info);
  if (const YamlNode* n = f.require("published")) read_published(c, *n, info);
  read_plan_status(c, f, info);
  if (const YamlNode* n = f.get("terms")) info.terms = read_terms(c, *n, info.language, known);
  if (const YamlNode* n = f.get("sections")) info.sections = read_sections(c, *n);
  read_url(c, f, "base_url", info.base_url);
  if (!f.get("base_url"))
    c.warning(root.mark,
              "plan.yaml has no base_url, so sitemap.xml and the Atom feed use relative addresses",
              "add base_url: the address the site is published at, e.g. "
              "https://www.kolding.dk/hjemloeshed");
  while (!info.base_url.empty() && info.base_url.back() == '/') info.base_url.pop_back();
  read_url(c, f, "accessibility_statement", info.accessibility_statement);
  if (const YamlNode* n = f.get("allow_external_images"))
    if (auto b = read_bool(c, *n, "'allow_external_images'"))
      info.allow_external_images = known.allow_external_images = *b;
  if (const YamlNode* n = f.get("intro")) {
    info.intro = read_markdown(c, *n, "'intro'");
    check_markdown(info.intro, known, diags, file.text);
  }
  if (const YamlNode* n = f.get("contact")) read_contact(c, *n, info.contact);
  if (const YamlNode* n = f.get("logo")) {
    if (auto s = read_string(c, *n, "'logo'")) {
      std::string path = starts_with(*s, "/") ? s->substr(1) : *s;
      if (!starts_with(path, "assets/"))
        c.error(n->mark, fmt::format("the logo must be a file under assets/, not '{}'", *s),
                "e.g. logo: assets/logo.svg");
      else if (!known.assets.count(path))
        c.error(n->mark, fmt::format("the logo file '{}' does not exist", path),
                "put the file under assets/ in the content folder");
      else
        info.logo = path;
    }
  }
  if (const YamlNode* n = f.get("stale_after_days"))
    if (auto v = read_int(c, *n, "'stale_after_days'", 1, 36500))
      info.stale_after_days = static_cast<int>(*v);
  if (const YamlNode* n = f.get("extra")) info.extra = *n;
  return info;
}

namespace {

const std::vector<std::string> kThemeKeys = keys_of(theme_fields());

std::optional<ThemeResult> read_result(const Ctx& c, const YamlNode& n, const Known& known) {
  ThemeResult r;
  r.mark = n.mark;
  if (n.is_scalar()) {
    r.text = read_markdown(c, n, "a result");
    return r;
  }
  Fields f(c, n, {"text", "indicator", "series"}, "a result",
           "write the result as text, or as {text: …, indicator: ID, series: …}");
  if (!f.ok()) return std::nullopt;
  if (const YamlNode* v = f.require("text")) r.text = read_markdown(c, *v, "'text'");
  if (const YamlNode* v = f.get("indicator")) {
    auto id = read_id(c, *v, "the indicator");
    if (id && !known.indicators.count(*id)) {
      std::string hint = did_you_mean(*id, {known.indicators.begin(), known.indicators.end()});
      c.error(v->mark, fmt::format("unknown indicator '{}'", *id),
              hint.empty() ? fmt::format("no file indicators/{}.yaml", *id) : hint);
    } else if (id) {
      r.indicator = *id;
      r.mark = v->mark;
    }
  }
  if (const YamlNode* v = f.get("series")) {
    if (!f.get("indicator"))
      c.error(v->mark, "a result's series needs an indicator",
              "add indicator: ID, or remove series");
    else if (auto s = read_string(c, *v, "'series'"); s && !r.indicator.empty()) {
      r.series = *s;
      r.mark = v->mark;
    }
  }
  if (r.text.empty() && !f.misspelt("text")) return std::nullopt;
  return r;
}

void read_results(const Ctx& c, const YamlNode& n, const Known& known, Theme& t) {
  if (!n.is_sequence()) {
    c.error(n.mark, "'results' must be a list", "start each result with '- ' on a line of its own");
    return;
  }
  for (const YamlNode& item : n.items)
    if (auto r = read_result(c, item, known)) t.results.push_back(std::move(*r));
}

std::optional<Theme> read_theme(const Ctx& c, const YamlNode& n, const Known& known) {
  Fields f(c, n, kThemeKeys, "a theme");
  if (!f.ok()) return std::nullopt;
  Theme t;
  t.mark = n.mark;
  // The other fields are checked even when the id is wrong: all problems in one run.
  const YamlNode* id = f.require("id");
  auto idv = id ? read_id(c, *id, "theme id") : std::nullopt;
  if (idv) t.id = *idv;
  if (const YamlNode* v = f.require("title"))
    if (auto s = read_string(c, *v, "'title'")) t.title = *s;
  if (const YamlNode* v = f.get("number")) t.number = read_display_number(c, *v, "'number'");
  if (const YamlNode* v = f.get("short"))
    if (auto s = read_string(c, *v, "'short'")) t.short_label = *s;
  if (const YamlNode* v = f.get("parent"))
    if (auto s = read_id(c, *v, "the parent")) t.parent = *s;
  if (const YamlNode* v = f.get("summary")) t.summary = read_markdown(c, *v, "'summary'");
  if (const YamlNode* v = f.get("goal")) t.goal = read_markdown(c, *v, "'goal'");
  if (const YamlNode* v = f.get("results")) read_results(c, *v, known, t);
  if (const YamlNode* v = f.get("extra")) t.extra = *v;
  if (!idv) return std::nullopt;
  return t;
}

/// Checks parents and fills children: one level of grouping only.
void link_parents(const Ctx& c, std::vector<Theme>& themes, const std::vector<Mark>& parent_marks) {
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < themes.size(); ++i) index.emplace(themes[i].id, i);
  std::vector<std::string> ids;
  for (auto& t : themes) ids.push_back(t.id);
  for (size_t i = 0; i < themes.size(); ++i) {
    Theme& t = themes[i];
    if (t.parent.empty()) continue;
    auto it = index.find(t.parent);
    if (it == index.end()) {
      std::string hint = did_you_mean(t.parent, ids);
      c.error(parent_marks[i], fmt::format("unknown parent theme '{}'", t.parent),
              hint.empty() ? "the parent must be the id of another theme in this file" : hint);
      t.parent.clear();
    } else if (it->second == i) {
      c.error(parent_marks[i], fmt::format("theme '{}' cannot be its own parent", t.id));
      t.parent.clear();
    } else if (!themes[it->second].parent.empty()) {
      c.error(parent_marks[i],
              fmt::format("theme '{}' has a parent itself, so it cannot be a parent", t.parent),
              "themes group one level deep: a group's parent must be a top-level theme");
      t.parent.clear();
    }
  }
  for (auto& t : themes)
    if (!t.parent.empty()) themes[index[t.parent]].children.push_back(t.id);
}

}  // namespace

const YamlNode* themes_list_in(const YamlNode& root) {
  if (root.is_map() && root.entries.size() == 1 && root.entries[0].first.is_scalar() &&
      root.entries[0].first.text == "themes" && root.entries[0].second.is_sequence())
    return &root.entries[0].second;
  return nullptr;
}

std::vector<Theme> read_themes(const SourceFile& file, const Known& known, Diagnostics& diags) {
  std::vector<Theme> themes;
  Ctx c{file.path, &diags, &file.text};
  YamlNode root;
  if (!parse_yaml(file.text, file.path, 1, root, diags)) return themes;
  // `themes:` over the list is the same list; Decap CMS can only edit a file whose top is a
  // mapping.
  if (const YamlNode* list = themes_list_in(root)) root = YamlNode(*list);
  if (!root.is_sequence()) {
    c.error(root.mark,
            root.is_null() ? "themes.yaml is empty" : "themes.yaml must be a list of themes",
            "start each theme with '- id: …'");
    return themes;
  }
  if (root.items.empty())
    c.error(root.mark, "themes.yaml lists no themes", "add at least one theme");
  std::map<std::string, Mark> seen;
  std::vector<Mark> parent_marks;
  for (const YamlNode& item : root.items) {
    auto t = read_theme(c, item, known);
    if (!t) continue;
    auto [it, fresh] = seen.emplace(t->id, item.find("id")->mark);
    if (!fresh) {
      c.error(item.find("id")->mark, fmt::format("theme id '{}' is used twice", t->id),
              fmt::format("the first is at line {}", it->second.line));
      continue;
    }
    const YamlNode* p = item.find("parent");
    parent_marks.push_back(p ? p->mark : item.mark);
    themes.push_back(std::move(*t));
  }
  link_parents(c, themes, parent_marks);
  return themes;
}

}  // namespace overblik
