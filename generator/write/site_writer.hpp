#pragma once
#include <stdexcept>
#include <string>
#include <vector>

#include "render/site.hpp"

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

/// Writes the site. The new site is assembled in a sibling folder — unchanged
/// files hard-linked from the old one, so they keep their modification time —
/// and swapped in with one atomic rename: a reader sees the old site or the
/// new one, never half of each, and a failure leaves the old site as it was.
/// Only files listed in the previous manifest are ever removed; anything else
/// found in the output folder is carried over. Throws WriteError.
WriteStats write_site(const std::vector<OutputFile>& files, const WriteOptions& options);

}  // namespace overblik
