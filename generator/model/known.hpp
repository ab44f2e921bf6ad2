#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

namespace overblik {

/// The IDs that exist in a content folder, known before any file is read in
/// full (from file names and themes.yaml), so that every reader can check its
/// references at the place they are written.
struct Known {
  std::map<std::string, std::vector<std::string>> themes;  ///< id → children (empty: leaf)
  std::set<std::string> initiatives, indicators, pages, assets;
  /// False when no theme could be read (themes.yaml missing, unreadable or
  /// broken): its own error says so, and references to themes are not
  /// checked, rather than each reported as unknown.
  bool themes_read = true;
  /// plan.yaml's allow_external_images: no warning for images from other sites.
  bool allow_external_images = false;

  std::vector<std::string> theme_ids() const;
  std::vector<std::string> leaf_theme_ids() const;
};

}  // namespace overblik
