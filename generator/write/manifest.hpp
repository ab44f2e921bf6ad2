#pragma once
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace overblik {

/// What overblik knows of a file it wrote: enough to tell, without reading
/// it, whether a new build would write the same bytes.
struct ManifestEntry {
  uint64_t size = 0;
  uint64_t hash = 0;       ///< FNV-1a of the bytes
  int64_t mtime_ns = 0;    ///< when written; a differing mtime means someone changed it
};

/// The files an earlier build wrote (and only those may be removed).
struct Manifest {
  std::map<std::string, ManifestEntry> entries;
};

ManifestEntry entry_for(const std::string& bytes);
Manifest read_manifest(const std::filesystem::path& path);
void write_manifest(const std::filesystem::path& path, const Manifest& m);
int64_t file_mtime_ns(const std::filesystem::path& path);

/// True when out/rel is the file the manifest describes and has `e`'s bytes.
bool is_unchanged(const std::filesystem::path& out, const std::string& rel, const ManifestEntry& e, const Manifest& old);

}  // namespace overblik
