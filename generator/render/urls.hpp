#pragma once
#include <set>
#include <string>
#include <string_view>

#include "model/plan.hpp"
#include "model/site_folders.hpp"

namespace overblik {

/// The output's paths for one interface language (content format, "Output"),
/// built from the table of the site's folders (model/site_folders.hpp), which
/// also gives the names a page may not take. Paths are relative to the site
/// root. Page paths end in "index.html" so that the site also works opened
/// straight from disk; `pretty` drops it for sitemap, feed and canonical links.
class Urls {
 public:
  /// `terms` give the folders their segments where the plan names them (1.2).
  explicit Urls(const std::string& language, const Terms& terms = {});

  std::string front() const { return std::string(kFrontPage); }
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
  std::string matrix() const { return matrix_ + "/index.html"; }
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
  /// A file of the theme's assets/: "_overblik/style.css".
  static std::string theme_asset(std::string_view file) {
    return std::string(kThemeAssetsFolder) + "/" + std::string(file);
  }
  /// A data export: "data/initiatives.csv".
  static std::string data(std::string_view file) {
    return std::string(kDataFolder) + "/" + std::string(file);
  }
  static std::string sitemap() { return std::string(kSitemapFile); }
  static std::string search_index() { return std::string(kSearchIndexFile); }

  /// "initiativer/x/index.html" → "initiativer/x/"; "index.html" → "".
  static std::string pretty(const std::string& path);
  /// "../" per folder level of `path`: the way back to the root.
  static std::string root_of(std::string_view path);

 private:
  std::string initiatives_, themes_, groups_, matrix_, action_plan_, indicators_, updates_, print_,
      changes_;
  std::set<std::string> group_ids_;
};

}  // namespace overblik
