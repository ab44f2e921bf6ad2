#include "write/site_writer.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "write/manifest.hpp"

namespace overblik {

namespace fs = std::filesystem;

const char* const kManifestName = ".overblik-manifest";

namespace {

Manifest previous_manifest(const fs::path& out) {
  std::error_code ec;
  if (!fs::exists(out, ec)) return {};
  if (!fs::is_directory(out, ec)) throw WriteError(fmt::format("'{}' exists and is not a folder", out.string()));
  if (fs::exists(out / kManifestName, ec)) return read_manifest(out / kManifestName);
  if (fs::directory_iterator(out, ec) != fs::directory_iterator())
    throw WriteError(fmt::format("refusing to write into '{}': the folder is not empty and was not written by overblik "
                                 "(it has no {}); choose another --out or empty it", out.string(), kManifestName));
  return {};
}

}  // namespace

void check_output_folder(const std::string& out_dir, const std::string& content_dir) {
  const fs::path out(out_dir), content(content_dir);
  std::error_code ec;
  const fs::path o = fs::weakly_canonical(fs::absolute(out), ec);
  const fs::path c = fs::weakly_canonical(fs::absolute(content), ec);
  const char* home = std::getenv("HOME");
  if (o == o.root_path()) throw WriteError(fmt::format("refusing to write the site into '{}': it is the root folder", out.string()));
  if (home && o == fs::weakly_canonical(home, ec))
    throw WriteError(fmt::format("refusing to write the site into '{}': it is the home folder", out.string()));
  auto inside = [](const fs::path& p, const fs::path& root) {
    auto rel = p.lexically_relative(root);
    return !rel.empty() && *rel.begin() != "..";
  };
  if (o == c || inside(c, o) || inside(o, c))
    throw WriteError(fmt::format("refusing to write the site into '{}': it is, holds or lies inside the content folder '{}'",
                                 out.string(), content.string()));
  previous_manifest(out);
}

namespace {

void write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  f.close();
  if (!f) throw WriteError(fmt::format("cannot write '{}'", path.string()));
}

std::string read_bytes(const fs::path& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  if (!f) throw WriteError(fmt::format("cannot read '{}'", path.string()));
  return std::move(s).str();
}

/// Makes `to` the same file as `from` (a hard link), or a copy where links fail.
void keep(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::create_hard_link(from, to, ec);
  if (ec) fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
  if (ec) throw WriteError(fmt::format("cannot keep '{}': {}", from.string(), ec.message()));
}

/// Copies what an earlier build did not write (the user's own files) into the new site.
void carry_foreign(const fs::path& out, const fs::path& stage, const Manifest& old, const std::set<std::string>& produced) {
  std::error_code ec;
  if (!fs::exists(out, ec)) return;
  for (auto it = fs::recursive_directory_iterator(out, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const std::string rel = it->path().lexically_relative(out).generic_string();
    if (rel == kManifestName || old.entries.count(rel) || produced.count(rel)) continue;
    if (it->is_directory()) {
      fs::create_directories(stage / rel, ec);
    } else {
      fs::create_directories((stage / rel).parent_path(), ec);
      keep(it->path(), stage / rel);
    }
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

WriteStats write_site(const std::vector<OutputFile>& files, const WriteOptions& options) {
  const fs::path out = fs::path(options.out_dir).lexically_normal();
  check_output_folder(options.out_dir, options.content_dir);
  const Manifest old = previous_manifest(out);
  WriteStats stats;
  Manifest next;
  std::set<std::string> produced;
  std::vector<const OutputFile*> changed;
  std::map<const OutputFile*, std::string> sources;  // bytes of copied assets, read once
  for (const OutputFile& f : files) {
    produced.insert(f.path);
    const std::string& bytes = f.copy_from.empty() ? f.bytes : (sources[&f] = read_bytes(f.copy_from));
    ManifestEntry e = entry_for(bytes);
    if (is_unchanged(out, f.path, e, old)) {
      ++stats.unchanged;
    } else {
      changed.push_back(&f);
      ++stats.written;
    }
    next.entries[f.path] = e;
  }
  for (auto& [path, e] : old.entries)
    if (!produced.count(path)) ++stats.removed;
  if (stats.written == 0 && stats.removed == 0 && !old.entries.empty()) return stats;  // nothing to do

  std::error_code ec;
  const fs::path stage = out.string() + ".overblik-new";
  fs::remove_all(stage, ec);
  try {
    fs::create_directories(stage);
    std::set<const OutputFile*> to_write(changed.begin(), changed.end());
    for (const OutputFile& f : files) {
      const fs::path target = stage / f.path;
      fs::create_directories(target.parent_path());
      if (!to_write.count(&f)) keep(out / f.path, target);
      else write_bytes(target, f.copy_from.empty() ? f.bytes : sources[&f]);
    }
    carry_foreign(out, stage, old, produced);
    write_manifest(stage / kManifestName, next);
    swap_in(stage, out);
  } catch (const fs::filesystem_error& e) {
    fs::remove_all(stage, ec);
    throw WriteError(e.what());
  } catch (...) {
    fs::remove_all(stage, ec);
    throw;
  }
  fs::remove_all(stage, ec);  // after the exchange: the old site
  stats.swapped = true;
  return stats;
}

}  // namespace overblik
