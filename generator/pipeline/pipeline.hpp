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
  std::string previous;  ///< build --previous: a folder or git:REF:PATH to compare with
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
Checked check_content(const FileSystem& fs, const BuildOptions& options,
                      std::vector<StageTime>* times = nullptr);

/// Reads and validates a version of a plan from a folder or `git:REF:PATH`
/// (libgit2). Throws std::runtime_error when a git revision cannot be opened.
Checked check_version(const std::string& spec, const BuildOptions& options);

/// The date a version is "changed since": its newest update, else its publication.
Date version_date(const Plan& plan);

/// The whole build: check, render with the theme, write. Content errors are
/// in `checked`; I/O and theme problems throw (std::runtime_error, WriteError).
struct Built {
  Checked checked;
  Checked previous;  ///< with --previous
  WriteStats written;
  size_t files = 0;
  std::vector<StageTime> times;
};
Built build_site(const FileSystem& fs, const BuildOptions& options);

}  // namespace overblik
