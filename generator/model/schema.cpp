#include "model/schema.hpp"

#include <stdexcept>

#include "model/plan.hpp"

namespace overblik {

namespace {

using T = FieldType;

FieldSpec f(std::string name, T type, bool required = false) {
  return {std::move(name), type, required, {}, {}, 0, 0};
}
FieldSpec choice(std::string name, std::vector<std::string> choices, bool required = false) {
  return {std::move(name), T::choice, required, std::move(choices), {}, 0, 0};
}
FieldSpec whole(std::string name, long long min, long long max, bool required = false) {
  return {std::move(name), T::whole_number, required, {}, {}, min, max};
}
FieldSpec record(std::string name, T type, std::vector<FieldSpec> fields, bool required = false) {
  return {std::move(name), type, required, {}, std::move(fields), 0, 0};
}

// Functions, not globals: the readers build their key lists from these at
// static initialisation, in an order between files that C++ does not fix.
std::vector<std::string> assessable() {
  return {"met", "progress", "no-progress", "pending", "not-met", "no-data"};
}

/// From status_key, not kStatusKeys: the readers build their key lists from
/// this at static initialisation, before another file's globals may be ready.
std::vector<std::string> status_choices() {
  std::vector<std::string> v;
  for (int i = 0; i <= static_cast<int>(Status::stopped); ++i)
    v.push_back(status_key(static_cast<Status>(i)));
  return v;
}

/// A status, or `none` (1.2: "not stated").
std::vector<std::string> default_status_choices() {
  std::vector<std::string> v = status_choices();
  v.push_back("none");
  return v;
}

std::vector<FieldSpec> term_fields() {
  return {f("one", T::text), f("many", T::text), f("segment", T::text)};
}

std::vector<FieldSpec> period_value() {
  return {f("period", T::period, true), f("value", T::number, true)};
}

}  // namespace

const std::vector<FieldSpec>& plan_fields() {
  static const std::vector<FieldSpec> v = {
      f("title", T::text, true), f("subtitle", T::text), f("organisation", T::text, true),
      f("department", T::text), choice("language", {"da", "en"}),
      record("period", T::record,
             {whole("start", 1900, 2200, true), whole("end", 1900, 2200, true)}),
      f("published", T::date, true), f("base_url", T::text), f("intro", T::markdown),
      record("contact", T::record,
             {f("name", T::text), f("email", T::text), f("phone", T::text), f("address", T::text)}),
      f("accessibility_statement", T::text), f("licence", T::text), f("logo", T::text),
      whole("stale_after_days", 1, 36500), f("allow_external_images", T::boolean),
      // 1.2: the plan's own words, an ended plan, "not stated", pages left out.
      record("terms", T::record,
             {record("initiative", T::record, term_fields()),
              record("theme", T::record, term_fields()), record("group", T::record, term_fields()),
              record("indicator", T::record, term_fields())}),
      choice("status", {"active", "ended"}), choice("default_status", default_status_choices()),
      record("sections", T::record,
             {f("matrix", T::boolean), f("action_plan", T::boolean), f("updates", T::boolean)}),
      f("extra", T::free)};
  return v;
}

const std::vector<FieldSpec>& theme_fields() {
  static const std::vector<FieldSpec> v = {
      f("id", T::id, true),   f("title", T::text, true), f("number", T::display_number),
      f("short", T::text),    f("parent", T::theme_id),  f("summary", T::markdown),
      f("goal", T::markdown), f("results", T::free),     f("extra", T::free)};
  return v;
}

const std::vector<FieldSpec>& initiative_fields() {
  static const std::vector<FieldSpec> v = {
      f("title", T::text, true),
      f("number", T::display_number),
      f("summary", T::text),
      f("themes", T::theme_ids, true),
      choice("status", status_choices()),
      f("owner", T::text_or_list),
      f("partners", T::text_list),
      f("start", T::period),
      f("end", T::period),
      choice("cost", {"small", "medium", "large"}),
      record("budget", T::record,
             {f("amount", T::number, true), f("currency", T::text), f("note", T::text)}),
      f("quick_win", T::boolean),
      record("resources", T::record_list, {f("unit", T::text, true), whole("load", 1, 3)}),
      f("indicators", T::indicator_ids),
      f("tags", T::text_list),
      record("updates", T::record_list,
             {f("date", T::date, true), choice("status", status_choices()),
              whole("progress", 0, 100), f("text", T::markdown, true)}),
      f("extra", T::free)};
  return v;
}

const std::vector<FieldSpec>& indicator_fields() {
  static const std::vector<FieldSpec> v = [] {
    std::vector<FieldSpec> series = {f("name", T::text),
                                     f("values", T::values),
                                     record("baseline", T::record, period_value()),
                                     record("target", T::record, period_value()),
                                     choice("assessment", assessable()),
                                     f("assessment_note", T::text)};
    return std::vector<FieldSpec>{f("title", T::text, true),
                                  f("number", T::display_number),
                                  f("unit", T::text, true),
                                  f("description", T::markdown),
                                  f("source", T::text),
                                  f("source_url", T::text),
                                  choice("direction", {"decrease", "increase", "none"}),
                                  whole("decimals", 0, 4),
                                  f("themes", T::theme_ids),
                                  record("baseline", T::record, period_value()),
                                  record("target", T::record, period_value()),
                                  choice("assessment", assessable()),
                                  f("assessment_note", T::text),
                                  record("series", T::record_list, series),
                                  f("notes", T::text_list),
                                  f("extra", T::free)};
  }();
  return v;
}

const std::vector<FieldSpec>& page_fields() {
  static const std::vector<FieldSpec> v = {
      f("title", T::text, true), whole("menu", -1000000, 1000000), f("summary", T::text),
      choice("print", {"front", "back", "none"}), f("extra", T::free)};
  return v;
}

std::vector<std::string> keys_of(const std::vector<FieldSpec>& fields) {
  std::vector<std::string> out;
  for (const FieldSpec& s : fields) out.push_back(s.name);
  return out;
}

const FieldSpec& field(const std::vector<FieldSpec>& fields, const std::string& name) {
  for (const FieldSpec& s : fields)
    if (s.name == name) return s;
  throw std::out_of_range("no field " + name);
}

}  // namespace overblik
