#pragma once
#include <string>
#include <vector>

#include "diff/plan_diff.hpp"
#include "model/plan.hpp"
#include "render/output_file.hpp"
#include "render/template_set.hpp"

namespace overblik {

struct RenderOptions {
  int jobs = 1;
  /// With `build --previous`: what changed since that version, and the date
  /// it is "changed since". Adds the changes page, marks the matrix, links
  /// the page from the front page and adds a feed entry.
  const PlanDiff* changes = nullptr;
  Date changes_since;
};

/// Plan → every output file, each handed to `sink` as soon as it is rendered
/// (pages are rendered in parallel, `options.jobs` workers), so that the
/// whole site is never held in memory. Pure apart from the sink.
void render_site(const Plan& plan, const TemplateSet& theme, const RenderOptions& options,
                 const FileSink& sink);

/// Plan → every output file, sorted by path. Pure: no clock, no disk; the
/// same plan and theme give the same bytes.
std::vector<OutputFile> render_site(const Plan& plan, const TemplateSet& theme,
                                    const RenderOptions& options);

}  // namespace overblik
