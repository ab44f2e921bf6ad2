#include "write/output_folder.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <thread>

#include "support/messages.hpp"
#include "write/site_writer.hpp"

namespace overblik {

namespace fs = std::filesystem;

namespace {

fs::path without_trailing_slash(fs::path p) {
  while (!p.has_filename() && p != p.root_path()) p = p.parent_path();
  return p;
}

}  // namespace

fs::path resolve_output_folder(const std::string& out_dir) {
  std::error_code ec;
  fs::path p = without_trailing_slash(fs::absolute(fs::path(out_dir), ec).lexically_normal());
  // The last part, while it is a link (even one that leads nowhere yet): the site goes to its
  // target.
  for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(p, ec)); ++hops) {
    const fs::path target = fs::read_symlink(p, ec);
    if (ec) break;
    p = without_trailing_slash(
        (target.is_absolute() ? target : p.parent_path() / target).lexically_normal());
  }
  // The folders on the way, links among them.
  const fs::path parent = fs::weakly_canonical(p.parent_path(), ec);
  if (!ec && p.has_filename()) p = parent / p.filename();
  return p;
}

namespace {

int lock_timeout_seconds() {
  const char* env = std::getenv("OVERBLIK_LOCK_TIMEOUT");
  if (!env || !*env) return 120;
  char* end = nullptr;
  const long v = std::strtol(env, &end, 10);
  return (*end == '\0' && v >= 0 && v <= 86400) ? static_cast<int>(v) : 120;
}

}  // namespace

OutputLock::OutputLock(const fs::path& out) {
  const fs::path file = out.string() + ".overblik-lock";
  fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd_ < 0)
    throw WriteError(
        fmt::format("cannot create the lock file '{}': {}", file.string(), std::strerror(errno)));
  if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) return;
  if (errno != EWOULDBLOCK) {
    const int err = errno;
    ::close(fd_);
    throw WriteError(fmt::format("cannot lock '{}': {}", file.string(), std::strerror(err)));
  }
  const int timeout = lock_timeout_seconds();
  std::cerr << translate(fmt::format(
                             "overblik: waiting for another build of {} to finish (at most {} s)…",
                             out.string(), timeout),
                         run_language())
            << "\n";
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(timeout);
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (std::chrono::steady_clock::now() >= until) {
      ::close(fd_);
      throw WriteError(
          fmt::format("another build of {} still runs after {} s (it holds {}); try again when it "
                      "has finished",
                      out.string(), timeout, file.string()));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

OutputLock::~OutputLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

}  // namespace overblik
