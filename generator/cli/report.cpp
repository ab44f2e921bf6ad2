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

void print_times(const BuildTimes& times, std::ostream& out) {
  for (const StageTime& t : times.stages())
    out << fmt::format("  {:<18} {:>9.1f} ms  {:>8} items\n", t.name, t.ms, t.count);
  out << "  of which, summed over the worker threads:\n";
  for (auto [name, w] : {std::pair{"parse YAML", Work::parse_yaml},
                         {"parse Markdown", Work::parse_markdown},
                         {"write files", Work::write_files}})
    out << fmt::format("    {:<16} {:>9.1f} ms  {:>8} items\n", name, times.ms(w), times.count(w));
  // One parse to check a text and one to render it, however many pages show it.
  const int64_t texts = times.count(Work::markdown_text);
  const int64_t parses = times.count(Work::parse_markdown);
  out << fmt::format("  Markdown texts     {:>9}     {:>8} parses ({:.2f} per text)\n", texts,
                     parses,
                     texts ? static_cast<double>(parses) / static_cast<double>(texts) : 0.0);
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  out << fmt::format("  {:<18} {:>9.1f} ms\n", "total", times.total_ms())
      << fmt::format("  {:<18} {:>9.1f} ms  (all threads)\n", "processor time", times.cpu_ms())
      << fmt::format("  {:<18} {:>9.1f} MB\n", "peak memory",
                     static_cast<double>(ru.ru_maxrss) / 1024.0);
}

std::ostream& info_stream(const std::string& format) {
  return format == "text" ? std::cout : std::cerr;
}

}  // namespace overblik::cli
