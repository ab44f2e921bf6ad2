#pragma once
#include <fmt/format.h>

#include <functional>
#include <memory>

#include "render/view_context.hpp"

namespace overblik {

/// One page's view model: its path, template (pages/KIND.html), the frame
/// (navigation, breadcrumbs, page title) and the page's own data.
struct PageView {
  std::string path;
  std::string kind;
  data frame;
  data body;
};

/// A list of n items, item i built by make(i) when the template reaches it and freed after.
inline data lazy_list(size_t n, std::function<data(size_t)> make) {
  const auto shared_make = std::make_shared<const std::function<data(size_t)>>(std::move(make));
  data out = list();
  for (size_t i = 0; i < n; ++i) append(out, item_stub({.make = shared_make, .index = i}));
  return out;
}

PageView front_view(const ViewContext& v);
PageView initiatives_view(const ViewContext& v);
PageView initiative_view(const ViewContext& v, size_t index);
PageView themes_view(const ViewContext& v);
PageView theme_view(const ViewContext& v, const Theme& t);
PageView matrix_view(const ViewContext& v);
PageView indicators_view(const ViewContext& v);
PageView indicator_view(const ViewContext& v, const Indicator& ind);
PageView narrative_view(const ViewContext& v, const Page& p);

/// An initiative's or indicator's own data (facts, text, updates), with its
/// Markdown rendered for the page at `path`: shared by its page and the print page.
data initiative_body(const ViewContext& v, const Initiative& in, const std::string& path,
                     int top_heading, const std::string& id_prefix);
data indicator_body(const ViewContext& v, const Indicator& ind, const std::string& path,
                    int top_heading, const std::string& id_prefix);

PageView updates_view(const ViewContext& v);
PageView action_plan_view(const ViewContext& v);
PageView print_view(const ViewContext& v);
PageView changes_view(const ViewContext& v);

/// An indicator's card for lists: title, finding, latest value, change and
/// assessment tags (URLs root-relative, so one card serves every page).
data indicator_summary(const ViewContext& v, const Indicator& ind);

/// A theme's goal and expected results (1.2) into `d`: goal_html, has_goal,
/// results (each html, and indicator: its link, latest value and assessment), has_results.
void put_goal_and_results(const ViewContext& v, const Theme& t, const std::string& path,
                          int top_heading, data& d);

/// The themes grouped for lists: each group with its children, a top-level
/// leaf theme as a group of its own.
data theme_groups(const ViewContext& v, const std::string& page_path);

}  // namespace overblik
