#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace overblik {

enum class FileKind { missing, file, directory, other };

struct DirEntry {
  std::string name;
  FileKind kind = FileKind::missing;  ///< of what the entry leads to (symlinks followed)
  bool symlink = false;
  bool leads_outside = false;  ///< a symlink whose target lies outside the root given to list_tree
  /// Device and inode of the folder the entry leads to (disk only; 0 in
  /// memory): two entries with the same are one folder, however linked.
  unsigned long long device = 0, inode = 0;
};

/// Read access to content. The disk implementation serves builds; the memory
/// one serves tests and the preview server (ninja's DiskInterface idea).
class FileSystem {
 public:
  virtual ~FileSystem() = default;

  /// The file's bytes, or nullopt with a reason in `error`.
  virtual std::optional<std::string> read(const std::string& path, std::string* error) const = 0;

  /// Entries of a directory, sorted by name (so builds do not depend on the
  /// order the disk returns). `root` is the folder symlinks must stay inside.
  virtual std::vector<DirEntry> list(const std::string& dir, const std::string& root) const = 0;

  virtual FileKind kind(const std::string& path) const = 0;

  /// Whether the folder's entries can be listed (false: permission denied, …),
  /// so an unreadable folder is reported rather than taken for an empty one.
  virtual bool can_list(const std::string& /*dir*/) const { return true; }
};

class DiskFileSystem final : public FileSystem {
 public:
  std::optional<std::string> read(const std::string& path, std::string* error) const override;
  std::vector<DirEntry> list(const std::string& dir, const std::string& root) const override;
  FileKind kind(const std::string& path) const override;
  bool can_list(const std::string& dir) const override;
};

/// An in-memory tree: paths like "content/plan.yaml"; directories are implied.
class MemoryFileSystem final : public FileSystem {
 public:
  void add(const std::string& path, std::string bytes) { files_[path] = std::move(bytes); }
  std::optional<std::string> read(const std::string& path, std::string* error) const override;
  std::vector<DirEntry> list(const std::string& dir, const std::string& root) const override;
  FileKind kind(const std::string& path) const override;

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace overblik
