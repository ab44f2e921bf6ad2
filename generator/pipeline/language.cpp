#include "pipeline/language.hpp"

#include <string_view>

#include "support/text.hpp"

namespace overblik {

namespace {

/// The value of a top-level `language:` line.
std::optional<Language> language_in(std::string_view plan_yaml) {
  for (size_t pos = 0; pos < plan_yaml.size();) {
    size_t end = plan_yaml.find('\n', pos);
    if (end == std::string_view::npos) end = plan_yaml.size();
    std::string_view line = plan_yaml.substr(pos, end - pos);
    if (starts_with(line, "language:")) {
      std::string_view v = trim(line.substr(9));
      while (!v.empty() && (v.front() == '"' || v.front() == '\'')) v.remove_prefix(1);
      return parse_language(v.substr(0, 2));
    }
    pos = end + 1;
  }
  return std::nullopt;
}

}  // namespace

Language report_language(const Checked& checked, std::optional<Language> chosen) {
  if (chosen) return *chosen;
  const std::string* plan = nullptr;
  size_t plan_path = 0;
  for (const auto& [path, text] : checked.sources)
    if ((path == "plan.yaml" || ends_with(path, "/plan.yaml")) &&
        (!plan || path.size() < plan_path)) {
      plan = &text;
      plan_path = path.size();
    }
  if (plan) return language_in(*plan).value_or(Language::da);
  return language_from_environment();
}

}  // namespace overblik
