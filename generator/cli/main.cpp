// The overblik command line: parse arguments, run the pipeline, print, exit.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <ctime>
#include <iostream>
#include <sys/resource.h>
#include <unistd.h>

#include "model/period.hpp"
#include "pipeline/pipeline.hpp"
#include "support/parallel.hpp"

using namespace overblik;

namespace {

enum Exit { kOk = 0, kContentErrors = 1, kUsage = 2 };

Date today_utc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

/// With --quiet only what fails the run is printed: errors, and warnings too under --strict.
void print_diagnostics(const Checked& c, bool quiet, bool strict) {
  const bool color = isatty(fileno(stderr)) && std::getenv("NO_COLOR") == nullptr;
  for (const Diagnostic& d : c.diags.items()) {
    if (quiet && !strict && d.severity == Severity::warning) continue;
    std::cerr << format_diagnostic(d, c.sources, color);
  }
  if (!quiet || c.failed(strict))
    std::cerr << format_summary(c.diags.error_count(), c.diags.warning_count()) << "\n";
}

void print_stats(const Built& b) {
  double total = 0;
  for (const StageTime& t : b.times) {
    std::cout << fmt::format("  {:<18} {:>9.1f} ms  {:>8} items\n", t.name, t.ms, t.count);
    total += t.ms;
  }
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  std::cout << fmt::format("  {:<18} {:>9.1f} ms\n  peak memory        {:>9.1f} MB\n", "total", total, ru.ru_maxrss / 1024.0);
}

struct Common {
  std::string today;
  int jobs = 0;
};

bool resolve_common(const Common& common, BuildOptions& o) {
  if (common.today.empty()) o.today = today_utc();
  else if (auto d = parse_date(common.today)) o.today = *d;
  else {
    std::cerr << fmt::format("overblik: --today must be a date YYYY-MM-DD, not '{}'\n", common.today);
    return false;
  }
  o.jobs = common.jobs > 0 ? common.jobs : default_jobs();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"overblik — turns a municipal plan written as YAML and Markdown into an accessible static website"};
  app.set_version_flag("--version", std::string("overblik ") + OVERBLIK_VERSION);
  app.require_subcommand(1);

  BuildOptions options;
  Common common;
  bool quiet = false;

  bool stats = false;
  auto* build = app.add_subcommand("build", "Build the site from the content folder");
  build->add_option("--content", options.content_dir, "Content folder")->capture_default_str();
  build->add_option("--templates", options.templates_dir, "Folder whose files replace the built-in theme's, file by file");
  build->add_option("--out", options.out_dir, "Output folder")->capture_default_str();
  build->add_flag("--strict", options.strict, "Treat warnings as errors");
  build->add_flag("--quiet,-q", quiet, "Print errors only");
  build->add_flag("--stats", stats, "Print the time and count of each stage, and peak memory");
  build->add_option("--today", common.today, "Build date YYYY-MM-DD (default: today), for reproducible builds");
  build->add_option("--jobs,-j", common.jobs, "Worker threads (default: one per core)");

  auto* check = app.add_subcommand("check", "Validate the content and report every problem; writes nothing");
  check->add_option("--content", options.content_dir, "Content folder")->capture_default_str();
  check->add_flag("--strict", options.strict, "Treat warnings as errors");
  check->add_flag("--quiet,-q", quiet, "Print errors only");
  check->add_option("--today", common.today, "Build date YYYY-MM-DD (default: today), for staleness");
  check->add_option("--jobs,-j", common.jobs, "Worker threads (default: one per core)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kOk : kUsage;
  }
  if (!resolve_common(common, options)) return kUsage;

  DiskFileSystem fs;
  if (build->parsed()) {
    try {
      Built b = build_site(fs, options);
      print_diagnostics(b.checked, quiet, options.strict);
      if (b.checked.failed(options.strict)) {
        std::cerr << fmt::format("overblik: the site was not built; {} is left as it was\n", options.out_dir);
        return kContentErrors;
      }
      if (stats) print_stats(b);
      if (!quiet)
        std::cout << fmt::format("Wrote {}/: {} files ({} written, {} unchanged, {} removed)\n", options.out_dir, b.files,
                                 b.written.written, b.written.unchanged, b.written.removed);
      return kOk;
    } catch (const std::exception& e) {
      std::cerr << "overblik: " << e.what() << "\n";
      return kUsage;
    }
  }
  if (check->parsed()) {
    Checked c = check_content(fs, options);
    print_diagnostics(c, quiet, options.strict);
    return c.failed(options.strict) ? kContentErrors : kOk;
  }
  return kOk;
}
