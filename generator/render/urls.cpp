#include "render/urls.hpp"

#include <algorithm>

namespace overblik {

Urls::Urls(const std::string& language, const Terms& terms) {
  const SiteFolders& folders = site_folders(language);
  initiatives_ = folders.initiatives;
  themes_ = folders.themes;
  matrix_ = folders.matrix;
  action_plan_ = folders.action_plan;
  indicators_ = folders.indicators;
  updates_ = folders.updates;
  print_ = folders.print;
  changes_ = folders.changes;
  auto segment = [](const std::optional<Term>& t, std::string& folder) {
    if (t && !t->segment.empty()) folder = t->segment;
  };
  segment(terms.initiative, initiatives_);
  segment(terms.theme, themes_);
  groups_ = themes_;
  segment(terms.group, groups_);
  segment(terms.indicator, indicators_);
}

std::string Urls::pretty(const std::string& path) {
  const std::string index = "index.html";
  if (path.size() >= index.size() &&
      path.compare(path.size() - index.size(), index.size(), index) == 0)
    return path.substr(0, path.size() - index.size());
  return path;
}

std::string Urls::root_of(std::string_view path) {
  std::string out;
  for (size_t i = 0, n = static_cast<size_t>(std::count(path.begin(), path.end(), '/')); i < n; ++i)
    out += "../";
  return out;
}

}  // namespace overblik
