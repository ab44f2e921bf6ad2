#include <fmt/format.h>

#include <map>

#include "model/build_plan.hpp"
#include "model/fields.hpp"
#include "model/readers.hpp"
#include "model/site_folders.hpp"
#include "support/text.hpp"

namespace overblik {

namespace {

const std::vector<std::string> kTermKeys = {"initiative", "theme", "group", "indicator"};

/// The folder each level has without a term, in the plan's interface language.
std::string_view default_segment(const std::string& level, const std::string& language) {
  const SiteFolders& folders = site_folders(language);
  if (level == "initiative") return folders.initiatives;
  if (level == "indicator") return folders.indicators;
  return folders.themes;
}

std::optional<Term> read_term(const Ctx& c, const YamlNode& n, const std::string& level) {
  Fields f(c, n, {"one", "many", "segment"}, fmt::format("the term for '{}'", level),
           fmt::format("write {}: {{one: …, many: …, segment: …}}", level));
  if (!f.ok()) return std::nullopt;
  Term t;
  bool ok = true;
  for (auto [key, into] :
       {std::pair<const char*, std::string*>{"one", &t.one}, {"many", &t.many}}) {
    const YamlNode* v = f.require(key);
    auto s = v ? read_string(c, *v, fmt::format("'{}'", key)) : std::nullopt;
    if (s && trim(*s).empty()) {
      c.error(v->mark, fmt::format("'{}' is empty", key), "write the word the plan uses");
      s.reset();
    }
    if (s)
      *into = std::string(trim(*s));
    else
      ok = false;
  }
  if (const YamlNode* v = f.get("segment")) {
    if (auto s = read_id(c, *v, "the segment"))
      t.segment = *s;
    else
      ok = false;
  }
  // A term with a mistake is left out, so the site keeps the interface's word there.
  return ok ? std::optional<Term>(std::move(t)) : std::nullopt;
}

/// Each segment must be unique and must not be an output folder of the site or a page slug.
void check_segments(const Ctx& c, const YamlNode& root, Terms& terms, const std::string& language,
                    const Known& known) {
  std::map<std::string, std::string> used;  // segment → level
  std::optional<Term>* slots[] = {&terms.initiative, &terms.theme, &terms.group, &terms.indicator};
  for (size_t i = 0; i < 4; ++i) {
    std::optional<Term>& t = *slots[i];
    const std::string& level = kTermKeys[i];
    if (!t || t->segment.empty()) continue;
    const YamlNode* at = root.find(level);
    const Mark m = at && at->find("segment") ? at->find("segment")->mark : root.mark;
    const std::string& seg = t->segment;
    std::string problem, hint;
    if (auto it = used.find(seg); it != used.end()) {
      problem = fmt::format("the segment '{}' is also the segment of '{}'", seg, it->second);
      hint = "give every level a folder of its own";
    } else if (seg != default_segment(level, language) && is_reserved_slug(seg)) {
      problem = fmt::format("the segment '{}' is an address the site uses itself", seg);
      hint = fmt::format("choose another folder name for the {} pages", level);
    } else if (known.pages.count(seg)) {
      problem = fmt::format("the segment '{}' is also the address of pages/{}.md", seg, seg);
      hint = "rename the page, or choose another folder name";
    }
    if (problem.empty()) {
      used.emplace(seg, level);
      continue;
    }
    c.error(m, problem, hint);
    t->segment.clear();
  }
}

}  // namespace

Terms read_terms(const Ctx& c, const YamlNode& n, const std::string& language, const Known& known) {
  Terms terms;
  Fields f(c, n, kTermKeys, "terms",
           "write terms: with initiative:, theme:, group: or indicator: under it");
  if (!f.ok()) return terms;
  if (const YamlNode* v = f.get("initiative")) terms.initiative = read_term(c, *v, "initiative");
  if (const YamlNode* v = f.get("theme")) terms.theme = read_term(c, *v, "theme");
  if (const YamlNode* v = f.get("group")) terms.group = read_term(c, *v, "group");
  if (const YamlNode* v = f.get("indicator")) terms.indicator = read_term(c, *v, "indicator");
  check_segments(c, n, terms, language, known);
  return terms;
}

Sections read_sections(const Ctx& c, const YamlNode& n) {
  Sections s;
  Fields f(c, n, {"matrix", "action_plan", "updates"}, "sections",
           "write sections: with matrix: false, action_plan: false or updates: false under it");
  if (!f.ok()) return s;
  for (auto [key, into] : {std::pair<const char*, bool*>{"matrix", &s.matrix},
                           {"action_plan", &s.action_plan},
                           {"updates", &s.updates}})
    if (const YamlNode* v = f.get(key))
      if (auto b = read_bool(c, *v, fmt::format("'{}'", key))) *into = *b;
  return s;
}

void read_published(const Ctx& c, const YamlNode& n, PlanInfo& info) {
  if (n.is_scalar()) {
    auto p = parse_period(n.text);
    if (p && (p->kind == Period::Kind::year || p->kind == Period::Kind::month)) {
      info.published = p->start();
      info.published_period = p;
      info.published_ok = true;
      return;
    }
    if (p && p->kind != Period::Kind::day) {
      c.error(n.mark, fmt::format("'published' is a date, a year or a month, not '{}'", n.text),
              fmt::format("write the month it was published, e.g. {}-{:02}", p->year,
                          p->start().month));
      return;
    }
    if (auto range = split_range(n.text)) {
      c.error(n.mark, fmt::format("'published' is one date, not a range: '{}'", n.text),
              fmt::format(
                  "write the date of first publication, e.g. {}; the plan's years go in period:",
                  range->first));
      return;
    }
  }
  if (auto d = read_date(c, n, "'published'")) {
    info.published = *d;
    info.published_ok = true;
  }
}

void read_plan_status(const Ctx& c, const Fields& f, PlanInfo& info) {
  if (const YamlNode* n = f.get("status"))
    if (auto s = read_choice(c, *n, "'status'", {"active", "ended"})) info.ended = *s == "ended";
  if (const YamlNode* n = f.get("default_status")) {
    std::vector<std::string> choices = kStatusKeys;
    choices.push_back("none");
    if (auto s = read_choice(c, *n, "'default_status'", choices))
      info.default_status = *s == "none" ? Status::none : *parse_status(*s);
  }
}

}  // namespace overblik
