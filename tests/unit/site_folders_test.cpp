#include "model/site_folders.hpp"

#include <doctest/doctest.h>

#include "render/urls.hpp"

using namespace overblik;

TEST_CASE("the reserved page names are the site's own folders and files, in both languages") {
  // The list in docs/content-format.md, "Reserved page names".
  for (const char* name :
       {"initiativer", "initiatives", "temaer",       "themes",       "matrix",  "handleplan",
        "action-plan", "indikatorer", "indicators",   "opdateringer", "updates", "udskrift",
        "print",       "aendringer",  "changes",      "data",         "assets",  "admin",
        "index",       "sitemap",     "search-index", "soeg",         "search"}) {
    CAPTURE(name);
    CHECK(is_reserved_slug(name));
  }
  for (const char* name : {"om-planen", "initiativ", "matrixen", "data-1", "_overblik", ""}) {
    CAPTURE(name);
    CHECK_FALSE(is_reserved_slug(name));
  }
}

TEST_CASE("the addresses are built from the table of folders the reserved names come from") {
  for (const char* language : {"da", "en"}) {
    CAPTURE(language);
    const Urls urls(language);
    const SiteFolders& f = site_folders(language);
    CHECK(urls.initiatives() == std::string(f.initiatives) + "/index.html");
    CHECK(urls.themes() == std::string(f.themes) + "/index.html");
    CHECK(urls.matrix() == std::string(f.matrix) + "/index.html");
    CHECK(urls.action_plan() == std::string(f.action_plan) + "/index.html");
    CHECK(urls.indicators() == std::string(f.indicators) + "/index.html");
    CHECK(urls.feed() == std::string(f.updates) + "/feed.xml");
    CHECK(urls.print() == std::string(f.print) + "/index.html");
    CHECK(urls.changes() == std::string(f.changes) + "/index.html");
    for (std::string_view folder : {f.initiatives, f.themes, f.action_plan, f.print})
      CHECK(is_reserved_slug(folder));
  }
  CHECK(Urls("da").initiatives() == "initiativer/index.html");
  CHECK(Urls("en").action_plan() == "action-plan/index.html");
  CHECK(Urls::data("matrix.csv") == "data/matrix.csv");
  CHECK(Urls::theme_asset("style.css") == "_overblik/style.css");
}
