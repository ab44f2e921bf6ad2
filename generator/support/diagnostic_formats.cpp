#include "support/diagnostic_formats.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>

namespace overblik {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const char* severity_name(Severity s) {
  return s == Severity::error ? "error" : "warning";
}

/// Invalid UTF-8 in a message (from a file name, say) becomes U+FFFD rather than an exception.
std::string dump(const json& j) {
  return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

/// The message and, when there is one, the hint on a line of its own.
std::string message_with_hint(const Diagnostic& d) {
  return d.hint.empty() ? d.message : d.message + "\nhint: " + d.hint;
}

/// A relative path as a URI reference: every byte but unreserved ones and '/' percent-encoded.
std::string uri_escape(const std::string& path) {
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) != 0 || c == '-' || c == '.' || c == '_' || c == '~' || c == '/')
      out += static_cast<char>(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

/// FNV-1a, 64 bits: a fingerprint that is the same on every machine and run.
std::string fingerprint(const Diagnostic& d) {
  std::uint64_t h = 14695981039346656037ull;
  for (const std::string& part :
       {d.path, std::to_string(d.mark.line), std::to_string(d.mark.column), d.message}) {
    for (unsigned char c : part) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xffu) * 1099511628211ull;
  }
  return fmt::format("{:016x}", h);
}

json sarif_result(const Diagnostic& d) {
  json location = {
      {"physicalLocation",
       {{"artifactLocation", {{"uri", uri_escape(d.path)}, {"uriBaseId", "%SRCROOT%"}}}}}};
  if (d.mark.line > 0)
    location["physicalLocation"]["region"] = {{"startLine", d.mark.line},
                                              {"startColumn", std::max(1, d.mark.column)}};
  json result = {{"ruleId", "content"},
                 {"ruleIndex", 0},
                 {"level", severity_name(d.severity)},
                 {"message", {{"text", message_with_hint(d)}}},
                 {"locations", json::array({location})}};
  if (!d.hint.empty()) result["properties"] = {{"hint", d.hint}};
  return result;
}

}  // namespace

std::optional<DiagnosticFormat> parse_diagnostic_format(const std::string& name) {
  if (name == "text") return DiagnosticFormat::text;
  if (name == "json") return DiagnosticFormat::json;
  if (name == "github") return DiagnosticFormat::github;
  if (name == "sarif") return DiagnosticFormat::sarif;
  if (name == "codequality") return DiagnosticFormat::codequality;
  return std::nullopt;
}

std::vector<std::string> diagnostic_format_names() {
  return {"text", "json", "github", "sarif", "codequality"};
}

std::string find_repository_root(const std::string& dir) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(dir, ec), ec);
  if (ec) return {};
  for (;;) {
    if (fs::exists(p / ".git", ec)) return p.string();
    if (!p.has_parent_path() || p.parent_path() == p) return {};
    p = p.parent_path();
  }
}

std::string relative_to_root(const std::string& path, const std::string& cwd,
                             const std::string& root) {
  if (root.empty() || path.rfind("git:", 0) == 0) return path;
  // Lexically: the path names the file as the content folder reaches it, a
  // symbolic link included, not where a link leads.
  const fs::path absolute = fs::path(path).is_absolute() ? fs::path(path) : fs::path(cwd) / path;
  const fs::path rel = absolute.lexically_normal().lexically_relative(fs::path(root));
  if (rel.empty() || *rel.begin() == "..") return path;
  return rel.generic_string();
}

std::string format_json(const std::vector<Diagnostic>& diags) {
  json out = json::array();
  for (const Diagnostic& d : diags)
    out.push_back({{"file", d.path},
                   {"line", d.mark.line},
                   {"column", d.mark.column},
                   {"severity", severity_name(d.severity)},
                   {"message", d.message},
                   {"hint", d.hint}});
  return dump(out);
}

std::string github_escape_data(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string github_escape_property(const std::string& text) {
  std::string out;
  for (char c : github_escape_data(text)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

std::string format_github(const std::vector<Diagnostic>& diags) {
  std::string out;
  for (const Diagnostic& d : diags) {
    std::string props = "file=" + github_escape_property(d.path);
    if (d.mark.line > 0)
      props += fmt::format(",line={},col={}", d.mark.line, std::max(1, d.mark.column));
    out += fmt::format("::{} {},title=overblik::{}\n", severity_name(d.severity), props,
                       github_escape_data(message_with_hint(d)));
  }
  return out;
}

std::string format_sarif(const std::vector<Diagnostic>& diags, const std::string& version) {
  json results = json::array();
  for (const Diagnostic& d : diags) results.push_back(sarif_result(d));
  json rule = {{"id", "content"},
               {"name", "ContentCheck"},
               {"shortDescription", {{"text", "A problem in the plan's content files"}}}};
  json driver = {{"name", "overblik"},
                 {"version", version},
                 {"semanticVersion", version},
                 {"rules", json::array({rule})}};
  json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", json::array({{{"tool", {{"driver", driver}}},
                                     {"columnKind", "unicodeCodePoints"},
                                     {"results", results}}})}};
  return dump(log);
}

std::string format_codequality(const std::vector<Diagnostic>& diags) {
  json out = json::array();
  for (const Diagnostic& d : diags)
    out.push_back(
        {{"type", "issue"},
         {"check_name", "overblik"},
         {"description", message_with_hint(d)},
         {"categories", json::array({"Bug Risk"})},
         {"severity", d.severity == Severity::error ? "critical" : "minor"},
         {"fingerprint", fingerprint(d)},
         {"location", {{"path", d.path}, {"lines", {{"begin", std::max(1, d.mark.line)}}}}}});
  return dump(out);
}

}  // namespace overblik
