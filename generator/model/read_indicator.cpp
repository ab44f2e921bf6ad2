#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "load/csv.hpp"
#include "model/assessment.hpp"
#include "model/fields.hpp"
#include "model/markdown_check.hpp"
#include "model/readers.hpp"
#include "model/schema.hpp"
#include "support/text.hpp"

namespace overblik {

namespace {

// The keys and values come from model/schema.cpp, which `overblik cms` also reads.
const std::vector<std::string> kIndicatorKeys = keys_of(indicator_fields());
const std::vector<std::string> kSeriesKeys = keys_of(field(indicator_fields(), "series").fields);
const std::vector<std::string> kAssessable = field(indicator_fields(), "assessment").choices;
const std::vector<std::string> kPeriodValueKeys =
    keys_of(field(indicator_fields(), "target").fields);

std::optional<Baseline> read_baseline(const Ctx& c, const YamlNode& n) {
  Fields f(c, n, kPeriodValueKeys, "baseline", "write baseline: {period: 2022, value: 134}");
  if (!f.ok()) return std::nullopt;
  const YamlNode* p = f.require("period");
  const YamlNode* v = f.require("value");
  if (!p || !v) return std::nullopt;
  auto period = read_period(c, *p, "the baseline period");
  auto value = read_number(c, *v, "the baseline value");
  if (!period || !value) return std::nullopt;
  return Baseline{*period, *value};
}

std::optional<Target> read_target(const Ctx& c, const YamlNode& n) {
  Fields f(c, n, kPeriodValueKeys, "target", "write target: {period: 2026, value: 100}");
  if (!f.ok()) return std::nullopt;
  const YamlNode* p = f.require("period");
  const YamlNode* v = f.require("value");
  if (!p || !v) return std::nullopt;
  auto period = read_period(c, *p, "the target period");
  Target t{period.value_or(Period{}), {}, {}, false};
  if (v->is_sequence()) {
    if (v->items.size() != 2) {
      c.error(v->mark, "a target range must have two values, [low, high]");
      return std::nullopt;
    }
    auto low = read_number(c, v->items[0], "the target's low value");
    auto high = read_number(c, v->items[1], "the target's high value");
    if (!low || !high) return std::nullopt;
    if (low->value > high->value) {
      c.error(v->mark,
              fmt::format("the target range [{}, {}] has its low value above its high value",
                          low->text, high->text),
              fmt::format("write [{}, {}]", high->text, low->text));
      return std::nullopt;
    }
    t.low = *low;
    t.high = *high;
    t.range = true;
    return period ? std::optional<Target>(t) : std::nullopt;
  }
  auto value = read_number(c, *v, "the target value");
  if (!value || !period) return std::nullopt;
  t.low = t.high = *value;
  return t;
}

/// assessment + assessment_note, which must come together.
void read_override(const Ctx& c, const Fields& f, std::optional<Assessment>& a, MarkdownText& note,
                   const Known& known) {
  const YamlNode* an = f.get("assessment");
  const YamlNode* nn = f.get("assessment_note");
  if (an && an->is_scalar() && an->text == "no-target")
    c.error(an->mark, "'assessment' 'no-target' is not allowed",
            "a series without a target has no assessment; give a target, or remove 'assessment'");
  else if (an)
    if (auto s = read_choice(c, *an, "'assessment'", kAssessable)) a = parse_assessment(*s);
  if (nn) {
    note = read_markdown(c, *nn, "'assessment_note'");
    check_markdown(note, known, *c.diags, *c.text);
  }
  if (an && !nn)
    c.error(an->mark, "an assessment given by hand needs an 'assessment_note' saying why",
            "add assessment_note: …");
  if (nn && !an)
    c.error(nn->mark, "'assessment_note' is given without 'assessment'",
            "add assessment: …, or remove the note");
}

std::vector<DataPoint> read_values(const Ctx& c, const YamlNode& n) {
  std::vector<DataPoint> out;
  if (!n.is_map()) {
    c.error(n.mark, "'values' must map periods to numbers",
            "write one 'PERIOD: NUMBER' per line, e.g. 2021: 117");
    return out;
  }
  std::map<std::string, Mark> seen;
  for (auto& [k, v] : n.entries) {
    auto p = read_period(c, k, "the period");
    if (!p) continue;
    // Periods are canonical text, so a repeat is a repeated key, which the
    // YAML reader has reported already ("duplicate key"); keep the first.
    if (!seen.emplace(p->text(), k.mark).second) continue;
    DataPoint d{*p, std::nullopt};
    if (!v.is_null()) {
      if (v.is_scalar() && !v.quoted && (v.text == "null" || v.text == "~")) {
      } else if (auto num = read_number(c, v, fmt::format("the value for {}", p->text()))) {
        d.value = *num;
      } else {
        continue;
      }
    }
    out.push_back(d);
  }
  return out;
}

struct SeriesSpec {
  Series series;
  Mark mark;
  bool has_values = false;
  bool values_misspelt = false;  ///< "value:" and the like, reported as an unknown key
  std::optional<Assessment> override;
};

std::optional<SeriesSpec> read_series(const Ctx& c, const YamlNode& n, const Known& known) {
  Fields f(c, n, kSeriesKeys, "a series");
  if (!f.ok()) return std::nullopt;
  SeriesSpec s;
  s.mark = n.mark;
  if (const YamlNode* v = f.get("name"))
    if (auto t = read_string(c, *v, "the series name")) s.series.name = *t;
  if (const YamlNode* v = f.get("values")) {
    s.series.points = read_values(c, *v);
    s.has_values = true;
  }
  s.values_misspelt = f.misspelt("values");
  if (const YamlNode* v = f.get("baseline")) s.series.baseline = read_baseline(c, *v);
  if (const YamlNode* v = f.get("target")) s.series.target = read_target(c, *v);
  read_override(c, f, s.override, s.series.assessment_note, known);
  return s;
}

}  // namespace

/// CSV data of an indicator: series in order of first appearance.
std::vector<Series> read_indicator_csv(const SourceFile& csv, Diagnostics& diags, bool& ok);

namespace {

/// The first few names, for a hint: "a, b, c, … (250 in all)". A CSV file of
/// thousands of series would otherwise put all of them into every hint.
std::string some_names(const std::vector<std::string>& names) {
  constexpr size_t kShown = 10;
  if (names.size() <= kShown) return fmt::format("{}", fmt::join(names, ", "));
  return fmt::format("{}, … ({} in all)", fmt::join(names.begin(), names.begin() + kShown, ", "),
                     names.size());
}

/// The series of an indicator, from YAML and, when given, its CSV file.
std::vector<SeriesSpec> collect_series(const Ctx& c, const Fields& f, const SourceFile* csv,
                                       const Known& known, const std::string& title) {
  std::vector<SeriesSpec> specs;
  const YamlNode* sn = f.get("series");
  if (sn && !sn->is_sequence())
    c.error(sn->mark, "'series' must be a list", "start each series with '- name: …'");
  else if (sn)
    for (const YamlNode& item : sn->items)
      if (auto s = read_series(c, item, known)) specs.push_back(std::move(*s));
  if (!csv) {
    if (!sn) f.require("series");
    if (sn && sn->is_sequence() && sn->items.empty())
      c.error(sn->mark, "'series' is empty",
              "add a series with values, or an indicators/ID.csv file");
    for (auto& s : specs)
      if (!s.has_values && !s.values_misspelt)
        c.error(s.mark, "the series has no 'values'",
                "add values: {PERIOD: NUMBER}, or put the data in a CSV file");
  }
  // Names: required and unique when there is more than one series.
  std::map<std::string, Mark> names;
  for (auto& s : specs) {
    if (s.series.name.empty() && specs.size() > 1 && !csv)
      c.error(s.mark, "a series needs a 'name' when the indicator has more than one",
              "add name: …");
    if (s.series.name.empty() && specs.size() == 1 && !csv) s.series.name = title;
    auto [it, fresh] = names.emplace(s.series.name, s.mark);
    if (!fresh && !s.series.name.empty())
      c.error(s.mark, fmt::format("two series are named '{}'", s.series.name),
              fmt::format("the first is at line {}", it->second.line));
  }
  if (!csv) return specs;

  bool ok = true;
  std::vector<Series> data = read_indicator_csv(*csv, *c.diags, ok);
  std::vector<SeriesSpec> merged;
  std::vector<std::string> in_csv;
  for (auto& d : data) in_csv.push_back(d.name);
  const std::set<std::string> csv_names(in_csv.begin(), in_csv.end());
  for (auto& s : specs) {
    const std::string label =
        s.series.name.empty() ? "the series" : fmt::format("series '{}'", s.series.name);
    if (s.has_values)
      c.error(s.mark, fmt::format("{} has 'values', but the data comes from {}", label, csv->rel),
              "remove 'values' here, or remove the CSV file");
    const bool found = csv_names.count(s.series.name) > 0;
    if (!found && ok) {
      std::string hint = did_you_mean(s.series.name, in_csv);
      if (in_csv.empty())
        hint = fmt::format("{} has no data rows", csv->rel);
      else if (hint.empty())
        hint = fmt::format("the CSV's series are: {}", some_names(in_csv));
      if (s.series.name.empty())
        c.error(
            s.mark, fmt::format("the series has no 'name', so it names no series of {}", csv->rel),
            in_csv.empty()
                ? hint
                : fmt::format("add name: with one of the CSV's series: {}", some_names(in_csv)));
      else
        c.error(s.mark, fmt::format("{} is not in {}", label, csv->rel), hint);
    }
  }
  std::multimap<std::string, const SeriesSpec*> by_name;  // looked up, not searched, per CSV series
  for (const SeriesSpec& s : specs) by_name.emplace(s.series.name, &s);
  for (Series& d : data) {
    SeriesSpec m;
    m.series = std::move(d);
    for (auto [it, end] = by_name.equal_range(m.series.name); it != end; ++it) {
      const SeriesSpec& s = *it->second;
      m.series.baseline = s.series.baseline;
      m.series.target = s.series.target;
      m.series.assessment_note = s.series.assessment_note;
      m.override = s.override;
    }
    if (m.series.name.empty()) m.series.name = title;
    merged.push_back(std::move(m));
  }
  return merged;
}

void finish_series(const Ctx& c, const YamlNode* assessment_node, std::vector<SeriesSpec>& specs,
                   const std::optional<Baseline>& baseline, const std::optional<Target>& target,
                   std::optional<Assessment> override, const MarkdownText& note, Indicator& ind) {
  for (auto& s : specs) {
    Series& se = s.series;
    std::sort(se.points.begin(), se.points.end(),
              [](auto& a, auto& b) { return a.period < b.period; });
    if (!se.baseline) se.baseline = baseline;
    if (!se.target) se.target = target;
    se.latest = latest_value(se);
    se.assessment = assess(se, ind.direction);
    auto chosen = s.override ? s.override : override;
    if (chosen && se.target) {
      se.assessment = *chosen;
      se.assessment_given = true;
      if (!s.override) se.assessment_note = note;
    } else if (s.override) {
      c.error(s.mark, fmt::format("series '{}' has an assessment but no target", se.name),
              "add a target, or remove the assessment");
    }
    ind.series.push_back(std::move(se));
  }
  if (override && assessment_node &&
      std::none_of(ind.series.begin(), ind.series.end(),
                   [](const Series& x) { return x.target.has_value(); }))
    c.error(assessment_node->mark, "the indicator has an assessment but no series has a target",
            "add a target, or remove the assessment");
}

}  // namespace

std::optional<Indicator> read_indicator(const SourceFile& file, const SourceFile* csv,
                                        const Known& known, Diagnostics& diags) {
  Ctx c{file.path, &diags, &file.text};
  YamlNode root;
  if (!parse_yaml(file.text, file.path, 1, root, diags)) return std::nullopt;
  // An empty document: an empty map at its start, so that required fields are reported.
  if (root.is_null()) root = YamlNode::empty_map({1, 1});
  Fields f(c, root, kIndicatorKeys, "the indicator");
  if (!f.ok()) return std::nullopt;
  Indicator ind;
  ind.id = id_of(file);
  ind.path = file.path;
  auto text = [&](const char* key, std::string& into, bool required) {
    if (const YamlNode* n = required ? f.require(key) : f.get(key))
      if (auto s = read_string(c, *n, fmt::format("'{}'", key))) into = *s;
  };
  text("title", ind.title, true);
  text("unit", ind.unit, true);
  text("source", ind.source, false);
  text("source_url", ind.source_url, false);
  if (!ind.source_url.empty() && !starts_with(ind.source_url, "http://") &&
      !starts_with(ind.source_url, "https://")) {
    c.error(f.get("source_url")->mark,
            fmt::format("'source_url' must be an http(s) address, not '{}'", ind.source_url),
            "write the whole address, starting with https://");
    ind.source_url.clear();
  }
  if (const YamlNode* n = f.get("number")) ind.number = read_display_number(c, *n, "'number'");
  if (const YamlNode* n = f.get("description")) {
    ind.description = read_markdown(c, *n, "'description'");
    check_markdown(ind.description, known, diags, file.text);
  }
  if (const YamlNode* n = f.get("direction"))
    if (auto s = read_choice(c, *n, "'direction'", field(indicator_fields(), "direction").choices))
      ind.direction = *s == "decrease"   ? Direction::decrease
                      : *s == "increase" ? Direction::increase
                                         : Direction::none;
  if (const YamlNode* n = f.get("decimals"))
    if (auto v = read_int(c, *n, "'decimals'", 0, 4)) ind.decimals = static_cast<int>(*v);
  if (const YamlNode* n = f.get("themes"))
    ind.themes = read_id_list(c, *n, "'themes'", [&](const YamlNode& item, const std::string& id) {
      return check_theme_ref(c, item, id, known);
    });
  if (const YamlNode* n = f.get("notes")) {
    if (!n->is_sequence())
      c.error(n->mark, "'notes' must be a list", "start each note with '- '");
    else
      for (const YamlNode& item : n->items) {
        ind.notes.push_back(read_markdown(c, item, "a note"));
        check_markdown(ind.notes.back(), known, diags, file.text);
      }
  }
  if (const YamlNode* n = f.get("extra")) ind.extra = *n;
  std::optional<Baseline> baseline;
  std::optional<Target> target;
  if (const YamlNode* n = f.get("baseline")) baseline = read_baseline(c, *n);
  if (const YamlNode* n = f.get("target")) target = read_target(c, *n);
  std::optional<Assessment> override;
  MarkdownText note;
  read_override(c, f, override, note, known);
  auto specs = collect_series(c, f, csv, known, ind.title);
  finish_series(c, f.get("assessment"), specs, baseline, target, override, note, ind);
  return ind;
}

std::vector<Series> read_indicator_csv(const SourceFile& csv, Diagnostics& diags, bool& ok) {
  std::vector<Series> out;
  std::vector<CsvRow> rows;
  // Rows that could be read are checked even when others could not.
  ok = parse_csv(csv.text, csv.path, rows, diags);
  if (rows.empty() && !ok) return out;
  if (rows.empty()) {
    diags.error(csv.path, {1, 1}, "the CSV file is empty",
                "the first line must be: series,period,value");
    ok = false;
    return out;
  }
  auto& header = rows.front().fields;
  if (header.size() != 3 || header[0].text != "series" || header[1].text != "period" ||
      header[2].text != "value") {
    // A spreadsheet saved as CSV in a Danish locale separates fields with ';'.
    const bool semicolons = header.size() == 1 && header[0].text.find(';') != std::string::npos;
    diags.error(csv.path, {rows.front().line, 1}, "the CSV header must be 'series,period,value'",
                semicolons ? "the file separates fields with ';': save it as CSV with commas (in "
                             "Excel: 'CSV UTF-8')"
                           : "write exactly: series,period,value");
    ok = false;
    return out;
  }
  std::map<std::string, size_t> index;
  std::map<std::pair<std::string, std::string>, int> seen;
  std::optional<Mark> unnamed;  ///< the first row without a series name
  for (size_t r = 1; r < rows.size(); ++r) {
    const CsvRow& row = rows[r];
    if (row.fields.size() != 3) {
      diags.error(
          csv.path, {row.line, 1},
          fmt::format("a row needs 3 fields (series, period, value), not {}", row.fields.size()),
          row.fields.size() > 3
              ? "put a field that contains a comma in quotes: \"Sager, i alt\""
              : "for no data, leave the value empty but keep its comma: Sager,2022,");
      continue;
    }
    const CsvField &sf = row.fields[0], &pf = row.fields[1], &vf = row.fields[2];
    auto period = parse_period(pf.text);
    if (!period) {
      diags.error(csv.path, pf.mark, fmt::format("'{}' is not a period", pf.text),
                  period_hint(pf.text));
      continue;
    }
    DataPoint d{*period, std::nullopt};
    if (!vf.text.empty()) {
      auto num = parse_number(vf.text);
      if (!num) {
        NumberProblem problem = explain_number(vf.text);
        diags.error(csv.path, vf.mark, fmt::format("the value '{}' {}", vf.text, problem.message),
                    problem.hint);
        continue;
      }
      d.value = *num;
    }
    auto [it, fresh] = seen.emplace(std::make_pair(sf.text, period->text()), row.line);
    if (!fresh) {
      diags.error(csv.path, pf.mark,
                  fmt::format("series '{}' has {} twice", sf.text, period->text()),
                  fmt::format("the first is on line {}", it->second));
      continue;
    }
    auto [ix, added] = index.emplace(sf.text, out.size());
    if (added) out.push_back(Series{sf.text, {}, {}, {}, Assessment::no_target, false, {}, {}});
    out[ix->second].points.push_back(d);
    if (sf.text.empty() && !unnamed) unnamed = sf.mark;
  }
  // As in the YAML: a series may go without a name only when it is the only one.
  if (unnamed && out.size() > 1)
    diags.error(csv.path, *unnamed,
                "a row has no series name, but the file has more than one series",
                "write the series' name in the first field of every row");
  return out;
}

}  // namespace overblik
