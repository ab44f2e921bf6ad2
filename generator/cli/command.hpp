#pragma once
// The overblik command line is a set of subcommands, each in its own file:
// add_NAME_command() declares the subcommand's options on the CLI11 app and
// returns the function that runs it once the arguments are parsed.
#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "model/period.hpp"
#include "pipeline/pipeline.hpp"
#include "support/messages.hpp"

namespace overblik::cli {

enum Exit { kOk = 0, kContentErrors = 1, kUsage = 2 };

struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

/// Options shared by commands that read content.
struct CommonOptions {
  std::string today;  ///< --today, empty: the current date (UTC)
  int jobs = 0;       ///< --jobs, 0: one per core
  bool quiet = false;
};

/// Adds --today and --jobs to a subcommand.
void add_common_options(CLI::App* cmd, CommonOptions& common);
/// Fills options.today and options.jobs; false (after printing why) on a bad --today.
bool resolve_common(const CommonOptions& common, BuildOptions& options);
/// Adds --lang da|en to the program; every subcommand accepts it too.
void add_language_option(CLI::App& app);
/// The language of messages: --lang if given, else the plan's `language`
/// (read from plan.yaml's text, so that a plan with errors still has one);
/// without `checked`, the run's language (see use_content_language), else
/// Danish unless LANG says English.
Language message_language(const Checked* checked = nullptr);
/// Makes the language of the plan in the command's --content folder (or
/// --lang) the run's language, before the command runs: its failures and
/// progress lines then speak the plan's language too.
void use_content_language(const CLI::App& command);
/// The language given with --lang, if any.
std::optional<Language> language_option();
/// The message language for a command that works on a content folder
/// without checking it (new, import): --lang, else its plan.yaml's.
Language content_language(const std::string& content_dir);
/// `english` in the message language (see message_language).
std::string say(std::string_view english, const Checked* checked = nullptr);
/// Prints diagnostics with source lines, then the summary line, in the plan's
/// language (or `language`, for a command that has decided it already).
void print_diagnostics(const Checked& c, bool quiet, bool strict,
                       std::optional<Language> language = std::nullopt);
Date today_utc();

/// Adds --format text|json|github|sarif|codequality to `check` or `build`.
void add_format_option(CLI::App* cmd, std::string& format);
/// Prints the diagnostics of `c` (and the errors of `previous`, when given) in
/// `format`: text goes to standard error, as print_diagnostics() does; the
/// machine formats go to standard output as one document, with file paths
/// relative to the git repository that holds the working folder.
void report_diagnostics(const Checked& c, const Checked* previous, bool quiet, bool strict,
                        const std::string& format);
/// Prints a build's stopwatch (`--stats` of build and serve): each stage's
/// wall time and items, the work inside them summed over the worker threads,
/// the total, the processor time and the process's peak memory.
void print_times(const BuildTimes& times, std::ostream& out);
/// Where a command prints what is not a diagnostic: standard output for text,
/// standard error when standard output carries a machine format.
std::ostream& info_stream(const std::string& format);

Command add_build_command(CLI::App& app);
Command add_check_command(CLI::App& app);
Command add_serve_command(CLI::App& app);
Command add_init_command(CLI::App& app);
Command add_new_command(CLI::App& app);
Command add_import_command(CLI::App& app);
Command add_diff_command(CLI::App& app);
Command add_cms_command(CLI::App& app);

/// A plan read from a folder or `git:REF:PATH`; nullopt (after printing the
/// diagnostics) when it has errors.
std::optional<Plan> load_plan_version(const std::string& spec, const BuildOptions& base);

}  // namespace overblik::cli
