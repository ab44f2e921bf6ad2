#pragma once
#include <string>
#include <string_view>

namespace overblik {

/// The output's paths for one interface language (content format, "Output").
/// Paths are relative to the site root. Page paths end in "index.html" so that
/// the site also works opened straight from disk; `pretty` drops it for
/// sitemap, feed and canonical links.
class Urls {
 public:
  explicit Urls(const std::string& language);

  std::string front() const { return "index.html"; }
  std::string initiatives() const { return initiatives_ + "/index.html"; }
  std::string initiative(std::string_view id) const { return initiatives_ + "/" + std::string(id) + "/index.html"; }
  std::string themes() const { return themes_ + "/index.html"; }
  std::string theme(std::string_view id) const { return themes_ + "/" + std::string(id) + "/index.html"; }
  std::string matrix() const { return "matrix/index.html"; }
  std::string action_plan() const { return action_plan_ + "/index.html"; }
  std::string indicators() const { return indicators_ + "/index.html"; }
  std::string indicator(std::string_view id) const { return indicators_ + "/" + std::string(id) + "/index.html"; }
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
  std::string initiatives_, themes_, action_plan_, indicators_, updates_, print_, changes_;
};

}  // namespace overblik
