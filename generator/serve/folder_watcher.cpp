#include "serve/folder_watcher.hpp"

#include <fmt/format.h>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace overblik {

namespace {

namespace fs = std::filesystem;

// Everything that can change what a build reads. IN_MODIFY comes many times
// during one write; the debounce in wait() folds them into one rebuild.
constexpr uint32_t kMask = IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM |
                           IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;

bool hidden(std::string_view name) {
  return !name.empty() && name.front() == '.';
}

std::string errno_text() {
  return std::strerror(errno);
}

/// poll() that retries when a signal interrupts it; returns the number of ready fds.
int poll_retry(pollfd* fds, nfds_t n, int timeout_ms) {
  for (;;) {
    const int r = ::poll(fds, n, timeout_ms);
    if (r >= 0) return r;
    if (errno != EINTR) throw std::runtime_error("waiting for changes failed: " + errno_text());
  }
}

}  // namespace

bool FolderChanges::any() const {
  return std::find(roots.begin(), roots.end(), true) != roots.end();
}

FolderWatcher::FolderWatcher(std::vector<std::string> roots) : roots_(std::move(roots)) {
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) throw std::runtime_error("cannot watch for changes: " + errno_text());
  try {
    for (size_t i = 0; i < roots_.size(); ++i) {
      std::error_code ec;
      if (!fs::is_directory(roots_[i], ec))
        throw std::runtime_error(fmt::format("cannot watch '{}': it is not a folder", roots_[i]));
      if (inotify_add_watch(fd_, roots_[i].c_str(), kMask) < 0)
        throw std::runtime_error(fmt::format("cannot watch '{}': {}", roots_[i], errno_text()));
      add_tree(roots_[i], i);
    }
  } catch (...) {
    ::close(fd_);
    throw;
  }
}

FolderWatcher::~FolderWatcher() {
  ::close(fd_);
}

void FolderWatcher::add_one(const std::string& dir, size_t root) {
  const int wd = inotify_add_watch(fd_, dir.c_str(), kMask);
  // A folder that is gone again, or unreadable, has nothing to watch; the
  // rebuild that follows reports what it means for the content.
  if (wd >= 0) watches_[wd] = {dir, root};
}

void FolderWatcher::add_tree(const std::string& dir, size_t root) {
  add_one(dir, root);
  std::error_code ec;
  auto it =
      fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    // Symbolic links are not followed: the loader refuses those that lead
    // outside, and the folders they lead to inside are watched already.
    const fs::file_status st = it->symlink_status(ec);
    if (ec || !fs::is_directory(st)) continue;
    if (hidden(it->path().filename().string())) {
      it.disable_recursion_pending();
      continue;
    }
    add_one(it->path().string(), root);
  }
}

void FolderWatcher::drain(FolderChanges& changes) {
  alignas(inotify_event) char buffer[16 * 1024];
  for (;;) {
    const ssize_t n = ::read(fd_, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // EAGAIN: nothing more for now
    for (ssize_t at = 0; at < n;) {
      const auto* ev = reinterpret_cast<const inotify_event*>(buffer + at);
      at += static_cast<ssize_t>(sizeof(inotify_event) + ev->len);
      if (ev->mask & IN_Q_OVERFLOW) {
        // Events were lost: assume everything changed and watch anew.
        std::fill(changes.roots.begin(), changes.roots.end(), true);
        for (size_t i = 0; i < roots_.size(); ++i) add_tree(roots_[i], i);
        continue;
      }
      auto w = watches_.find(ev->wd);
      if (w == watches_.end()) continue;
      const Watch watch = w->second;
      if (ev->mask & IN_IGNORED) {
        watches_.erase(w);
        continue;
      }
      const std::string name = ev->len > 0 ? std::string(ev->name) : std::string();
      if (hidden(name)) continue;
      changes.roots[watch.root] = true;
      if ((ev->mask & IN_ISDIR) && (ev->mask & (IN_CREATE | IN_MOVED_TO)))
        add_tree(watch.path + "/" + name, watch.root);
    }
  }
}

FolderChanges FolderWatcher::wait(int stop_fd, std::chrono::milliseconds quiet,
                                  std::chrono::milliseconds longest) {
  using Clock = std::chrono::steady_clock;
  pollfd fds[2] = {{fd_, POLLIN, 0}, {stop_fd, POLLIN, 0}};
  FolderChanges changes;
  changes.roots.assign(roots_.size(), false);
  while (!changes.any()) {
    poll_retry(fds, 2, -1);
    if (fds[1].revents) return {};
    if (fds[0].revents) drain(changes);
  }
  const Clock::time_point start = Clock::now();
  for (;;) {
    const auto left =
        longest - std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
    if (left.count() <= 0) break;
    if (poll_retry(fds, 2, static_cast<int>(std::min(quiet, left).count())) == 0) break;
    if (fds[1].revents) return {};
    if (fds[0].revents) drain(changes);
  }
  return changes;
}

}  // namespace overblik
