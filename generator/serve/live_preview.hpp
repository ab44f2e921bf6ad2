#pragma once
// `overblik serve`: the site built in memory, served on 127.0.0.1, rebuilt
// when the content or the templates change, and reloaded in the browser.
// Nothing is written to disk.
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "pipeline/pipeline.hpp"
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
  Built built;          ///< what build_site did: diagnostics, the previous version, the stopwatch
  std::string problem;  ///< a failure outside the content (a broken template), else empty
  std::shared_ptr<const SiteFiles> site;  ///< the files; null when the build failed
  /// Errors block, warnings do not (there is no --strict in a preview).
  bool failed() const { return site == nullptr; }
  /// Errors in the content and, with --previous, in the previous version.
  int error_count() const;
};

class LivePreview {
 public:
  /// Starts watching the content (and templates) folder and binds the port.
  /// Throws std::runtime_error when a folder cannot be watched or the port
  /// cannot be had.
  LivePreview(BuildOptions options, ServeOptions serve);

  int port() const { return server_.port(); }
  /// Builds (build_site into memory), serves the result — the site, or the
  /// page listing its errors — and tells the open pages to reload. The time
  /// until the result is served is the stage "serve" of its stopwatch.
  const PreviewBuild& rebuild();
  /// Starts answering HTTP requests.
  void start() { server_.start(); }
  /// Blocks until the watched folders change (then true: call rebuild()) or
  /// `stop_fd` becomes readable (then false).
  bool wait_for_change(int stop_fd);
  void stop() { server_.stop(); }

 private:
  BuildOptions options_;  // options_.theme: the parsed theme, kept until a template changes
  ServeOptions serve_;
  DiskFileSystem fs_;
  FolderWatcher watcher_;
  PreviewServer server_;
  MemorySink sink_;
  std::shared_ptr<const SiteFiles> last_good_;
  PreviewBuild last_;
  std::string instance_;
  uint64_t generation_ = 0;

  std::string error_page() const;
};

}  // namespace overblik
