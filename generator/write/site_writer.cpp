#include "write/site_writer.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>

#include "support/text.hpp"
#include "support/work_timer.hpp"
#include "write/manifest.hpp"
#include "write/output_folder.hpp"

namespace overblik {

namespace fs = std::filesystem;

const char* const kManifestName = ".overblik-manifest";

namespace {

Manifest previous_manifest(const fs::path& out) {
  std::error_code ec;
  if (!fs::exists(out, ec)) return {};
  if (!fs::is_directory(out, ec))
    throw WriteError(fmt::format("'{}' exists and is not a folder", out.string()));
  if (fs::exists(out / kManifestName, ec)) return read_manifest(out / kManifestName);
  if (fs::directory_iterator(out, ec) != fs::directory_iterator())
    throw WriteError(fmt::format(
        "refusing to write into '{}': the folder is not empty and was not written by overblik "
        "(it has no {}); choose another --out or empty it",
        out.string(), kManifestName));
  return {};
}

}  // namespace

void check_output_folder(const std::string& out_dir, const std::string& content_dir) {
  const fs::path out(out_dir), content(content_dir);
  std::error_code ec;
  const fs::path o = resolve_output_folder(out_dir);
  const fs::path c = fs::weakly_canonical(fs::absolute(content), ec);
  const fs::path here = fs::weakly_canonical(fs::current_path(ec), ec);
  const char* home = std::getenv("HOME");
  if (o == o.root_path())
    throw WriteError(
        fmt::format("refusing to write the site into '{}': it is the root folder", out.string()));
  if (home && o == fs::weakly_canonical(home, ec))
    throw WriteError(
        fmt::format("refusing to write the site into '{}': it is the home folder", out.string()));
  auto inside = [](const fs::path& p, const fs::path& root) {
    auto rel = p.lexically_relative(root);
    return !rel.empty() && *rel.begin() != "..";
  };
  if (o == c || inside(c, o) || inside(o, c))
    throw WriteError(fmt::format(
        "refusing to write the site into '{}': it is, holds or lies inside the content folder '{}'",
        out.string(), content.string()));
  // The swap would move the current folder away: the shell that ran the
  // build would be left in a deleted folder.
  if (!here.empty() && (o == here || inside(here, o)))
    throw WriteError(
        fmt::format("refusing to write the site into '{}': it is or holds the current folder; "
                    "run the build from outside it, or choose another --out",
                    out.string()));
  previous_manifest(o);
}

namespace {

void write_bytes(const fs::path& path, std::string_view bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0)
    throw WriteError(fmt::format("cannot write '{}': {}", path.string(), std::strerror(errno)));
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int err = errno;
      ::close(fd);
      throw WriteError(fmt::format("cannot write '{}': {}", path.string(), std::strerror(err)));
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  if (::close(fd) != 0)
    throw WriteError(fmt::format("cannot write '{}': {}", path.string(), std::strerror(errno)));
}

/// A path inside the site: relative, '/'-separated, no empty, "." or ".."
/// part, no control character (see is_printable_name).
bool is_site_path(const std::string& rel) {
  if (rel.empty() || rel[0] == '/' || !is_printable_name(rel)) return false;
  size_t start = 0;
  while (true) {
    const size_t end = rel.find('/', start);
    const std::string_view part(rel.data() + start,
                                (end == std::string::npos ? rel.size() : end) - start);
    if (part.empty() || part == "." || part == "..") return false;
    if (end == std::string::npos) return true;
    start = end + 1;
  }
}

/// Makes `to` the same file as `from` (a hard link), or a copy where links fail.
void keep(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::create_hard_link(from, to, ec);
  if (ec) fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
  if (ec) throw WriteError(fmt::format("cannot keep '{}': {}", from.string(), ec.message()));
}

/// Copies what an earlier build did not write (the user's own files) into the new site.
void carry_foreign(const fs::path& out, const fs::path& stage, const Manifest& old,
                   const Manifest& produced) {
  std::error_code ec;
  if (!fs::exists(out, ec)) return;
  // Folders an earlier build made for its files: not the user's, and not
  // kept empty when their pages are gone (their user files still are).
  std::set<std::string> made;
  for (auto& [rel, e] : old.entries)
    for (size_t slash = rel.find('/'); slash != std::string::npos; slash = rel.find('/', slash + 1))
      made.insert(rel.substr(0, slash));
  for (auto it = fs::recursive_directory_iterator(out, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const std::string rel = it->path().lexically_relative(out).generic_string();
    if (rel == kManifestName || old.entries.count(rel) || produced.entries.count(rel)) continue;
    if (it->is_directory()) {
      if (!made.count(rel)) fs::create_directories(stage / rel, ec);
    } else {
      fs::create_directories((stage / rel).parent_path(), ec);
      keep(it->path(), stage / rel);
    }
  }
}

/// Removes what interrupted builds left beside `out` (OUT.overblik-new*):
/// with the output lock held, no other build is using them.
void remove_leftovers(const fs::path& out) {
  const std::string prefix = out.filename().string() + ".overblik-new";
  std::error_code ec;
  for (auto it = fs::directory_iterator(out.parent_path(), ec);
       !ec && it != fs::directory_iterator(); it.increment(ec))
    if (it->path().filename().string().rfind(prefix, 0) == 0) {
      std::error_code ignored;
      fs::remove_all(it->path(), ignored);
    }
}

/// Exchanges two folders atomically (Linux renameat2); falls back to two renames.
void swap_in(const fs::path& stage, const fs::path& out) {
  std::error_code ec;
  if (!fs::exists(out, ec)) {
    fs::rename(stage, out, ec);
    if (ec) throw WriteError(fmt::format("cannot move the new site into place: {}", ec.message()));
    return;
  }
#ifdef RENAME_EXCHANGE
  if (::renameat2(AT_FDCWD, stage.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) == 0) return;
#endif
  fs::path old = stage.string() + "-old";
  fs::rename(out, old, ec);
  if (!ec) fs::rename(stage, out, ec);
  if (ec) throw WriteError(fmt::format("cannot move the new site into place: {}", ec.message()));
  fs::rename(old, stage, ec);
}

}  // namespace

SiteWriter::SiteWriter(const WriteOptions& options) : out_(resolve_output_folder(options.out_dir)) {
  check_output_folder(options.out_dir, options.content_dir);
  std::error_code ec;
  fs::create_directories(out_.parent_path(), ec);
  lock_ = std::make_unique<OutputLock>(out_);
  // What the last build left, read again now that no other build can change it.
  old_ = previous_manifest(out_);
}

SiteWriter::~SiteWriter() {
  if (staged_ && !finished_) {
    std::error_code ec;
    fs::remove_all(stage_, ec);
  }
}

std::optional<Manifest> up_to_date_manifest(const std::string& out_dir, uint64_t input) {
  const fs::path out = resolve_output_folder(out_dir);
  std::error_code ec;
  if (input == 0 || !fs::is_regular_file(out / kManifestName, ec)) return std::nullopt;
  Manifest m = read_manifest(out / kManifestName);
  if (m.input != input || m.entries.empty()) return std::nullopt;
  for (auto& [rel, e] : m.entries)
    if (!is_untouched(out, rel, e, m)) return std::nullopt;
  return m;
}

void SiteWriter::stage_once() {
  std::lock_guard lock(mutex_);
  if (staged_) return;
  remove_leftovers(out_);
  std::string name = out_.string() + ".overblik-new.XXXXXX";
  if (!::mkdtemp(name.data()))
    throw WriteError(
        fmt::format("cannot create a folder beside '{}': {}", out_.string(), std::strerror(errno)));
  stage_ = name;
  staged_ = true;
}

void SiteWriter::put(const std::string& rel, std::string_view bytes) {
  if (!is_site_path(rel))
    throw WriteError(
        fmt::format("refusing to write '{}': not a path inside the site", escaped_name(rel)));
  stage_once();
  WorkTimer timer(Work::write_files);
  const ManifestEntry e = entry_for(bytes);
  const fs::path target = stage_ / rel;
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec && !fs::is_directory(target.parent_path()))
    throw WriteError(
        fmt::format("cannot create '{}': {}", target.parent_path().string(), ec.message()));
  const bool same = is_unchanged(out_, rel, e, old_);
  if (same)
    keep(out_ / rel, target);
  else
    write_bytes(target, bytes);
  std::lock_guard lock(mutex_);
  if (!next_.entries.emplace(rel, e).second)
    throw WriteError(fmt::format("'{}' was produced twice", rel));
  ++(same ? unchanged_ : written_);
}

