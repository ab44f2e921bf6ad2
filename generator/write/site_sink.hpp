#pragma once
// Where a build puts its files. `overblik build` writes them into the output
// folder (DiskSink), `overblik serve` and the tests keep them in memory
// (MemorySink); the pipeline that makes them is the same (Zola's
// BuildMode::{Disk,Memory}, ninja's DiskInterface).
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "render/output_file.hpp"
#include "support/diagnostic.hpp"
#include "write/site_writer.hpp"

namespace overblik {

/// A site a sink already holds, made from the very input of the build now
/// running: nothing needs to be checked, rendered or written.
struct KeptSite {
  size_t files = 0;
  std::vector<Diagnostic> diagnostics;  ///< as that build gave them to finish()
};

/// Receives the files of one build: begin(), add() per file, finish().
class SiteSink {
 public:
  virtual ~SiteSink() = default;

  /// The site this sink holds when it was made from `input` (the build's
  /// fingerprint) and is as that build left it; else nullopt. Called before
  /// begin(), and only when the content loaded without errors.
  virtual std::optional<KeptSite> kept(uint64_t input) = 0;
  /// Called once the content has passed its check, before the first add():
  /// nothing is touched for a build that fails.
  virtual void begin() = 0;
  /// One file, its bytes filled in (a copied content file keeps `copy_from`
  /// to say where it came from). Called from several threads at once, each
  /// path once.
  virtual void add(OutputFile&& file) = 0;
  /// Ends the build: the files become the site, recorded with `input` and
  /// the build's diagnostics (content paths as "{content}/…").
  virtual WriteStats finish(uint64_t input, std::vector<Diagnostic> diagnostics) = 0;
};

/// The output folder: SiteWriter's staging folder, atomic swap and
/// manifest, and its up-to-date check.
class DiskSink final : public SiteSink {
 public:
  explicit DiskSink(WriteOptions options) : options_(std::move(options)) {}

  std::optional<KeptSite> kept(uint64_t input) override;
  void begin() override;
  void add(OutputFile&& file) override;
  WriteStats finish(uint64_t input, std::vector<Diagnostic> diagnostics) override;

 private:
  WriteOptions options_;
  std::unique_ptr<SiteWriter> writer_;
};

/// The files of a site by output path ("initiativer/x/index.html").
using SiteFiles = std::map<std::string, OutputFile>;

/// The site in memory, for the preview and for tests. It keeps the last
/// finished site, its input and diagnostics, so that a build of the same
/// input keeps it.
class MemorySink final : public SiteSink {
 public:
  std::optional<KeptSite> kept(uint64_t input) override;
  void begin() override;
  void add(OutputFile&& file) override;
  WriteStats finish(uint64_t input, std::vector<Diagnostic> diagnostics) override;

  /// The files of the last finished build; null before the first.
  std::shared_ptr<const SiteFiles> files() const { return site_; }

 private:
  std::shared_ptr<const SiteFiles> site_;
  uint64_t input_ = 0;
  std::vector<Diagnostic> diagnostics_;
  std::shared_ptr<SiteFiles> next_;
  std::mutex mutex_;
};

}  // namespace overblik
