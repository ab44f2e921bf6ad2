#pragma once
// `overblik cms`: the Decap CMS configuration, written from the same field
// descriptions (model/schema.hpp) that `check` reads the content by.
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "support/messages.hpp"

namespace overblik::scaffold {

/// What the form says for one field (or collection, or value), in both languages.
struct FieldLabel {
  const char* path;  ///< "initiatives.updates.date", "status.started", "collection.pages"
  const char* da;
  const char* en;
  const char* hint_da;
  const char* hint_en;
};
std::span<const FieldLabel> decap_labels();

/// What the configuration needs to know about the content and the repository.
struct DecapSite {
  Language language = Language::da;
  std::string
      prefix;  ///< the content folder, relative to the repository root, ending in '/' (or empty)
  std::string initiatives = "initiatives", indicators = "indicators",
              pages = "pages";  ///< folder names
  std::vector<std::pair<std::string, std::string>>
      leaf_themes;  ///< id, title: what initiatives can link
  std::vector<std::pair<std::string, std::string>>
      top_themes;                       ///< id, title: what a theme's parent can be
  bool themes_editable = true;          ///< themes.yaml has the `themes:` form Decap can edit
  std::string backend = "git-gateway";  ///< github, gitlab or git-gateway
  std::string repo;                     ///< OWNER/NAME, for github and gitlab
  std::string branch = "main";
  std::string script = "decap-cms.js";  ///< where index.html loads Decap from
};

/// admin/config.yml.
std::string decap_config(const DecapSite& site);
/// admin/index.html.
std::string decap_index_html(const DecapSite& site);

/// The pattern the format's periods match (2024, 2024-H1, 2024-Q3, 2024-05, 2024-05-17).
extern const char* const kPeriodPattern;

}  // namespace overblik::scaffold