void SiteWriter::add(const std::string& path, std::string_view bytes) {
  put(path, bytes);
}

WriteStats SiteWriter::finish(uint64_t input, std::vector<Diagnostic> diagnostics) {
  WriteStats stats;
  stats.written = written_;
  stats.unchanged = unchanged_;
  for (auto& [rel, e] : old_.entries)
    if (!next_.entries.count(rel)) ++stats.removed;
  next_.input = input;
  next_.diagnostics = std::move(diagnostics);
  std::error_code ec;
  if (stats.written == 0 && stats.removed == 0 && !old_.entries.empty()) {
    // Nothing changed: the old site stays, untouched; only its manifest
    // learns the new input (every file was just checked to be as recorded).
    if (staged_) fs::remove_all(stage_, ec);
    finished_ = true;
    if (old_.input != input || old_.diagnostics != next_.diagnostics) {
      const fs::path tmp = out_ / (std::string(kManifestName) + ".new");
      write_manifest(tmp, next_);
      fs::rename(tmp, out_ / kManifestName, ec);
      if (ec)
        throw WriteError(
            fmt::format("cannot update '{}': {}", (out_ / kManifestName).string(), ec.message()));
    }
    return stats;
  }
  stage_once();
  try {
    carry_foreign(out_, stage_, old_, next_);
    write_manifest(stage_ / kManifestName, next_);
    swap_in(stage_, out_);
  } catch (const fs::filesystem_error& e) {
    throw WriteError(e.what());
  }
  fs::remove_all(stage_, ec);  // after the exchange: the old site
  finished_ = true;
  stats.swapped = true;
  return stats;
}

}  // namespace overblik
