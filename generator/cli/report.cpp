// --format for `check` and `build`: the diagnostics as text for people, or as
// JSON, GitHub workflow commands, SARIF or a GitLab Code Quality report for CI.
#include <fmt/format.h>
#include <sys/resource.h>

#include <filesystem>
#include <iostream>

#include "cli/command.hpp"
#include "support/diagnostic_formats.hpp"

namespace overblik::cli {

void add_format_option(CLI::App* cmd, std::string& format) {
  cmd->add_option(
         "--format", format,
         "How to print the diagnostics: text (for people), json, github (workflow commands), sarif "
         "(SARIF 2.1.0) or codequality (GitLab); all but text go to standard output")
      ->check(CLI::IsMember(diagnostic_format_names()))
      ->capture_default_str();
}

namespace {

/// The diagnostics that --quiet keeps, paths made relative to the repository.
std::vector<Diagnostic> shown(const Checked& c, Language language, bool quiet, bool strict,
                              const std::string& cwd, const std::string& root) {
  Diagnostics localized = c.diags;  // messages and hints in the plan's language, as in text
  localize(localized, language);
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : localized.items()) {
    if (quiet && !strict && d.severity == Severity::warning) continue;
    out.push_back(d);
    out.back().path = relative_to_root(d.path, cwd, root);
  }
  return out;
}

}  // namespace

void report_diagnostics(const Checked& c, const Checked* previous, bool quiet, bool strict,
                        const std::string& format) {
  const DiagnosticFormat f = parse_diagnostic_format(format).value_or(DiagnosticFormat::text);
  if (f == DiagnosticFormat::text) {
    print_diagnostics(c, quiet, strict);
    if (previous != nullptr && previous->diags.has_errors())
      print_diagnostics(*previous, true, false);
    return;
  }
  std::error_code ec;
  const std::string cwd = std::filesystem::current_path(ec).string();
  const std::string root = find_repository_root(cwd);
  const Language language = message_language(&c);
  std::vector<Diagnostic> all = shown(c, language, quiet, strict, cwd, root);
  if (previous != nullptr) {
    for (Diagnostic& d : shown(*previous, language, true, false, cwd, root))
      all.push_back(std::move(d));
  }
  switch (f) {
    case DiagnosticFormat::json:
      std::cout << format_json(all);
      break;
    case DiagnosticFormat::github:
      std::cout << format_github(all);
      break;
    case DiagnosticFormat::sarif:
      std::cout << format_sarif(all, OVERBLIK_VERSION);
      break;
    case DiagnosticFormat::codequality:
      std::cout << format_codequality(all);
      break;
    case DiagnosticFormat::text:
      break;
  }
  std::cout.flush();
  if (!quiet || c.failed(strict))
    std::cerr << format_summary(c.diags.error_count(), c.diags.warning_count(), language) << "\n";
}

std::ostream& info_stream(const std::string& format) {
  return format == "text" ? std::cout : std::cerr;
}

}  // namespace overblik::cli
