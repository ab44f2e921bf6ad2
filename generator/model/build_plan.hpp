#pragma once
#include "load/content_files.hpp"
#include "model/plan.hpp"
#include "support/diagnostic.hpp"

namespace overblik {

struct ModelOptions {
  Date today;    ///< the build date, for staleness and future updates
  int jobs = 1;  ///< threads for reading files
};

/// Reads and validates every file: documents → a Plan in display order, and
/// every problem found in `diags`. The Plan is usable only without errors.
Plan build_plan(const ContentFiles& files, const ModelOptions& options, Diagnostics& diags);

/// Display order of initiatives and indicators: number (natural order), those
/// without one after, then title (Danish order), then ID.
bool number_title_less(const std::optional<DisplayNumber>& an, const std::string& at,
                       const std::string& aid, const std::optional<DisplayNumber>& bn,
                       const std::string& bt, const std::string& bid);

}  // namespace overblik
