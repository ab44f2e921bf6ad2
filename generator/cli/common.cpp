#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <iostream>

#include "cli/command.hpp"
#include "pipeline/language.hpp"
#include "support/parallel.hpp"
#include "support/text.hpp"

namespace overblik::cli {

Date today_utc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

void add_common_options(CLI::App* cmd, CommonOptions& common) {
  cmd->add_option("--today", common.today,
                  "Build date YYYY-MM-DD (default: today), for staleness and reproducible builds");
  cmd->add_option("--jobs,-j", common.jobs, "Worker threads (default: one per core)");
}

bool resolve_common(const CommonOptions& common, BuildOptions& o) {
  if (common.today.empty())
    o.today = today_utc();
  else if (auto d = parse_date(common.today))
    o.today = *d;
  else {
    std::cerr << say(fmt::format("overblik: --today must be a date YYYY-MM-DD, not '{}'",
                                 common.today))
              << "\n";
    return false;
  }
  o.jobs = common.jobs > 0 ? common.jobs : default_jobs();
  return true;
}

namespace {

std::string& lang_option_text() {
  static std::string text;
  return text;
}

}  // namespace

void add_language_option(CLI::App& app) {
  app.add_option("--lang", lang_option_text(),
                 "Language of messages: da or en (default: the plan's language)")
      ->check(CLI::IsMember({"da", "en"}));
}

std::optional<Language> language_option() {
  return parse_language(lang_option_text());
}

Language message_language(const Checked* checked) {
  if (checked) return report_language(*checked, language_option());
  return language_option().value_or(run_language());
}

void use_content_language(const CLI::App& command) {
  if (auto l = language_option()) return set_run_language(*l);
  // init writes a new plan: its --content only names the plan a CI file reads.
  if (command.get_name() == "init") return;
  const CLI::Option* content = command.get_option_no_throw("--content");
  if (content == nullptr) return;
  const std::string dir =
      content->count() > 0 ? content->as<std::string>() : content->get_default_str();
  if (!dir.empty()) set_run_language(content_language(dir));
}

Language content_language(const std::string& content_dir) {
  if (auto l = language_option()) return *l;
  DiskFileSystem disk;
  Checked plan_only;
  const std::string path = join_path(content_dir, "plan.yaml");
  if (auto text = disk.read(path, nullptr)) plan_only.sources[path] = *text;
  return report_language(plan_only);
}

std::string say(std::string_view english, const Checked* checked) {
  return translate(english, message_language(checked));
}

/// With --quiet only what fails the run is printed: errors, and warnings too under --strict.
void print_diagnostics(const Checked& c, bool quiet, bool strict,
                       std::optional<Language> language_override) {
  const bool color = isatty(fileno(stderr)) && std::getenv("NO_COLOR") == nullptr;
  const Language language = language_override.value_or(message_language(&c));
  Diagnostics shown = c.diags;
  localize(shown, language);
  for (const Diagnostic& d : shown.items()) {
    if (quiet && !strict && d.severity == Severity::warning) continue;
    std::cerr << format_diagnostic(d, c.sources, color);
  }
  if (!quiet || c.failed(strict))
    std::cerr << format_summary(c.diags.error_count(), c.diags.warning_count(), language) << "\n";
}

}  // namespace overblik::cli
