#include "render/site_updates.hpp"

#include <algorithm>

#include "render/anchors.hpp"

namespace overblik {

std::vector<SiteUpdate> site_updates(const Plan& plan) {
  std::vector<SiteUpdate> out;
  for (const Initiative& in : plan.initiatives) {
    auto anchors = update_anchors(in, plan.info.language);
    for (const Update& u : in.updates) out.push_back({&in, &u, anchors.at(&u)});
  }
  // Initiatives are in display order and each one's updates newest first, so a
  // stable sort by date alone gives the documented order.
  std::stable_sort(out.begin(), out.end(), [](const SiteUpdate& a, const SiteUpdate& b) {
    return a.update->date > b.update->date;
  });
  return out;
}

}  // namespace overblik
