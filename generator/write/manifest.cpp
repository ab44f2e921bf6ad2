#include "write/manifest.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <vector>

#include "support/unique_handle.hpp"
#include "write/site_writer.hpp"

namespace overblik {

namespace {
constexpr std::string_view kInputPrefix = "# input ";
constexpr std::string_view kDiagnosticPrefix = "# diagnostic ";

std::string diagnostic_json(const Diagnostic& d) {
  nlohmann::json j = {
      {"path", d.path},          {"line", d.mark.line},
      {"column", d.mark.column}, {"severity", d.severity == Severity::error ? "error" : "warning"},
      {"message", d.message},    {"hint", d.hint}};
  // Only on the diagnostic that stands for those a file's limit left out.
  if (d.hidden_errors > 0) j["hidden_errors"] = d.hidden_errors;
  if (d.hidden_warnings > 0) j["hidden_warnings"] = d.hidden_warnings;
  return j.dump();  // one line: control characters are escaped
}

std::optional<Diagnostic> diagnostic_from_json(std::string_view text) {
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return std::nullopt;
  try {
    Diagnostic d;
    d.path = j.at("path").get<std::string>();
    d.mark.line = j.at("line").get<int>();
    d.mark.column = j.at("column").get<int>();
    d.severity =
        j.at("severity").get<std::string>() == "error" ? Severity::error : Severity::warning;
    d.message = j.at("message").get<std::string>();
    d.hint = j.at("hint").get<std::string>();
    d.hidden_errors = std::max(0, j.value("hidden_errors", 0));
    d.hidden_warnings = std::max(0, j.value("hidden_warnings", 0));
    return d;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}
}  // namespace

ManifestEntry entry_for(std::string_view bytes) {
  return {bytes.size(), XXH3_64bits(bytes.data(), bytes.size())};
}

int64_t file_mtime_ns(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return -1;
  return static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

Manifest read_manifest(const std::filesystem::path& path) {
  Manifest m;
  m.written_ns = file_mtime_ns(path);
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(kInputPrefix, 0) == 0) {
      std::istringstream s(line.substr(kInputPrefix.size()));
      uint64_t input = 0;
      if (s >> std::hex >> input) m.input = input;
      continue;
    }
    if (line.rfind(kDiagnosticPrefix, 0) == 0) {
      if (auto d = diagnostic_from_json(std::string_view(line).substr(kDiagnosticPrefix.size())))
        m.diagnostics.push_back(std::move(*d));
      else
        m.input = 0;  // a manifest it cannot read whole is not trusted to skip a build
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    std::istringstream s(line);
    ManifestEntry e;
    std::string rel;
    s >> e.size >> std::hex >> e.hash >> std::dec;
    s.get();
    std::getline(s, rel);
    if (!rel.empty() && rel[0] == '"') {
      // Written by this version: a JSON string, so that no file name can
      // end the line early and add an entry of its own.
      const nlohmann::json j = nlohmann::json::parse(rel, nullptr, false);
      rel = j.is_string() ? j.get<std::string>() : std::string();
    }
    const bool control = std::any_of(rel.begin(), rel.end(), [](char c) {
      return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
    });
    if (!s.fail() && !rel.empty() && !control && rel.find("..") == std::string::npos)
      m.entries[rel] = e;
  }
  return m;
}

void write_manifest(const std::filesystem::path& path, const Manifest& m) {
  std::ofstream out(path, std::ios::binary);
  out << "# overblik manifest: files this folder's last build wrote (size, hash, path as a JSON "
         "string)\n";
  out << fmt::format("{}{:016x}\n", kInputPrefix, m.input);
  for (const Diagnostic& d : m.diagnostics) out << kDiagnosticPrefix << diagnostic_json(d) << "\n";
  for (auto& [rel, e] : m.entries)
    out << fmt::format("{} {:016x} {}\n", e.size, e.hash, nlohmann::json(rel).dump());
  out.close();
  if (!out) throw WriteError(fmt::format("cannot write '{}'", path.string()));
}

namespace {

/// XXH3-64 of the open file `fd`, which has `size` bytes; nullopt when it cannot be read whole.
std::optional<uint64_t> hash_of(int fd, uint64_t size) {
  const UniqueHandle<XXH3_state_t, XXH3_freeState> owned(XXH3_createState());
  XXH3_state_t* state = owned.get();
  if (!state) return std::nullopt;
  XXH3_64bits_reset(state);
  std::vector<char> buffer(1 << 16);
  uint64_t total = 0;
  ssize_t n = 0;
  while ((n = ::read(fd, buffer.data(), buffer.size())) != 0) {
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    XXH3_64bits_update(state, buffer.data(), static_cast<size_t>(n));
    total += static_cast<uint64_t>(n);
  }
  const uint64_t h = XXH3_64bits_digest(state);
  if (n < 0 || total != size) return std::nullopt;
  return h;
}

}  // namespace

bool is_untouched(const std::filesystem::path& out, const std::string& rel, const ManifestEntry& e,
                  const Manifest& old) {
  const int fd = ::open((out / rel).c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return false;
  struct stat st {};
  bool same =
      ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) == e.size;
  const int64_t mtime = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  same = same && mtime <= old.written_ns;
  // The size and time can be kept by hand (touch -d); the bytes cannot:
  // reading and hashing the site is cheap next to rendering it.
  if (same) same = hash_of(fd, e.size) == e.hash;
  ::close(fd);
  return same;
}

bool is_unchanged(const std::filesystem::path& out, const std::string& rel, const ManifestEntry& e,
                  const Manifest& old) {
  auto it = old.entries.find(rel);
  if (it == old.entries.end() || it->second.size != e.size || it->second.hash != e.hash)
    return false;
  return is_untouched(out, rel, e, old);
}

}  // namespace overblik
