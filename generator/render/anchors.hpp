#pragma once
#include <map>
#include <string>

#include "model/plan.hpp"

namespace overblik {

/// The fragment ID of each update on its initiative's page: "opdatering-2025-12-10",
/// with "-2", "-3" for further updates on the same date in file order. Stable
/// as long as the update keeps its date, so feed entry IDs and links stay put.
std::map<const Update*, std::string> update_anchors(const Initiative& in,
                                                    const std::string& language);

}  // namespace overblik
