#include "write/manifest.hpp"

#include <sys/stat.h>
#include <xxhash.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <optional>
#include <sstream>

#include "write/site_writer.hpp"

namespace overblik {

namespace {
constexpr std::string_view kInputPrefix = "# input ";
constexpr std::string_view kDiagnosticPrefix = "# diagnostic ";

std::string diagnostic_json(const Diagnostic& d) {
  nlohmann::json j = {{"path", d.path},       {"line", d.mark.line},
                      {"column", d.mark.column}, {"severity", d.severity == Severity::error ? "error" : "warning"},
                      {"message", d.message}, {"hint", d.hint}};
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
    d.severity = j.at("severity").get<std::string>() == "error" ? Severity::error : Severity::warning;
    d.message = j.at("message").get<std::string>();
    d.hint = j.at("hint").get<std::string>();
    return d;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}
}  // namespace

ManifestEntry entry_for(std::string_view bytes) { return {bytes.size(), XXH3_64bits(bytes.data(), bytes.size())}; }

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
    if (!s.fail() && !rel.empty() && rel.find("..") == std::string::npos) m.entries[rel] = e;
  }
  return m;
}

void write_manifest(const std::filesystem::path& path, const Manifest& m) {
  std::ofstream out(path, std::ios::binary);
  out << "# overblik manifest: files this folder's last build wrote (size, hash, path)\n";
  out << fmt::format("{}{:016x}\n", kInputPrefix, m.input);
  for (const Diagnostic& d : m.diagnostics) out << kDiagnosticPrefix << diagnostic_json(d) << "\n";
  for (auto& [rel, e] : m.entries) out << fmt::format("{} {:016x} {}\n", e.size, e.hash, rel);
  out.close();
  if (!out) throw WriteError(fmt::format("cannot write '{}'", path.string()));
}

bool is_untouched(const std::filesystem::path& out, const std::string& rel, const ManifestEntry& e, const Manifest& old) {
  struct stat st {};
  if (::stat((out / rel).c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
  const int64_t mtime = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  return static_cast<uint64_t>(st.st_size) == e.size && mtime <= old.written_ns;
}

bool is_unchanged(const std::filesystem::path& out, const std::string& rel, const ManifestEntry& e, const Manifest& old) {
  auto it = old.entries.find(rel);
  if (it == old.entries.end() || it->second.size != e.size || it->second.hash != e.hash) return false;
  return is_untouched(out, rel, e, old);
}

}  // namespace overblik
