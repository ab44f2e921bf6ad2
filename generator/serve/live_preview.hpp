#pragma once
// `overblik serve`: the site built in memory, served on 127.0.0.1, rebuilt
// when the content or the templates change, and reloaded in the browser.
// Nothing is written to disk.
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/pipeline.hpp"
#include "render/template_set.hpp"
#include "serve/folder_watcher.hpp"
#include "serve/preview_server.hpp"
#include "support/messages.hpp"

namespace overblik {

struct ServeOptions {
  int port = 8000;                         ///< 0: any free port
  std::chrono::milliseconds debounce{50};  ///< quiet time that ends a burst of changes
  std::optional<Language> language;  ///< --lang: the error page's language (default: the plan's)
};

/// One build of the preview.
struct PreviewBuild {
  Checked checked;
  std::string problem;  ///< a failure outside the content (a broken template), else empty
  std::shared_ptr<const SiteFiles> site;  ///< the files; null when the build failed
  double ms = 0;      ///< wall time from the start of the build until it is served
  double cpu_ms = 0;  ///< processor time of the whole process meanwhile, all threads
  std::vector<StageTime> times;
  /// Errors block, warnings do not (there is no --strict in a preview).
  bool failed() const { return site == nullptr; }
};

/// Check + theme + render into memory, without writing. `theme` is loaded
/// into the pointer when null, and kept for the next build. Content errors
/// (warnings do not count) stop before rendering; a theme or render failure
/// is returned as `problem`, not thrown.
PreviewBuild build_in_memory(const FileSystem& fs, const BuildOptions& options,
                             std::shared_ptr<const TemplateSet>& theme);

class LivePreview {
 public:
  /// Starts watching the content (and templates) folder and binds the port.
  /// Throws std::runtime_error when a folder cannot be watched or the port
  /// cannot be had.
  LivePreview(BuildOptions options, ServeOptions serve);

  int port() const { return server_.port(); }
  /// Builds, serves the result — the site, or the page listing its errors —
  /// and tells the open pages to reload.
  const PreviewBuild& rebuild();
  /// Starts answering HTTP requests.
  void start() { server_.start(); }
  /// Blocks until the watched folders change (then true: call rebuild()) or
  /// `stop_fd` becomes readable (then false).
  bool wait_for_change(int stop_fd);
  void stop() { server_.stop(); }

 private:
  BuildOptions options_;
  ServeOptions serve_;
  DiskFileSystem fs_;
  FolderWatcher watcher_;
  PreviewServer server_;
  std::shared_ptr<const TemplateSet> theme_;
  std::shared_ptr<const SiteFiles> last_good_;
  std::shared_ptr<const AssetIds> last_good_assets_;  // as last_good_'s build found them
  PreviewBuild last_;
  std::string instance_;
  uint64_t generation_ = 0;
};

}  // namespace overblik
