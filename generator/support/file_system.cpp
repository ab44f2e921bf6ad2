#include "support/file_system.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace overblik {

namespace fs = std::filesystem;

namespace {

FileKind kind_of(const fs::file_status& st) {
  if (fs::is_regular_file(st)) return FileKind::file;
  if (fs::is_directory(st)) return FileKind::directory;
  if (st.type() == fs::file_type::not_found || st.type() == fs::file_type::none)
    return FileKind::missing;
  return FileKind::other;
}

bool is_inside(const fs::path& path, const fs::path& root) {
  auto rel = path.lexically_relative(root);
  return !rel.empty() && *rel.begin() != "..";
}

}  // namespace

std::optional<std::string> DiskFileSystem::read(const std::string& path, std::string* error) const {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    if (error) *error = "is a directory, not a file";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error)
      *error = fs::exists(path, ec) ? "cannot be read (permission denied?)" : "does not exist";
    return std::nullopt;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) {
    if (error) *error = "cannot be read";
    return std::nullopt;
  }
  return std::move(buf).str();
}

std::vector<DirEntry> DiskFileSystem::list(const std::string& dir, const std::string& root) const {
  std::vector<DirEntry> out;
  std::error_code ec;
  const fs::path canonical_root = fs::weakly_canonical(root, ec);
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    DirEntry e;
    e.name = it->path().filename().string();
    std::error_code sec;
    e.symlink = it->is_symlink(sec);
    e.kind = kind_of(it->status(sec));
    struct stat st {};
    if (e.kind == FileKind::directory && ::stat(it->path().c_str(), &st) == 0) {
      e.device = static_cast<unsigned long long>(st.st_dev);
      e.inode = static_cast<unsigned long long>(st.st_ino);
    }
    if (e.symlink) {
      fs::path target = fs::weakly_canonical(it->path(), sec);
      e.leads_outside = sec || !is_inside(target, canonical_root);
    }
    out.push_back(std::move(e));
  }
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.name < b.name; });
  return out;
}

bool DiskFileSystem::can_list(const std::string& dir) const {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  return !ec;
}

FileKind DiskFileSystem::kind(const std::string& path) const {
  std::error_code ec;
  return kind_of(fs::status(path, ec));
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path,
                                                  std::string* error) const {
  auto it = files_.find(path);
  if (it == files_.end()) {
    if (error)
      *error = kind(path) == FileKind::directory ? "is a directory, not a file" : "does not exist";
    return std::nullopt;
  }
  return it->second;
}

std::vector<DirEntry> MemoryFileSystem::list(const std::string& dir,
                                             const std::string& /*root*/) const {
  std::map<std::string, FileKind> names;
  const std::string prefix = dir.empty() ? "" : dir + "/";
  for (auto it = files_.lower_bound(prefix); it != files_.end(); ++it) {
    const std::string& p = it->first;
    if (p.compare(0, prefix.size(), prefix) != 0) break;
    std::string rest = p.substr(prefix.size());
    auto slash = rest.find('/');
    if (slash == std::string::npos)
      names.emplace(rest, FileKind::file);
    else
      names.emplace(rest.substr(0, slash), FileKind::directory);
  }
  std::vector<DirEntry> out;
  for (auto& [name, k] : names) out.push_back({.name = name, .kind = k});
  return out;
}

FileKind MemoryFileSystem::kind(const std::string& path) const {
  if (files_.count(path)) return FileKind::file;
  const std::string prefix = path + "/";
  auto it = files_.lower_bound(prefix);
  if (it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0)
    return FileKind::directory;
  return FileKind::missing;
}

}  // namespace overblik
