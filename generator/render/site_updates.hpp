#pragma once
#include <string>
#include <vector>

#include "model/plan.hpp"

namespace overblik {

/// One update in the site-wide history.
struct SiteUpdate {
  const Initiative* initiative;
  const Update* update;
  std::string anchor;  ///< its fragment on the initiative's page
};

/// Every update of the plan, newest first; on the same date by initiative in
/// display order, and within one initiative the later one in the file first.
std::vector<SiteUpdate> site_updates(const Plan& plan);

}  // namespace overblik
