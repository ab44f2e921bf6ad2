#pragma once
#include <map>
#include <string>
#include <vector>

#include "diff/plan_diff.hpp"
#include "model/plan.hpp"
#include "render/labels.hpp"
#include "render/markdown_html.hpp"
#include "render/template_engine.hpp"
#include "render/urls.hpp"

namespace overblik {

using mus::data;

inline data object() {
  return data(data::type::object);
}
inline data list() {
  return data(data::type::list);
}
/// obj[key] = value. kainjow's data::set() copies its argument, and a view
/// model is built bottom-up (cards into lists into pages), so a copy at each
/// level would copy each leaf many times: a value about to be dropped is moved.
inline void put(data& obj, const std::string& key, data&& value) {
  obj.set(key, data(false));
  // The slot belongs to `obj`, which is not const: writing through it is sound.
  if (const data* slot = obj.get(key)) *const_cast<data*>(slot) = std::move(value);
}
inline void put(data& obj, const std::string& key, const data& value) {
  obj.set(key, value);
}
template <typename T>
void put(data& obj, const std::string& key, T&& value) {
  put(obj, key, data(std::forward<T>(value)));
}
/// list.push_back(value), moving a value about to be dropped (see put()).
inline void append(data& list, data&& value) {
  list.push_back(data(false));
  if (list.is_non_empty_list()) const_cast<data&>(list.list_value().back()) = std::move(value);
}
inline void append(data& list, const data& value) {
  list.push_back(value);
}
template <typename T, typename U>
void append(std::vector<T>& v, U&& value) {
  v.push_back(std::forward<U>(value));
}

/// Text that templates may test with {{#x}}: kainjow treats "" as true, so an
/// empty value becomes false.
inline data text(const std::string& s) {
  return s.empty() ? data(false) : data(s);
}

/// What every view model needs, built once per build and shared read-only by
/// the rendering threads: the plan, the words, the URLs, and the plan's
/// relations indexed both ways.
struct ViewContext {
  ViewContext(const Plan& plan, const Labels& labels);

  const Plan& plan;
  const Labels l;  ///< the interface's words with the plan's own terms put in
  Urls urls;

  std::map<std::string, const Theme*> theme_by_id;
  std::map<std::string, const Initiative*> initiative_by_id;
  std::map<std::string, const Indicator*> indicator_by_id;
  std::map<std::string, std::vector<const Initiative*>> primary_of_theme, secondary_of_theme;
  std::map<std::string, std::vector<const Initiative*>> initiatives_of_indicator;
  std::map<std::string, std::vector<const Indicator*>> indicators_of_theme;
  const PlanDiff* changes = nullptr;  ///< with build --previous
  Date changes_since;
  /// Matrix cells whose link changed since the previous version: (initiative, theme) → change.
  std::map<std::pair<std::string, std::string>, const PlanDiff::ThemeLink*> changed_cells;
  void set_changes(const PlanDiff* d, Date since);

  std::vector<data> cards;            ///< initiative cards, aligned with plan.initiatives
  std::vector<data> indicator_cards;  ///< aligned with plan.indicators
  const data& indicator_card_of(const Indicator& ind) const {
    return indicator_cards[static_cast<size_t>(&ind - plan.indicators.data())];
  }
  /// Cards of the indicators with these IDs, in display order.
  data indicator_cards_of(const std::vector<std::string>& ids) const;

  /// Every Markdown text rendered in this build, parsed once for all the pages
  /// it appears on (link_context hands it on to markdown_to_html).
  mutable MarkdownCache markdown;
  /// How Markdown on the page at `page_path` resolves links and directives.
  LinkContext link_context(const std::string& page_path) const;
  /// Markdown rendered for a page at `page_path`.
  std::string html(const MarkdownText& md, const std::string& page_path, int top_heading = 2) const;
  /// The page's main text: headings get ids (prefixed where texts share a page).
  std::string main_html(const MarkdownText& md, const std::string& page_path, int top_heading,
                        const std::string& id_prefix = {}) const;

  /// When the plan was published: a date, or the year or month given (1.2).
  std::string published() const {
    return plan.info.published_period ? l.period(*plan.info.published_period)
                                      : l.date(plan.info.published);
  }
  data status(Status s) const;
  data theme_link(const Theme& t) const;
  data link(const std::string& title, const std::string& url) const;
  data card(const Initiative& in) const;
  const data& card_of(const Initiative& in) const;
  /// A list item that is card_of(in) to the template, without a copy.
  data card_ref(const Initiative& in) const { return item_stub({.shared = &card_of(in)}); }
  /// "2. halvår 2024 – 1. halvår 2025", "fra 2. halvår 2024", or empty.
  std::string period_range(const std::optional<Period>& start,
                           const std::optional<Period>& end) const;
  /// Counts by status, in status order, only those that occur.
  data status_counts(const std::vector<const Initiative*>& initiatives) const;
  /// Initiatives linked to a theme (to its children, for a group), primary first.
  std::vector<const Initiative*> initiatives_of(const Theme& t, bool primary) const;
};

/// An `extra:` value of the content as template data: a mapping as an
/// object, a list as a list, a text as a string (escaped by `{{x}}` like
/// every other), nothing as false.
data extra_data(const YamlNode& extra);

/// The data shared by every page: labels (`t`), `site`, `lang`.
data shared_data(const ViewContext& v);

/// One step of a page's breadcrumb trail.
struct Crumb {
  std::string label;
  std::string url;  ///< "" for the page itself, the last step
};

/// What page_frame needs to know about a page.
struct FrameOptions {
  std::string path;         ///< the page's file in the output folder
  std::string kind;         ///< its template, pages/KIND.html
  std::string title;        ///< the page's title (<title>, heading)
  std::string description;  ///< its description (<meta name="description">)
  std::string section{};    ///< the path of the nav item shown as current ("" for none)
  /// The trail after the front page, which is added before it; none: no breadcrumbs.
  std::vector<Crumb> crumbs{};
};

/// The data every page has of its own: root, assets, nav, breadcrumbs, page.
data page_frame(const ViewContext& v, const FrameOptions& page);

}  // namespace overblik
