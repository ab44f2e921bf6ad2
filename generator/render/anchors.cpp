#include "render/anchors.hpp"

#include <algorithm>
#include <vector>

namespace overblik {

std::map<const Update*, std::string> update_anchors(const Initiative& in,
                                                    const std::string& language) {
  std::vector<const Update*> by_file;
  for (const Update& u : in.updates) by_file.push_back(&u);
  std::sort(by_file.begin(), by_file.end(), [](auto* a, auto* b) { return a->order < b->order; });
  const std::string prefix = language == "en" ? "update-" : "opdatering-";
  std::map<std::string, int> seen;
  std::map<const Update*, std::string> out;
  for (const Update* u : by_file) {
    int n = ++seen[u->date.iso()];
    out[u] = prefix + u->date.iso() + (n > 1 ? "-" + std::to_string(n) : "");
  }
  return out;
}

}  // namespace overblik
