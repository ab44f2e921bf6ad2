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
  struct DataChange {
    std::string indicator, indicator_title, series, period;
    std::optional<std::string> from, to;  ///< value text; nullopt: no row; "" : no data
  };
  struct ReferenceChange {
    std::string indicator, indicator_title, series, what;  ///< what: "baseline" or "target"
    std::string from, to;                                  ///< "PERIOD: VALUE" or ""
  };
  struct AssessmentChange {
    std::string indicator, indicator_title, series;
    Assessment from, to;
  };

  std::vector<Item> added, removed;
  std::vector<Retitled> retitled;
  std::vector<StatusChange> statuses;
  std::vector<ThemeLink> links;
  std::vector<NewUpdate> updates;
  std::vector<Item> indicators_added, indicators_removed;
  std::vector<DataChange> data;
  std::vector<ReferenceChange> references;
  std::vector<AssessmentChange> assessments;

  bool empty() const;
};

PlanDiff diff_plans(const Plan& old_plan, const Plan& new_plan);

}  // namespace overblik
