#pragma once
#include <string>
#include <vector>

#include "diff/plan_diff.hpp"
#include "model/plan.hpp"
#include "render/template_set.hpp"

namespace overblik {

/// One file of the output: its bytes, or a content file to copy as it is.
struct OutputFile {
  std::string path;       ///< inside the output folder, '/'-separated
  std::string bytes;
  std::string copy_from;  ///< when set: copy this file (content assets) instead of `bytes`
};

struct RenderOptions {
  int jobs = 1;
  /// With `build --previous`: what changed since that version, and the date
  /// it is "changed since". Adds the changes page, marks the matrix, links
  /// the page from the front page and adds a feed entry.
  const PlanDiff* changes = nullptr;
  Date changes_since;
};

/// Plan → every output file, sorted by path. Pure: no clock, no disk; the
/// same plan and theme give the same bytes.
std::vector<OutputFile> render_site(const Plan& plan, const TemplateSet& theme, const RenderOptions& options);

}  // namespace overblik
