#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"

namespace overblik {

/// What changed between two versions of a plan, in display order of the new
/// version (removed items in the old one's order). Pure data: formatting is
/// done by the report and the changes page.
struct PlanDiff {
  struct Item {
    std::string id, title;
  };
  struct Retitled {
    std::string id, old_title, new_title;
  };
  struct StatusChange {
    std::string id, title;
    Status from, to;
  };
  struct ThemeLink {
    std::string initiative, initiative_title, theme, theme_title;
    std::string from, to;  ///< "primary", "secondary" or "" (not linked)
  };
  struct NewUpdate {
    std::string id, title;
    Date date;
    std::optional<Status> status;
  };
  /// A data point's value in one version: nullopt is "no data" (null or empty).
  using Value = std::optional<Number>;
  struct DataChange {
    std::string indicator, indicator_title, series;
    Period period;
    std::optional<Value> from, to;  ///< nullopt: that version has no data point for the period
  };
  /// A baseline (low = high, not a range) or a target.
  struct Reference {
    Period period;
    Number low, high;
    bool range = false;
  };
  struct ReferenceChange {
    std::string indicator, indicator_title, series, what;  ///< what: "baseline" or "target"
    std::optional<Reference> from, to;                     ///< nullopt: none
  };
  struct AssessmentChange {
    std::string indicator, indicator_title, series;
    Assessment from, to;
  };

  std::vector<Item> added, removed;
  std::vector<Retitled> retitled;
  std::vector<StatusChange> statuses;
  std::vector<ThemeLink> links;
  std::vector<NewUpdate> updates;  ///< newest first, in the order of the site's list of updates
  std::vector<Item> indicators_added, indicators_removed;
  std::vector<DataChange> data;
  std::vector<ReferenceChange> references;
  std::vector<AssessmentChange> assessments;

  bool empty() const;
};

/// The changes from `old_plan` to `new_plan`. An update counts as new when the
/// old version has no update with the same date and text, and none left on
/// that date whose text was edited (a corrected typo is not news). Series are
/// matched by name, and a lone series with the lone series whatever its name
/// (an unnamed series is named after its indicator). An initiative or indicator
/// added or removed as a whole is listed as such, with its theme links (they are
/// matrix cells), but not with its updates, figures or assessments.
PlanDiff diff_plans(const Plan& old_plan, const Plan& new_plan);

}  // namespace overblik
