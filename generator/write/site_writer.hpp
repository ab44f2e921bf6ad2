#pragma once
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "write/manifest.hpp"
#include "write/output_folder.hpp"

namespace overblik {

/// A problem writing the output (exit code 2), never a content problem.
struct WriteError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct WriteOptions {
  std::string out_dir = "site";
  std::string content_dir = "content";  ///< the output may not be, contain or lie in it
};

struct WriteStats {
  size_t written = 0;    ///< new or changed files
  size_t unchanged = 0;  ///< kept as they were (same inode, same modification time)
  size_t removed = 0;    ///< written by an earlier build, not produced now
  bool swapped = false;  ///< false when nothing changed and the folder was left alone
};

/// The name of the manifest file overblik keeps in the output folder.
extern const char* const kManifestName;

/// Throws WriteError when overblik must not write into `out_dir`: the root or
/// home folder, the content folder or one holding or inside it, a file, or a
/// non-empty folder that an earlier build did not write.
void check_output_folder(const std::string& out_dir, const std::string& content_dir);

/// Writes a site file by file, as the pages are rendered. It holds the
/// output folder's lock (OutputLock) from construction to destruction. The
/// new site is assembled in a sibling folder with a unique name
/// (OUT.overblik-new.XXXXXX) — unchanged files
/// hard-linked from the old one, so they keep their modification time — and
/// swapped in by finish() with one atomic rename: a reader sees the old site
/// or the new one, never half of each, and a failure (or a writer destroyed
/// without finish()) leaves the old site as it was. Only files listed in the
/// previous manifest are ever removed; anything else found in the output
/// folder is carried over. add() may be called from several
/// threads at once, each path once. Throws WriteError.
class SiteWriter {
 public:
  explicit SiteWriter(const WriteOptions& options);
  ~SiteWriter();
  SiteWriter(const SiteWriter&) = delete;
  SiteWriter& operator=(const SiteWriter&) = delete;

  void add(const std::string& path, std::string_view bytes);
  /// Swaps the new site in (unless nothing changed) and records `input` and
  /// the build's diagnostics in its manifest.
  WriteStats finish(uint64_t input, std::vector<Diagnostic> diagnostics = {});

 private:
  void stage_once();
  void put(const std::string& path, std::string_view bytes);

  std::filesystem::path out_, stage_;
  std::unique_ptr<OutputLock> lock_;
  Manifest old_;
  std::mutex mutex_;
  bool staged_ = false, finished_ = false;
  Manifest next_;
  size_t written_ = 0, unchanged_ = 0;
};

/// The manifest of the site in `out_dir` when it was made from `input` (a
/// fingerprint of content, theme, options and program) and
/// every file it lists is still as that build left it (same size, not
/// modified since): there is nothing to render or write. Reads only.
std::optional<Manifest> up_to_date_manifest(const std::string& out_dir, uint64_t input);

}  // namespace overblik
