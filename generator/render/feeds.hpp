#pragma once
#include <string>

#include "diff/plan_diff.hpp"
#include "model/plan.hpp"
#include "render/labels.hpp"
#include "render/markdown_html.hpp"
#include "render/urls.hpp"

namespace overblik {

/// opdateringer/feed.xml: RFC 4287 Atom, an entry per update, newest first.
/// Entry IDs are stable: the initiative's URL with the update's anchor (or a
/// URN built from the same parts when the plan has no base_url). `markdown`:
/// the build's texts parsed once for every page (ViewContext), or none.
std::string atom_feed(const Plan& plan, const Labels& l, const Urls& urls,
                      const PlanDiff* changes = nullptr, Date changes_since = {},
                      MarkdownCache* markdown = nullptr);

/// sitemap.xml (sitemaps.org 0.9): every HTML page; absolute with base_url.
std::string sitemap_xml(const Plan& plan, const Urls& urls);

/// search-index.json: one record per initiative, theme, indicator and page,
/// with plain text for the site search script (texts from `markdown`, as atom_feed).
std::string search_index_json(const Plan& plan, const Labels& l, const Urls& urls,
                              MarkdownCache* markdown = nullptr);

/// Every HTML page path of the site, in sitemap order.
std::vector<std::string> page_paths(const Plan& plan, const Urls& urls);

}  // namespace overblik
