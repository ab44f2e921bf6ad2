#include "render/diff_report.hpp"

#include <fmt/format.h>

#include <charconv>
#include <functional>
#include <nlohmann/json.hpp>

#include "support/text.hpp"

namespace overblik {

namespace {

using D = PlanDiff;

/// One line of text a terminal or CI log shows as it is: a line break
/// becomes a space, other control and format characters (ESC, a
/// right-to-left override) U+FFFD, as in the source lines of diagnostics.
std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\r') c = ' ';
  return printable(out);
}

/// Markdown that shows `s` as written, on one line: ASCII punctuation that
/// could start syntax gets a backslash.
std::string md_escape(std::string_view s) {
  std::string out;
  for (char c : one_line(s)) {
    if (std::string_view("\\`*_[]<>&!#|~").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

/// Keeps the start of a list item's text from being read as a block marker:
/// "1. november 2025" would be an ordered list, "- x" or "+ x" a nested one.
std::string protect_start(std::string line) {
  size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')'))
    line.insert(digits, "\\");
  else if (!line.empty() && (line[0] == '-' || line[0] == '+' || line[0] == '='))
    line.insert(0, "\\");
  return line;
}

/// A label in the middle of a line: "Udgangspunkt" → "udgangspunkt" (ASCII first letters only).
std::string lower_first(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

class Writer {
 public:
  Writer(const Labels& l, bool markdown) : l_(l), markdown_(markdown) {}

  /// A value from the content, escaped for the format.
  std::string v(std::string_view s) const { return markdown_ ? md_escape(s) : one_line(s); }

  template <typename T>
  void section(const char* key, const std::vector<T>& items,
               const std::function<std::string(const T&)>& line) {
    if (items.empty()) return;
    if (!out_.empty()) out_ += "\n";
    out_ += markdown_ ? fmt::format("## {}\n\n", l_.get(key)) : fmt::format("{}\n", l_.get(key));
    for (const T& item : items)
      out_ += markdown_ ? fmt::format("- {}\n", protect_start(line(item)))
                        : fmt::format("  {}\n", line(item));
  }

  std::string finish(bool empty) {
    if (empty) out_ += (markdown_ ? md_escape(l_.get("diff_none")) : l_.get("diff_none")) + "\n";
    return std::move(out_);
  }

 private:
  const Labels& l_;
  bool markdown_;
  std::string out_;
};

std::string link_word(const Labels& l, const std::string& kind) {
  return kind.empty() ? l.get("not_linked")
                      : l.get(kind == "primary" ? "primary_theme" : "secondary_theme");
}

/// A data point's value: the number, "no data", or "–" when the version has no point.
std::string value_word(const Labels& l, const std::optional<D::Value>& v) {
  if (!v) return "–";
  return *v ? l.number(**v) : l.get("no_data");
}

/// "120 (2022)", "20–30 (2026)", or "–" when there is none.
std::string reference_word(const Labels& l, const std::optional<D::Reference>& r) {
  if (!r) return "–";
  std::string value = r->range ? l.number(r->low) + "–" + l.number(r->high) : l.number(r->low);
  return fmt::format("{} ({})", value, l.period(r->period));
}

/// "Indicator, series" — the series left out when it is the indicator's own lone, unnamed one.
std::string series_of(const Writer& w, const std::string& indicator, const std::string& series) {
  return series == indicator ? w.v(indicator) : fmt::format("{}, {}", w.v(indicator), w.v(series));
}

std::string write_text(const PlanDiff& d, const Labels& l, bool markdown) {
  Writer w(l, markdown);
  auto item = [&w](const D::Item& i) { return fmt::format("{} ({})", w.v(i.title), w.v(i.id)); };
  w.section<D::Item>("diff_added", d.added, item);
  w.section<D::Item>("diff_removed", d.removed, item);
  w.section<D::Retitled>("diff_retitled", d.retitled, [&](auto& i) {
    return fmt::format("{} → {} ({})", w.v(i.old_title), w.v(i.new_title), w.v(i.id));
  });
  w.section<D::StatusChange>("diff_statuses", d.statuses, [&](auto& i) {
    return fmt::format("{}: {} → {}", w.v(i.title), l.status(i.from), l.status(i.to));
  });
  w.section<D::ThemeLink>("diff_links", d.links, [&](auto& i) {
    return fmt::format("{} × {}: {} → {}", w.v(i.initiative_title), w.v(i.theme_title),
                       link_word(l, i.from), link_word(l, i.to));
  });
  w.section<D::NewUpdate>("diff_updates", d.updates, [&](auto& i) {
    return fmt::format("{}: {}{}", l.date(i.date), w.v(i.title),
                       i.status ? " (" + l.status(*i.status) + ")" : "");
  });
  w.section<D::Item>("diff_indicators_added", d.indicators_added, item);
  w.section<D::Item>("diff_indicators_removed", d.indicators_removed, item);
  w.section<D::DataChange>("diff_data", d.data, [&](auto& i) {
    return fmt::format("{}, {}: {} → {}", series_of(w, i.indicator_title, i.series),
                       l.period(i.period), value_word(l, i.from), value_word(l, i.to));
  });
  w.section<D::ReferenceChange>("diff_references", d.references, [&](auto& i) {
    const std::string what =
        lower_first(l.get(i.what == "baseline" ? "fact_baseline" : "fact_target"));
    return fmt::format("{}, {}: {} → {}", series_of(w, i.indicator_title, i.series), what,
                       reference_word(l, i.from), reference_word(l, i.to));
  });
  w.section<D::AssessmentChange>("diff_assessments", d.assessments, [&](auto& i) {
    return fmt::format("{}: {} → {}", series_of(w, i.indicator_title, i.series),
                       l.assessment(i.from), l.assessment(i.to));
  });
  return w.finish(d.empty());
}

using json = nlohmann::ordered_json;

/// A number as JSON in its shortest exact form, integers as integers (as in data/indicators.json).
json number_json(const Number& n) {
  long long whole = 0;
  auto [end, ec] = std::from_chars(n.text.data(), n.text.data() + n.text.size(), whole);
  if (ec == std::errc() && end == n.text.data() + n.text.size()) return json(whole);
  return json(n.value);
}

json link_json(const std::string& kind) {
  return kind.empty() ? json(nullptr) : json(kind);
}

json reference_json(const std::optional<D::Reference>& r) {
  if (!r) return nullptr;
  json value =
      r->range ? json::array({number_json(r->low), number_json(r->high)}) : number_json(r->low);
  return json{{"period", r->period.text()}, {"value", value}};
}

json data_json(const D::DataChange& i) {
  json j{{"indicator", i.indicator},
         {"series", i.series},
         {"period", i.period.text()},
         {"change", !i.from ? "added"
                    : !i.to ? "removed"
                            : "revised"}};
  auto value = [](const D::Value& v) { return v ? number_json(*v) : json(nullptr); };
  if (i.from) j["from"] = value(*i.from);
  if (i.to) j["to"] = value(*i.to);
  return j;
}

json to_json(const PlanDiff& d) {
  auto items = [](const std::vector<D::Item>& v) {
    json a = json::array();
    for (auto& i : v) a.push_back({{"id", i.id}, {"title", i.title}});
    return a;
  };
  json j;
  j["initiatives_added"] = items(d.added);
  j["initiatives_removed"] = items(d.removed);
  j["retitled"] = json::array();
  for (auto& i : d.retitled)
    j["retitled"].push_back({{"id", i.id}, {"from", i.old_title}, {"to", i.new_title}});
  j["status_changes"] = json::array();
  for (auto& i : d.statuses)
    j["status_changes"].push_back(
        {{"id", i.id}, {"from", status_key(i.from)}, {"to", status_key(i.to)}});
  j["theme_links"] = json::array();
  for (auto& i : d.links)
    j["theme_links"].push_back({{"initiative", i.initiative},
                                {"theme", i.theme},
                                {"from", link_json(i.from)},
                                {"to", link_json(i.to)}});
  j["new_updates"] = json::array();
  for (auto& i : d.updates)
    j["new_updates"].push_back(
        {{"id", i.id},
         {"date", i.date.iso()},
         {"status", i.status ? json(status_key(*i.status)) : json(nullptr)}});
  j["indicators_added"] = items(d.indicators_added);
  j["indicators_removed"] = items(d.indicators_removed);
  j["data_points"] = json::array();
  for (auto& i : d.data) j["data_points"].push_back(data_json(i));
  j["references"] = json::array();
  for (auto& i : d.references)
    j["references"].push_back({{"indicator", i.indicator},
                               {"series", i.series},
                               {"kind", i.what},
                               {"from", reference_json(i.from)},
                               {"to", reference_json(i.to)}});
  j["assessments"] = json::array();
  for (auto& i : d.assessments)
    j["assessments"].push_back({{"indicator", i.indicator},
                                {"series", i.series},
                                {"from", assessment_key(i.from)},
                                {"to", assessment_key(i.to)}});
  return j;
}

}  // namespace

std::string diff_report(const PlanDiff& d, const Labels& l, DiffFormat format) {
  if (format == DiffFormat::json) return to_json(d).dump(2) + "\n";
  return write_text(d, l, format == DiffFormat::markdown);
}

}  // namespace overblik
