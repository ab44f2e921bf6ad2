#include "render/labels.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace overblik {

std::string Labels::get(const std::string& key) const {
  auto it = entries_.find(key);
  if (it != entries_.end()) return it->second;
  return "[" + key + "]";
}

std::string Labels::fill(const std::string& key,
                         const std::vector<std::pair<std::string, std::string>>& values) const {
  // One pass over the label: a value is copied in and never searched again,
  // so a value that holds "{unit}" stays that text and cannot make the label
  // grow by substitution inside substitution.
  const std::string label = get(key);
  std::string out;
  size_t pos = 0;
  while (pos < label.size()) {
    const size_t open = label.find('{', pos);
    const size_t close = open == std::string::npos ? std::string::npos : label.find('}', open);
    if (close == std::string::npos) break;
    const std::string_view name(label.data() + open + 1, close - open - 1);
    const auto it =
        std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
    out.append(label, pos, open - pos);
    if (it == values.end()) {
      out += '{';  // not a placeholder of this label: kept, and the search goes on after the '{'
      pos = open + 1;
      continue;
    }
    out += it->second;
    pos = close + 1;
  }
  out.append(label, pos);
  return out;
}

std::string Labels::status(Status s) const {
  return get(std::string("status_") + status_key(s));
}
std::string Labels::cost(Cost c) const {
  return get(std::string("cost_") + cost_key(c));
}
std::string Labels::assessment(Assessment a) const {
  std::string key = assessment_key(a);
  for (char& ch : key)
    if (ch == '-') ch = '_';
  return get("assessment_" + key);
}

std::string Labels::date(const Date& d) const {
  return fill("date_format", {{"day", std::to_string(d.day)},
                              {"month", get("month_" + std::to_string(d.month))},
                              {"year", std::to_string(d.year)}});
}

std::string Labels::period(const Period& p) const {
  const std::string year = std::to_string(p.year);
  switch (p.kind) {
    case Period::Kind::year:
      return year;
    case Period::Kind::half:
      return fill("half_format", {{"n", std::to_string(p.part)}, {"year", year}});
    case Period::Kind::quarter:
      return fill("quarter_format", {{"n", std::to_string(p.part)}, {"year", year}});
    case Period::Kind::month:
      return fill("month_format",
                  {{"month", get("month_" + std::to_string(p.part))}, {"year", year}});
    case Period::Kind::day:
      return date(p.start());
  }
  return year;
}

namespace {

/// Groups the integer digits of a plain decimal string ("-1494.5") and swaps separators.
std::string localise(const std::string& plain, const std::string& thousands,
                     const std::string& decimal) {
  size_t start = plain[0] == '-' ? 1 : 0;
  size_t dot = plain.find('.');
  std::string int_part =
      plain.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
  std::string grouped;
  for (size_t i = 0; i < int_part.size(); ++i) {
    if (i > 0 && (int_part.size() - i) % 3 == 0 && int_part.size() > 3) grouped += thousands;
    grouped += int_part[i];
  }
  std::string out = (start ? "−" : "") + grouped;  // a real minus sign reads better than a hyphen
  if (dot != std::string::npos) out += decimal + plain.substr(dot + 1);
  return out;
}

}  // namespace

std::string Labels::number(double value, int decimals) const {
  std::string plain = fmt::format("{:.{}f}", value, decimals);
  if (plain == "-0" || (plain[0] == '-' && std::stod(plain) == 0.0)) plain.erase(0, 1);
  return localise(plain, get("thousands_separator"), get("decimal_separator"));
}

std::string Labels::number(const Number& n) const {
  return localise(n.text, get("thousands_separator"), get("decimal_separator"));
}

Labels parse_labels(const std::string& yaml_text, const std::string& name) {
  std::map<std::string, std::string> entries;
  try {
    YAML::Node root = YAML::Load(yaml_text);
    if (!root.IsMap()) throw std::runtime_error(name + ": labels must be a mapping");
    for (auto it = root.begin(); it != root.end(); ++it)
      entries[it->first.as<std::string>()] = it->second.as<std::string>();
  } catch (const YAML::Exception& e) {
    throw std::runtime_error(
        fmt::format("{}:{}:{}: {}", name, e.mark.line + 1, e.mark.column + 1, e.msg));
  }
  return Labels(std::move(entries));
}

}  // namespace overblik
