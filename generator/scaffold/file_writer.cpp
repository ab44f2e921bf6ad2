#include "scaffold/file_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "support/text.hpp"

namespace overblik::scaffold {

namespace fs = std::filesystem;

std::vector<FileWrite> plan_writes(const FileSystem& fs, const std::string& dir,
                                   const std::vector<PlannedFile>& files, bool force,
                                   std::vector<std::string>& refused) {
  std::vector<FileWrite> writes;
  for (const PlannedFile& f : files) {
    FileWrite w{f, join_path(dir, f.rel), WriteAction::create, dir};
    const bool exists = fs.kind(w.path) != FileKind::missing;
    if (f.append && exists)
      w.action = WriteAction::append;
    else if (exists && !force)
      refused.push_back(w.path);
    else if (exists)
      w.action = WriteAction::overwrite;
    writes.push_back(std::move(w));
  }
  return writes;
}

std::string describe_write(const FileWrite& w, bool dry_run) {
  switch (w.action) {
    case WriteAction::create:
      return (dry_run ? "would create " : "created ") + w.path;
    case WriteAction::overwrite:
      return (dry_run ? "would overwrite " : "overwrote ") + w.path;
    case WriteAction::append:
      return (dry_run ? "would append to " : "appended to ") + w.path;
  }
  return w.path;
}

std::string write_problem(const FileWrite& w) {
  std::error_code ec;
  const fs::path path(w.path);
  const fs::path root = fs::weakly_canonical(fs::absolute(w.root.empty() ? "." : w.root, ec), ec);
  fs::path real = fs::weakly_canonical(fs::absolute(path, ec), ec);
  // A link as the file itself, even one that leads nowhere yet: writing creates its target.
  for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(real, ec)); ++hops) {
    const fs::path target = fs::read_symlink(real, ec);
    if (ec) break;
    real = fs::weakly_canonical(target.is_absolute() ? target : real.parent_path() / target, ec);
  }
  const fs::path rel = real.lexically_relative(root);
  if (rel.empty() || *rel.begin() == "..")
    return fmt::format(
        "{} leads outside the content folder {} through a symbolic link; overblik does not write "
        "through it (remove the link, or copy what it points to into the content folder)",
        w.path, w.root);
  return {};
}

void apply_write(const FileWrite& w) {
  if (std::string why = write_problem(w); !why.empty()) throw std::runtime_error(why);
  std::error_code ec;
  fs::path path(w.path);
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
  if (ec)
    throw std::runtime_error(
        fmt::format("cannot create the folder {}: {}", path.parent_path().string(), ec.message()));
  auto mode =
      std::ios::binary | (w.action == WriteAction::append ? std::ios::app : std::ios::trunc);
  std::ofstream out(path, mode);
  out << w.file.bytes;
  out.close();
  if (!out) throw std::runtime_error(fmt::format("cannot write {}", w.path));
}

OverlayFileSystem::OverlayFileSystem(const FileSystem& base, const std::vector<FileWrite>& writes)
    : base_(base) {
  for (const FileWrite& w : writes) {
    std::string before;
    if (w.action == WriteAction::append) before = base.read(w.path, nullptr).value_or("");
    files_[w.path] = before + w.file.bytes;
  }
}

std::optional<std::string> OverlayFileSystem::read(const std::string& path,
                                                   std::string* error) const {
  auto it = files_.find(path);
  if (it != files_.end()) return it->second;
  return base_.read(path, error);
}

std::vector<DirEntry> OverlayFileSystem::list(const std::string& dir,
                                              const std::string& root) const {
  std::vector<DirEntry> out = base_.list(dir, root);
  const std::string prefix = join_path(dir, "");
  for (const auto& [path, bytes] : files_) {
    if (!starts_with(path, prefix)) continue;
    std::string rest = path.substr(prefix.size());
    size_t slash = rest.find('/');
    DirEntry e{rest.substr(0, slash),
               slash == std::string::npos ? FileKind::file : FileKind::directory};
    bool known =
        std::any_of(out.begin(), out.end(), [&](const DirEntry& d) { return d.name == e.name; });
    if (!known) out.push_back(std::move(e));
  }
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.name < b.name; });
  return out;
}

FileKind OverlayFileSystem::kind(const std::string& path) const {
  if (files_.count(path)) return FileKind::file;
  const std::string prefix = join_path(path, "");
  auto it = files_.lower_bound(prefix);
  if (it != files_.end() && starts_with(it->first, prefix)) return FileKind::directory;
  return base_.kind(path);
}

}  // namespace overblik::scaffold
