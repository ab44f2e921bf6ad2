#include "model/site_folders.hpp"

#include <initializer_list>

namespace overblik {

namespace {

constexpr SiteFolders kDanish{.initiatives = "initiativer",
                              .themes = "temaer",
                              .matrix = "matrix",
                              .action_plan = "handleplan",
                              .indicators = "indikatorer",
                              .updates = "opdateringer",
                              .print = "udskrift",
                              .changes = "aendringer"};

constexpr SiteFolders kEnglish{.initiatives = "initiatives",
                               .themes = "themes",
                               .matrix = "matrix",
                               .action_plan = "action-plan",
                               .indicators = "indicators",
                               .updates = "updates",
                               .print = "print",
                               .changes = "changes"};

/// A file's name without its extension: "sitemap.xml" → "sitemap".
constexpr std::string_view stem(std::string_view file) {
  return file.substr(0, file.find('.'));
}

}  // namespace

const SiteFolders& site_folders(std::string_view language) {
  return language == "en" ? kEnglish : kDanish;
}

bool is_reserved_slug(std::string_view slug) {
  for (const SiteFolders* f : {&kDanish, &kEnglish})
    for (std::string_view folder : {f->initiatives, f->themes, f->matrix, f->action_plan,
                                    f->indicators, f->updates, f->print, f->changes})
      if (slug == folder) return true;
  // _overblik is left out: an ID cannot start with '_', so no slug can take it.
  for (std::string_view name :
       {kDataFolder, stem(kFrontPage), stem(kSitemapFile), stem(kSearchIndexFile),
        std::string_view("assets"), std::string_view("admin"), std::string_view("soeg"),
        std::string_view("search")})
    if (slug == name) return true;
  return false;
}

}  // namespace overblik
