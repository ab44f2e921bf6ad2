#pragma once
#include <filesystem>
#include <string>

namespace overblik {

/// The output folder as overblik writes it: absolute, without "." or ".."
/// parts or a trailing slash, and a symbolic link (`site -> /var/www/plan`)
/// resolved to its target, so that the new site is built beside the target
/// and swapped in there, and the link stays a link.
std::filesystem::path resolve_output_folder(const std::string& out_dir);

/// Holds an exclusive lock (flock) on `OUT.overblik-lock`, a file beside the
/// output folder, from construction to destruction, so that two builds into
/// one folder take turns. When another build holds it, says so on standard
/// error and waits, at most OVERBLIK_LOCK_TIMEOUT seconds (default 120), then
/// throws WriteError. The lock file is left in place: removing it would let a
/// third build lock a new file while a second still holds the old one.
class OutputLock {
 public:
  explicit OutputLock(const std::filesystem::path& out);
  ~OutputLock();
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace overblik
