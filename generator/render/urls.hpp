#pragma once
#include <set>
#include <string>
#include <string_view>

#include "model/plan.hpp"

namespace overblik {

/// The output's paths for one interface language (content format, "Output").
/// Paths are relative to the site root. Page paths end in "index.html" so that
/// the site also works opened straight from disk; `pretty` drops it for
/// sitemap, feed and canonical links.
class Urls {
 public:
  /// `terms` give the folders their segments where the plan names them (1.2).
  explicit Urls(const std::string& language, const Terms& terms = {});

  std::string front() const { return "index.html"; }
  std::string initiatives() const { return initiatives_ + "/index.html"; }
  std::string initiative(std::string_view id) const {
    return initiatives_ + "/" + std::string(id) + "/index.html";
  }
  std::string themes() const { return themes_ + "/index.html"; }
  /// A theme's page; a group's page is in the group's own folder when the plan names one (1.2).
  std::string theme(std::string_view id) const {
    return (group_ids_.count(std::string(id)) ? groups_ : themes_) + "/" + std::string(id) +
           "/index.html";
  }
  /// The groups among the themes, when they have a folder of their own.
  void set_groups(const std::vector<Theme>& themes) {
    if (groups_ == themes_) return;
    for (const Theme& t : themes)
      if (t.is_group()) group_ids_.insert(t.id);
  }
  std::string matrix() const { return "matrix/index.html"; }
  std::string action_plan() const { return action_plan_ + "/index.html"; }
  std::string indicators() const { return indicators_ + "/index.html"; }
  std::string indicator(std::string_view id) const {
    return indicators_ + "/" + std::string(id) + "/index.html";
  }
  std::string updates() const { return updates_ + "/index.html"; }
  std::string feed() const { return updates_ + "/feed.xml"; }
  std::string print() const { return print_ + "/index.html"; }
  std::string changes() const { return changes_ + "/index.html"; }
  std::string page(std::string_view slug) const { return std::string(slug) + "/index.html"; }
  std::string theme_asset(std::string_view file) const { return "_overblik/" + std::string(file); }

  /// "initiativer/x/index.html" → "initiativer/x/"; "index.html" → "".
  static std::string pretty(const std::string& path);
  /// "../" per folder level of `path`: the way back to the root.
  static std::string root_of(std::string_view path);

 private:
  std::string initiatives_, themes_, groups_, action_plan_, indicators_, updates_, print_, changes_;
  std::set<std::string> group_ids_;
};

}  // namespace overblik
