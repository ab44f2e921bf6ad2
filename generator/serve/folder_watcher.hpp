#pragma once
// Watches folders and everything below them for changes, with Linux inotify.
#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace overblik {

/// Which watched roots saw a change, by their index in the constructor's list.
struct FolderChanges {
  std::vector<bool> roots;
  bool any() const;
};

class FolderWatcher {
 public:
  /// Watches each root folder recursively; hidden entries (".git", editor
  /// swap files) are ignored, as the content loader ignores them. Throws
  /// std::runtime_error when a root is not a folder or cannot be watched.
  explicit FolderWatcher(std::vector<std::string> roots);
  ~FolderWatcher();
  FolderWatcher(const FolderWatcher&) = delete;
  FolderWatcher& operator=(const FolderWatcher&) = delete;

  /// Waits until something changes below a root, then until no further
  /// event has come for `quiet` (a save is often a burst of events), or at
  /// most `longest` in all. Returns what changed; returns nothing (any() is
  /// false) as soon as `stop_fd` is readable.
  FolderChanges wait(int stop_fd, std::chrono::milliseconds quiet,
                     std::chrono::milliseconds longest = std::chrono::milliseconds(1000));

 private:
  struct Watch {
    std::string path;
    size_t root = 0;
  };
  std::vector<std::string> roots_;
  std::map<int, Watch> watches_;
  int fd_ = -1;

  void add_tree(const std::string& dir, size_t root);
  void add_one(const std::string& dir, size_t root);
  /// Reads the pending events into `changes`; adds watches for new folders.
  void drain(FolderChanges& changes);
};

}  // namespace overblik
