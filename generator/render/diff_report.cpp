#include "render/diff_report.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <functional>

namespace overblik {

namespace {

struct Writer {
  const Labels& l;
  bool markdown;
  std::string out;

  template <typename T>
  void section(const char* key, const std::vector<T>& items, const std::function<std::string(const T&)>& line) {
    if (items.empty()) return;
    out += markdown ? fmt::format("## {}\n\n", l.get(key)) : fmt::format("{}\n", l.get(key));
    for (const T& item : items) out += fmt::format("{} {}\n", markdown ? "-" : " ", line(item));
    out += markdown ? "\n" : "\n";
  }
};

std::string link_word(const Labels& l, const std::string& kind) {
  return kind.empty() ? l.get("not_linked") : l.get(kind == "primary" ? "primary_theme" : "secondary_theme");
}

std::string value_word(const Labels& l, const std::optional<std::string>& v) {
  if (!v) return "–";
  return v->empty() ? l.get("no_data") : *v;
}

void write_text(const PlanDiff& d, Writer& w) {
  const Labels& l = w.l;
  using D = PlanDiff;
  w.section<D::Item>("diff_added", d.added, [](auto& i) { return fmt::format("{} ({})", i.title, i.id); });
  w.section<D::Item>("diff_removed", d.removed, [](auto& i) { return fmt::format("{} ({})", i.title, i.id); });
  w.section<D::Retitled>("diff_retitled", d.retitled,
                         [](auto& i) { return fmt::format("{} → {} ({})", i.old_title, i.new_title, i.id); });
  w.section<D::StatusChange>("diff_statuses", d.statuses, [&](auto& i) {
    return fmt::format("{}: {} → {}", i.title, l.status(i.from), l.status(i.to));
  });
  w.section<D::ThemeLink>("diff_links", d.links, [&](auto& i) {
    return fmt::format("{} × {}: {} → {}", i.initiative_title, i.theme_title, link_word(l, i.from), link_word(l, i.to));
  });
  w.section<D::NewUpdate>("diff_updates", d.updates, [&](auto& i) {
    return fmt::format("{}: {}{}", l.date(i.date), i.title, i.status ? " (" + l.status(*i.status) + ")" : "");
  });
  w.section<D::Item>("diff_indicators_added", d.indicators_added, [](auto& i) { return fmt::format("{} ({})", i.title, i.id); });
  w.section<D::Item>("diff_indicators_removed", d.indicators_removed, [](auto& i) { return fmt::format("{} ({})", i.title, i.id); });
  w.section<D::DataChange>("diff_data", d.data, [&](auto& i) {
    return fmt::format("{}, {}, {}: {} → {}", i.indicator_title, i.series, i.period, value_word(l, i.from), value_word(l, i.to));
  });
  w.section<D::ReferenceChange>("diff_references", d.references, [&](auto& i) {
    return fmt::format("{}, {}, {}: {} → {}", i.indicator_title, i.series, l.get(i.what == "baseline" ? "fact_baseline" : "fact_target"),
                       i.from.empty() ? "–" : i.from, i.to.empty() ? "–" : i.to);
  });
  w.section<D::AssessmentChange>("diff_assessments", d.assessments, [&](auto& i) {
    return fmt::format("{}, {}: {} → {}", i.indicator_title, i.series, l.assessment(i.from), l.assessment(i.to));
  });
  if (d.empty()) w.out += l.get("diff_none") + "\n";
}

nlohmann::ordered_json to_json(const PlanDiff& d) {
  using json = nlohmann::ordered_json;
  auto opt = [](const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); };
  auto items = [](const std::vector<PlanDiff::Item>& v) {
    json a = json::array();
    for (auto& i : v) a.push_back({{"id", i.id}, {"title", i.title}});
    return a;
  };
  json j;
  j["initiatives_added"] = items(d.added);
  j["initiatives_removed"] = items(d.removed);
  j["retitled"] = json::array();
  for (auto& i : d.retitled) j["retitled"].push_back({{"id", i.id}, {"from", i.old_title}, {"to", i.new_title}});
  j["status_changes"] = json::array();
  for (auto& i : d.statuses) j["status_changes"].push_back({{"id", i.id}, {"from", status_key(i.from)}, {"to", status_key(i.to)}});
  j["theme_links"] = json::array();
  for (auto& i : d.links) j["theme_links"].push_back({{"initiative", i.initiative}, {"theme", i.theme}, {"from", i.from}, {"to", i.to}});
  j["new_updates"] = json::array();
  for (auto& i : d.updates)
    j["new_updates"].push_back({{"id", i.id}, {"date", i.date.iso()}, {"status", i.status ? json(status_key(*i.status)) : json(nullptr)}});
  j["indicators_added"] = items(d.indicators_added);
  j["indicators_removed"] = items(d.indicators_removed);
  j["data_points"] = json::array();
  for (auto& i : d.data)
    j["data_points"].push_back({{"indicator", i.indicator}, {"series", i.series}, {"period", i.period}, {"from", opt(i.from)}, {"to", opt(i.to)}});
  j["references"] = json::array();
  for (auto& i : d.references)
    j["references"].push_back({{"indicator", i.indicator}, {"series", i.series}, {"kind", i.what}, {"from", i.from}, {"to", i.to}});
  j["assessments"] = json::array();
  for (auto& i : d.assessments)
    j["assessments"].push_back({{"indicator", i.indicator}, {"series", i.series}, {"from", assessment_key(i.from)}, {"to", assessment_key(i.to)}});
  return j;
}

}  // namespace

std::string diff_report(const PlanDiff& d, const Labels& l, DiffFormat format) {
  if (format == DiffFormat::json) return to_json(d).dump(2) + "\n";
  Writer w{l, format == DiffFormat::markdown, {}};
  write_text(d, w);
  return w.out;
}

}  // namespace overblik
