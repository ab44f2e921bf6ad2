#pragma once
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "support/diagnostic.hpp"

namespace overblik {

/// What overblik knows of a file it wrote: enough to tell, without reading
/// it, whether a new build would write the same bytes.
struct ManifestEntry {
  uint64_t size = 0;
  uint64_t hash = 0;  ///< XXH3-64 of the bytes
};

/// The files an earlier build wrote (and only those may be removed).
/// It records no times, so that the same content gives the same bytes; a
/// file changed by hand after the build is newer than the manifest itself.
struct Manifest {
  std::map<std::string, ManifestEntry> entries;
  /// What the build was made from (content, theme, options, program); 0 when unknown.
  uint64_t input = 0;
  /// The build's diagnostics (warnings), told again by a build that finds
  /// the site up to date and so checks nothing.
  std::vector<Diagnostic> diagnostics;
  int64_t written_ns = 0;  ///< the manifest file's own modification time
};

ManifestEntry entry_for(std::string_view bytes);
Manifest read_manifest(const std::filesystem::path& path);
void write_manifest(const std::filesystem::path& path, const Manifest& m);
int64_t file_mtime_ns(const std::filesystem::path& path);

/// True when out/rel is the file the manifest describes and has `e`'s bytes:
/// same size, same hash recorded, and not modified after the manifest was written.
bool is_unchanged(const std::filesystem::path& out, const std::string& rel, const ManifestEntry& e,
                  const Manifest& old);

/// True when out/rel is still the file the manifest entry describes (same
/// size, not modified after the manifest was written), without reading it.
bool is_untouched(const std::filesystem::path& out, const std::string& rel, const ManifestEntry& e,
                  const Manifest& old);

}  // namespace overblik
