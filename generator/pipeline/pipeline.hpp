#pragma once
#include <memory>
#include <string>
#include <vector>

#include "load/content_files.hpp"
#include "model/build_plan.hpp"
#include "model/plan.hpp"
#include "support/diagnostic.hpp"
#include "support/file_system.hpp"
#include "support/work_timer.hpp"
#include "write/site_sink.hpp"

namespace overblik {

class TemplateSet;

/// Everything a build or check is told; defaults are the CLI's defaults.
struct BuildOptions {
  std::string content_dir = "content";
  std::string templates_dir;     ///< empty: the built-in theme only
  std::string out_dir = "site";  ///< for `build`'s DiskSink; build_site writes to its sink only
  bool strict = false;           ///< warnings fail the build
  Date today;                    ///< the build date
  int jobs = 1;
  std::string previous;  ///< --previous: a folder or git:REF:PATH to compare with
  /// The theme of `templates_dir` when it is already loaded (the preview
  /// keeps it between builds until a template changes); null: the build loads it.
  std::shared_ptr<const TemplateSet> theme;
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

/// load → model: reads and validates the content folder.
/// With `times`, adds the stages "load" and "parse + validate" to it.
Checked check_content(const FileSystem& fs, const BuildOptions& options,
                      BuildTimes* times = nullptr);

/// Reads and validates a version of a plan from a folder or `git:REF:PATH`
/// (libgit2). Throws std::runtime_error when a git revision cannot be opened.
Checked check_version(const std::string& spec, const BuildOptions& options);
/// The same, a folder read through `fs` (the build's own file system).
Checked check_version(const FileSystem& fs, const std::string& spec, const BuildOptions& options);

/// The date a version is "changed since": its newest update, else its publication.
Date version_date(const Plan& plan);

/// What a build did. Content errors are in `checked` (and in `previous`,
/// with --previous); then the sink got nothing.
struct Built {
  Checked checked;
  Checked previous;  ///< with --previous
  WriteStats written;
  size_t files = 0;
  bool kept = false;  ///< the sink's site was made from the same input: nothing was rendered
  std::shared_ptr<const TemplateSet> theme;  ///< the theme used (options.theme, or as loaded)
  BuildTimes times;                          ///< this build's stopwatch, for --stats
};

/// The one build of `overblik build` (a DiskSink) and `overblik serve` (a
/// MemorySink): load, fingerprint the input, keep the sink's site when it was
/// made from the same input, else check, render with the theme and hand every
/// file to `sink`, content files read through `fs`. I/O and theme problems
/// throw (std::runtime_error, WriteError); the sink's site is then as it was.
Built build_site(const FileSystem& fs, const BuildOptions& options, SiteSink& sink);

}  // namespace overblik
