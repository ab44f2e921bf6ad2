#pragma once
// Writing what init, new and import produce: never over an existing file
// unless told to (--force), never deleting anything, and saying what it does.
#include <map>
#include <string>
#include <vector>

#include "support/file_system.hpp"

namespace overblik::scaffold {

/// A file to write into a content folder.
struct PlannedFile {
  std::string rel;      ///< path inside the content folder ("initiatives/x.md")
  std::string bytes;    ///< the whole file, or (append) what to add at its end
  bool append = false;  ///< add to an existing file (themes.yaml); never rewrites it
};

enum class WriteAction { create, overwrite, append };

struct FileWrite {
  PlannedFile file;
  std::string path;  ///< the folder joined with file.rel
  WriteAction action = WriteAction::create;
  std::string root;  ///< the content folder
};

/// What each planned file does to `dir`: create, overwrite (an existing file,
/// only with `force`) or append. Existing files that would be overwritten
/// without `force` go to `refused`.
std::vector<FileWrite> plan_writes(const FileSystem& fs, const std::string& dir,
                                   const std::vector<PlannedFile>& files, bool force,
                                   std::vector<std::string>& refused);

/// "created content/x.md", "overwrote ...", "appended to ..."; with `dry_run`
/// "would create ...", "would overwrite ...", "would append to ...".
std::string describe_write(const FileWrite& w, bool dry_run);

/// Why `w` may not be written, or empty: the loader's rule for symbolic
/// links, applied to writing. A link (the file itself or a folder on its way)
/// that leads outside the content folder, or nowhere, is not written through.
std::string write_problem(const FileWrite& w);

/// Writes one file, creating its folders. Throws std::runtime_error on
/// failure, and (see write_problem) rather than write through a link out.
void apply_write(const FileWrite& w);

/// A file system that shows planned writes as done, over another one: lets
/// `--dry-run` check the content as it would be, without touching the disk.
class OverlayFileSystem final : public FileSystem {
 public:
  OverlayFileSystem(const FileSystem& base, const std::vector<FileWrite>& writes);
  std::optional<std::string> read(const std::string& path, std::string* error) const override;
  std::vector<DirEntry> list(const std::string& dir, const std::string& root) const override;
  FileKind kind(const std::string& path) const override;

 private:
  const FileSystem& base_;
  std::map<std::string, std::string> files_;
};

}  // namespace overblik::scaffold
