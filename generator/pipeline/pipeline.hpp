#pragma once
#include <string>
#include <vector>

#include "load/content_files.hpp"
#include "model/build_plan.hpp"
#include "model/plan.hpp"
#include "support/diagnostic.hpp"
#include "support/file_system.hpp"
#include "write/site_writer.hpp"

namespace overblik {

/// Everything a build or check is told; defaults are the CLI's defaults.
struct BuildOptions {
  std::string content_dir = "content";
  std::string templates_dir;  ///< empty: the built-in theme only
  std::string out_dir = "site";
  bool strict = false;  ///< warnings fail the build
  Date today;           ///< the build date
  int jobs = 1;
};

/// The result of loading and validating a content folder.
struct Checked {
  Plan plan;
  Diagnostics diags;
  SourceTexts sources;
  bool failed(bool strict) const {
    return diags.has_errors() || (strict && diags.warning_count() > 0);
  }
};

/// Time and count of one stage, for --stats.
struct StageTime {
  std::string name;
  double ms = 0;
  size_t count = 0;
};

/// load → model: reads and validates the content folder.
Checked check_content(const FileSystem& fs, const BuildOptions& options, std::vector<StageTime>* times = nullptr);

/// The whole build: check, render with the theme, write. Content errors are
/// in `checked`; I/O and theme problems throw (std::runtime_error, WriteError).
struct Built {
  Checked checked;
  WriteStats written;
  size_t files = 0;
  std::vector<StageTime> times;
};
Built build_site(const FileSystem& fs, const BuildOptions& options);

}  // namespace overblik
