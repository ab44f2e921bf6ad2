#include "render/exports.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace overblik {

using json = nlohmann::ordered_json;

std::string csv_field(const std::string& s) {
  bool quote = s.find_first_of(",\"\n\r") != std::string::npos ||
               (!s.empty() && (s.front() == ' ' || s.back() == ' '));
  if (!quote) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_line(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    out += csv_field(fields[i]);
  }
  return out + "\n";
}

namespace {

std::string join(const std::vector<std::string>& items, const std::string& sep) {
  return fmt::format("{}", fmt::join(items, sep));
}

std::string opt_period(const std::optional<Period>& p) {
  return p ? p->text() : "";
}

/// A number as JSON in its shortest exact form: integers as integers.
json number_json(const Number& n) {
  if (n.text.find('.') == std::string::npos) return json(std::stoll(n.text));
  return json(n.value);
}

std::string url_of(const Plan& plan, const std::string& path) {
  std::string pretty = Urls::pretty(path);
  return plan.info.base_url.empty() ? pretty : plan.info.base_url + "/" + pretty;
}

}  // namespace

std::string initiatives_csv(const Plan& plan) {
  std::string out =
      "id,number,title,status,themes,owner,start,end,cost,quick_win,progress,last_update,stale\n";
  for (const Initiative& in : plan.initiatives) {
    out += csv_line({in.id, in.number ? in.number->text : "", in.title,
                     in.status == Status::none ? "" : status_key(in.status), join(in.themes, " "),
                     join(in.owners, "; "), opt_period(in.start), opt_period(in.end),
                     in.cost ? cost_key(*in.cost) : "",
                     in.quick_win ? (*in.quick_win ? "true" : "false") : "",
                     in.progress ? std::to_string(*in.progress) : "",
                     in.last_update ? in.last_update->iso() : "", in.stale ? "true" : "false"});
  }
  return out;
}

std::string initiatives_json(const Plan& plan, const Urls& urls) {
  json all = json::array();
  for (const Initiative& in : plan.initiatives) {
    json j;
    j["id"] = in.id;
    j["number"] = in.number ? json(in.number->text) : json(nullptr);
    j["title"] = in.title;
    j["status"] =
        in.status == Status::none ? json(nullptr) : json(status_key(in.status));  // "not stated"
    j["themes"] = in.themes;
    j["owner"] = in.owners;
    j["start"] = in.start ? json(in.start->text()) : json(nullptr);
    j["end"] = in.end ? json(in.end->text()) : json(nullptr);
    j["cost"] = in.cost ? json(cost_key(*in.cost)) : json(nullptr);
    j["quick_win"] = in.quick_win ? json(*in.quick_win) : json(nullptr);
    j["progress"] = in.progress ? json(*in.progress) : json(nullptr);
    j["last_update"] = in.last_update ? json(in.last_update->iso()) : json(nullptr);
    j["stale"] = in.stale;
    j["summary"] = in.summary;
    j["partners"] = in.partners;
    j["tags"] = in.tags;
    j["indicators"] = in.indicators;
    j["url"] = url_of(plan, urls.initiative(in.id));
    all.push_back(std::move(j));
  }
  return all.dump(2) + "\n";
}

std::string matrix_csv(const Plan& plan) {
  auto leaves = plan.leaf_themes();
  std::vector<std::string> header = {"initiative"};
  for (const Theme* t : leaves) header.push_back(t->id);
  std::string out = csv_line(header);
  for (const Initiative& in : plan.initiatives) {
    std::vector<std::string> row = {in.id};
    for (const Theme* t : leaves) {
      auto it = std::find(in.themes.begin(), in.themes.end(), t->id);
      row.push_back(it == in.themes.end() ? "" : it == in.themes.begin() ? "primary" : "secondary");
    }
    out += csv_line(row);
  }
  return out;
}

std::string indicators_csv(const Plan& plan) {
  std::string out = "indicator,series,period,value\n";
  for (const Indicator& ind : plan.indicators)
    for (const Series& s : ind.series)
      for (const DataPoint& p : s.points)
        out += csv_line({ind.id, s.name, p.period.text(), p.value ? p.value->text : ""});
  return out;
}

std::string assessments_csv(const Plan& plan) {
  std::string out =
      "indicator,series,baseline_period,baseline,target_period,target,latest_period,latest,"
      "assessment\n";
  for (const Indicator& ind : plan.indicators)
    for (const Series& s : ind.series) {
      if (!s.target) continue;
      const Target& t = *s.target;
      out += csv_line({ind.id, s.name, s.baseline ? s.baseline->period.text() : "",
                       s.baseline ? s.baseline->value.text : "", t.period.text(),
                       t.range ? t.low.text + "-" + t.high.text : t.low.text,
                       s.latest ? s.latest->period.text() : "",
                       s.latest ? s.latest->value->text : "", assessment_key(s.assessment)});
    }
  return out;
}

std::string indicators_json(const Plan& plan, const Urls& urls) {
  json all = json::array();
  for (const Indicator& ind : plan.indicators) {
    json j;
    j["id"] = ind.id;
    j["number"] = ind.number ? json(ind.number->text) : json(nullptr);
    j["title"] = ind.title;
    j["unit"] = ind.unit;
    j["direction"] = direction_key(ind.direction);
    j["decimals"] = ind.decimals;
    j["source"] = ind.source;
    j["source_url"] = ind.source_url;
    j["themes"] = ind.themes;
    j["url"] = url_of(plan, urls.indicator(ind.id));
    json series = json::array();
    for (const Series& s : ind.series) {
      json js;
      js["name"] = s.name;
      js["baseline"] = s.baseline ? json{{"period", s.baseline->period.text()},
                                         {"value", number_json(s.baseline->value)}}
                                  : json(nullptr);
      if (s.target) {
        json value = s.target->range
                         ? json::array({number_json(s.target->low), number_json(s.target->high)})
                         : number_json(s.target->low);
        js["target"] = json{{"period", s.target->period.text()}, {"value", value}};
      } else {
        js["target"] = nullptr;
      }
      js["latest"] = s.latest ? json{{"period", s.latest->period.text()},
                                     {"value", number_json(*s.latest->value)}}
                              : json(nullptr);
      js["assessment"] = assessment_key(s.assessment);
      json values = json::array();
      for (const DataPoint& p : s.points)
        values.push_back(json{{"period", p.period.text()},
                              {"value", p.value ? number_json(*p.value) : json(nullptr)}});
      js["values"] = values;
      series.push_back(js);
    }
    j["series"] = series;
    all.push_back(std::move(j));
  }
  return all.dump(2) + "\n";
}

}  // namespace overblik
