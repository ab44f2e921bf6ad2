#pragma once
#include <string_view>

namespace overblik {

/// The site's own folders for one interface language (content format,
/// "Output"). One table for the addresses render/urls.cpp builds and for the
/// names that a page or a term's segment may not take, so that the two cannot
/// drift apart. It lives in model/ because model, which checks the names, is
/// below render, which builds the addresses.
struct SiteFolders {
  std::string_view initiatives, themes, matrix, action_plan, indicators, updates, print, changes;
};

/// The folders for `language`: "en" is English, any other language Danish.
const SiteFolders& site_folders(std::string_view language);

/// The names at the top of the output that are the same in every language.
inline constexpr std::string_view kDataFolder = "data";              ///< data/initiatives.csv, …
inline constexpr std::string_view kThemeAssetsFolder = "_overblik";  ///< the theme's CSS and JS
inline constexpr std::string_view kFrontPage = "index.html";
inline constexpr std::string_view kSitemapFile = "sitemap.xml";
inline constexpr std::string_view kSearchIndexFile = "search-index.json";

/// True when a page slug (or a term's segment) would take an address the site
/// uses itself, in either language: every folder above, the files' names
/// without extension (index, sitemap, search-index), the content's assets/
/// and admin/ that the build copies through, and soeg/search, kept for a
/// search page.
bool is_reserved_slug(std::string_view slug);

}  // namespace overblik
