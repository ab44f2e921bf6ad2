#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <set>

#include "load/front_matter.hpp"
#include "model/fields.hpp"
#include "model/markdown_check.hpp"
#include "model/readers.hpp"
#include "model/schema.hpp"
#include "support/text.hpp"

namespace overblik {

namespace {

// The keys and values come from model/schema.cpp, which `overblik cms` also reads.
const std::vector<std::string> kInitiativeKeys = keys_of(initiative_fields());
const std::vector<std::string> kCostKeys = field(initiative_fields(), "cost").choices;
const std::vector<std::string> kUpdateKeys = keys_of(field(initiative_fields(), "updates").fields);
const std::vector<std::string> kBudgetKeys = keys_of(field(initiative_fields(), "budget").fields);
const std::vector<std::string> kResourceKeys =
    keys_of(field(initiative_fields(), "resources").fields);

std::vector<std::string> leaf_ids(const Known& k) {
  return k.leaf_theme_ids();
}

}  // namespace

bool check_theme_ref(const Ctx& c, const YamlNode& n, const std::string& id, const Known& known) {
  if (!known.themes_read) return true;
  auto it = known.themes.find(id);
  if (it == known.themes.end()) {
    std::string hint = did_you_mean(id, known.theme_ids());
    c.error(
        n.mark, fmt::format("unknown theme '{}'", id),
        hint.empty() ? fmt::format("known themes: {}", fmt::join(leaf_ids(known), ", ")) : hint);
    return false;
  }
  if (!it->second.empty()) {
    c.error(n.mark, fmt::format("'{}' is a group of themes; link one of its themes instead", id),
            fmt::format("its themes are: {}", fmt::join(it->second, ", ")));
    return false;
  }
  return true;
}

/// A list of IDs: each valid, known to `check`, and not repeated.
std::vector<std::string> read_id_list(
    const Ctx& c, const YamlNode& n, const std::string& what,
    const std::function<bool(const YamlNode&, const std::string&)>& check) {
  std::vector<std::string> out;
  if (n.is_scalar()) {
    c.error(n.mark, fmt::format("{} must be a list", what), fmt::format("write [{}]", n.text));
    return out;
  }
  if (!n.is_sequence()) {
    c.error(n.mark, fmt::format("{} must be a list", what), "write the IDs as [a, b]");
    return out;
  }
  std::set<std::string> seen;  // a list of 100,000 IDs is checked for repeats in one pass
  for (const YamlNode& item : n.items) {
    auto id = read_id(c, item, what + " item");
    if (!id) continue;
    if (seen.count(*id)) {
      c.error(item.mark, fmt::format("'{}' is listed twice in {}", *id, what), "remove the repeat");
      continue;
    }
    if (check(item, *id)) {
      out.push_back(*id);
      seen.insert(*id);
    }
  }
  return out;
}

namespace {

std::optional<Status> read_status(const Ctx& c, const YamlNode& n) {
  auto s = read_choice(c, n, "status", kStatusKeys);
  return s ? parse_status(*s) : std::nullopt;
}

std::optional<Update> read_update(const Ctx& c, const YamlNode& n, const Known& known) {
  Fields f(c, n, kUpdateKeys, "an update",
           "write - date: YYYY-MM-DD, with text: … on the next line");
  if (!f.ok()) return std::nullopt;
  Update u;
  u.mark = n.mark;
  // Every field is checked even when another is wrong: all problems in one run.
  const YamlNode* d = f.require("date");
  const YamlNode* t = f.require("text");
  std::optional<Date> date = d ? read_date(c, *d, "the update's date") : std::nullopt;
  if (d) u.mark = d->mark;  // problems with the update's date point at the date
  if (const YamlNode* s = f.get("status")) u.status = read_status(c, *s);
  if (const YamlNode* p = f.get("progress"))
    if (auto v = read_int(c, *p, "'progress'", 0, 100)) u.progress = static_cast<int>(*v);
  if (t) {
    u.text = read_markdown(c, *t, "the update's text");
    check_markdown(u.text, known, *c.diags, *c.text);
  }
  if (!date || !t) return std::nullopt;
  u.date = *date;
  return u;
}

std::vector<Update> read_updates(const Ctx& c, const YamlNode& n, const Known& known) {
  std::vector<Update> out;
  if (!n.is_sequence()) {
    c.error(n.mark, "'updates' must be a list", "start each update with '- date: YYYY-MM-DD'");
    return out;
  }
  int order = 0;
  for (const YamlNode& item : n.items) {
    if (auto u = read_update(c, item, known)) {
      u->order = order++;
      out.push_back(std::move(*u));
    }
  }
  // Newest first; on the same date the later one in the file first.
  std::stable_sort(out.begin(), out.end(), [](const Update& a, const Update& b) {
    if (a.date != b.date) return a.date > b.date;
    return a.order > b.order;
  });
  return out;
}

std::optional<Budget> read_budget(const Ctx& c, const YamlNode& n) {
  Fields f(c, n, kBudgetKeys, "budget", "write budget: {amount: 250000}");
  if (!f.ok()) return std::nullopt;
  Budget b;
  bool ok = true;
  const YamlNode* a = f.require("amount");
  // No std::optional<Number> copied into b: GCC 12 then warns, wrongly, of
  // an uninitialised value (-Wmaybe-uninitialized).
  bool has_amount = false;
  if (auto amount = a ? read_number(c, *a, "the budget amount") : std::nullopt) {
    if (amount->value < 0)
      c.error(a->mark, "the budget amount cannot be negative",
              fmt::format("write the amount without the minus: {}", amount->text.substr(1)));
    else
      b.amount = std::move(*amount), has_amount = true;
  }
  if (const YamlNode* cur = f.get("currency")) {
    auto s = read_string(c, *cur, "'currency'");
    bool iso = s && s->size() == 3 &&
               std::all_of(s->begin(), s->end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
    if (s && !iso) {
      std::string upper = *s;
      for (char& ch : upper) ch = static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 'a' + 'A' : ch);
      bool fixable = upper.size() == 3 && std::all_of(upper.begin(), upper.end(), [](char ch) {
                       return ch >= 'A' && ch <= 'Z';
                     });
      c.error(cur->mark, fmt::format("'{}' is not an ISO 4217 currency code", *s),
              fixable ? fmt::format("write it in capitals: {}", upper)
                      : "write a three-letter code such as DKK or EUR");
      ok = false;
    } else if (s) {
      b.currency = *s;
    } else {
      ok = false;
    }
  }
  if (const YamlNode* note = f.get("note"))
    if (auto s = read_string(c, *note, "the budget note")) b.note = *s;
  if (!has_amount || !ok) return std::nullopt;
  return b;
}

std::vector<Resource> read_resources(const Ctx& c, const YamlNode& n) {
  std::vector<Resource> out;
  if (!n.is_sequence()) {
    c.error(n.mark, "'resources' must be a list", "write one '- {unit: …, load: 1}' per unit");
    return out;
  }
  for (const YamlNode& item : n.items) {
    Fields f(c, item, kResourceKeys, "a resource", "write - {unit: …, load: 1}");
    if (!f.ok()) continue;
    const YamlNode* u = f.require("unit");
    const YamlNode* l = f.require("load");
    if (!u || !l) continue;
    auto unit = read_string(c, *u, "'unit'");
    auto load = read_int(c, *l, "'load'", 1, 3);
    if (unit && load) out.push_back({*unit, static_cast<int>(*load)});
  }
  return out;
}

/// Current status: given, else the newest update's, else proposed; a given
/// status that contradicts the newest update is an error.
void resolve_status(const Ctx& c, const Fields& f, Initiative& in, std::optional<Status> given) {
  const Update* newest = nullptr;
  for (const Update& u : in.updates)
    if (u.status) {
      newest = &u;
      break;
    }
  if (given && newest && *newest->status != *given) {
    c.error(f.get("status")->mark,
            fmt::format("status is '{}', but the newest update ({}) says '{}'", status_key(*given),
                        newest->date.iso(), status_key(*newest->status)),
            fmt::format("set status: {}, or remove 'status' and let the updates decide",
                        status_key(*newest->status)));
  }
  in.status = given ? *given : newest ? *newest->status : Status::proposed;
  in.status_stated = given || newest;
  for (const Update& u : in.updates)
    if (u.progress) {
      in.progress = u.progress;
      break;
    }
  if (!in.updates.empty()) in.last_update = in.updates.front().date;
}

void read_period_pair(const Ctx& c, const Fields& f, Initiative& in) {
  if (const YamlNode* s = f.get("start")) in.start = read_period(c, *s, "'start'");
  if (const YamlNode* e = f.get("end")) in.end = read_period(c, *e, "'end'");
  if (in.start && in.end && in.end->end() < in.start->start())
    c.error(f.get("end")->mark,
            fmt::format("'end' ({}) is before 'start' ({})", in.end->text(), in.start->text()),
            "swap start and end");
}

void read_fields(const Ctx& c, const Fields& f, const Known& known, Initiative& in) {
  if (const YamlNode* n = f.require("title"))
    if (auto s = read_string(c, *n, "'title'")) in.title = *s;
  if (const YamlNode* n = f.get("number")) in.number = read_display_number(c, *n, "'number'");
  if (const YamlNode* n = f.get("summary"))
    if (auto s = read_string(c, *n, "'summary'")) in.summary = *s;
  if (const YamlNode* n = f.require("themes")) {
    in.themes = read_id_list(c, *n, "'themes'", [&](const YamlNode& item, const std::string& id) {
      return check_theme_ref(c, item, id, known);
    });
    if (n->is_sequence() && n->items.empty())
      c.error(n->mark, "'themes' is empty",
              "link the initiative to at least one theme; the first is its primary theme");
  }
  if (const YamlNode* n = f.get("owner")) in.owners = read_string_list(c, *n, "'owner'", true);
  if (const YamlNode* n = f.get("partners")) in.partners = read_string_list(c, *n, "'partners'");
  if (const YamlNode* n = f.get("tags")) in.tags = read_string_list(c, *n, "'tags'");
  read_period_pair(c, f, in);
  if (const YamlNode* n = f.get("cost"))
    if (auto s = read_choice(c, *n, "'cost'", kCostKeys))
      in.cost = *s == "small" ? Cost::small : *s == "medium" ? Cost::medium : Cost::large;
  if (const YamlNode* n = f.get("budget")) in.budget = read_budget(c, *n);
  if (const YamlNode* n = f.get("quick_win")) in.quick_win = read_bool(c, *n, "'quick_win'");
  if (const YamlNode* n = f.get("resources")) in.resources = read_resources(c, *n);
  if (const YamlNode* n = f.get("indicators")) {
    in.indicators =
        read_id_list(c, *n, "'indicators'", [&](const YamlNode& item, const std::string& id) {
          if (known.indicators.count(id)) return true;
          std::vector<std::string> ids(known.indicators.begin(), known.indicators.end());
          std::string hint = did_you_mean(id, ids);
          c.error(item.mark, fmt::format("unknown indicator '{}'", id),
                  hint.empty() ? "indicators are the files in indicators/ (without .yaml)" : hint);
          return false;
        });
  }
  if (const YamlNode* n = f.get("updates")) in.updates = read_updates(c, *n, known);
  if (const YamlNode* n = f.get("extra")) in.extra = *n;
}

}  // namespace

std::optional<Initiative> read_initiative(const SourceFile& file, const Known& known,
                                          Diagnostics& diags) {
  Ctx c{file.path, &diags, &file.text};
  FrontMatter fm;
  if (!split_front_matter(file.text, file.path, fm, diags)) return std::nullopt;
  YamlNode meta;
  if (!parse_yaml(fm.yaml, file.path, fm.yaml_line, meta, diags)) return std::nullopt;
  // An empty document: an empty map at its start, so that required fields are reported.
  if (meta.is_null()) meta = YamlNode::empty_map({1, 1});
  Fields f(c, meta, kInitiativeKeys, "the initiative's front matter");
  if (!f.ok()) return std::nullopt;
  Initiative in;
  in.id = id_of(file);
  in.path = file.path;
  read_fields(c, f, known, in);
  std::optional<Status> given;
  if (const YamlNode* n = f.get("status")) given = read_status(c, *n);
  resolve_status(c, f, in, given);
  in.body.text = std::string(fm.body);
  in.body.path = file.path;
  in.body.first_line = fm.body_line;
  check_markdown(in.body, known, diags);
  return in;
}

}  // namespace overblik
