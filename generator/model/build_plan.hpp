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

/// What the display order of initiatives and indicators compares.
struct DisplayKey {
  const std::optional<DisplayNumber>& number;
  const std::string& title;
  const std::string& id;
};

/// The display key of an initiative or an indicator.
template <class Item>
DisplayKey display_key(const Item& item) {
  return {.number = item.number, .title = item.title, .id = item.id};
}

/// Display order of initiatives and indicators: number (natural order), those
/// without one after, then title (Danish order), then ID.
bool number_title_less(const DisplayKey& a, const DisplayKey& b);

}  // namespace overblik
