#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <iostream>

#include "cli/command.hpp"
#include "support/parallel.hpp"

namespace overblik::cli {

Date today_utc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

void add_common_options(CLI::App* cmd, CommonOptions& common) {
  cmd->add_option("--today", common.today, "Build date YYYY-MM-DD (default: today), for staleness and reproducible builds");
  cmd->add_option("--jobs,-j", common.jobs, "Worker threads (default: one per core)");
}

bool resolve_common(const CommonOptions& common, BuildOptions& o) {
  if (common.today.empty()) o.today = today_utc();
  else if (auto d = parse_date(common.today)) o.today = *d;
  else {
    std::cerr << fmt::format("overblik: --today must be a date YYYY-MM-DD, not '{}'\n", common.today);
    return false;
  }
  o.jobs = common.jobs > 0 ? common.jobs : default_jobs();
  return true;
}

/// With --quiet only what fails the run is printed: errors, and warnings too under --strict.
void print_diagnostics(const Checked& c, bool quiet, bool strict) {
  const bool color = isatty(fileno(stderr)) && std::getenv("NO_COLOR") == nullptr;
  for (const Diagnostic& d : c.diags.items()) {
    if (quiet && !strict && d.severity == Severity::warning) continue;
    std::cerr << format_diagnostic(d, c.sources, color);
  }
  if (!quiet || c.failed(strict)) std::cerr << format_summary(c.diags.error_count(), c.diags.warning_count()) << "\n";
}

}  // namespace overblik::cli
