// `overblik import FILE.csv`: an action-plan spreadsheet → initiatives and themes.
#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "scaffold/csv_import.hpp"
#include "scaffold/starter.hpp"
#include "support/text.hpp"

namespace overblik::cli {

namespace {

struct ImportArgs {
  std::string csv, content = "content";
  bool force = false, dry_run = false;
  CommonOptions common;
};

/// "Reading handleplan.csv (Windows-1252, separator ';')", in the run's language.
std::string reading_line(const std::string& csv, const scaffold::ImportResult& r) {
  const std::string encoding(scaffold::encoding_name(r.encoding));
  return say(r.separator == '\t'
                 ? fmt::format("Reading {} ({}, separator tab)", csv, encoding)
                 : fmt::format("Reading {} ({}, separator '{}')", csv, encoding, r.separator));
}

/// The import, with the folder's themes.yaml; nullopt after saying why it could not run.
std::optional<scaffold::ImportResult> read_export(const ImportArgs& args, const FileSystem& disk) {
  std::string why;
  auto bytes = disk.read(args.csv, &why);
  if (!bytes) {
    std::cerr << say(fmt::format("overblik: {} {}", args.csv, why)) << "\n";
    return std::nullopt;
  }
  scaffold::ImportInput in{args.csv, std::move(*bytes), std::nullopt,
                           join_path(args.content, "themes.yaml")};
  if (disk.kind(in.themes_path) != FileKind::missing)
    in.themes_bytes = disk.read(in.themes_path, nullptr);
  return scaffold::import_csv(in);
}

void print_refusal(const std::vector<std::string>& refused) {
  std::cerr << say(refused.size() == 1
                       ? std::string("overblik: one of the files to write exists already, so "
                                     "nothing was written; use --force to overwrite it:")
                       : fmt::format("overblik: {} of the files to write exist already, so "
                                     "nothing was written; use --force to overwrite them:",
                                     refused.size()))
            << "\n";
  for (const auto& path : refused) std::cerr << "  " << path << "\n";
}

/// Writes (or with --dry-run only lists) the files; false after a write failed.
bool write_files(const std::vector<scaffold::FileWrite>& writes, bool dry_run) {
  // A file that may not be written stops the import before any is.
  for (const auto& w : writes)
    if (std::string why = scaffold::write_problem(w); !why.empty()) {
      std::cerr << say(fmt::format("overblik: {}; nothing was written", why)) << "\n";
      return false;
    }
  for (const auto& w : writes) {
    if (!dry_run) scaffold::apply_write(w);
    std::cout << say(scaffold::describe_write(w, dry_run)) << "\n";
  }
  return true;
}

void print_summary(const ImportArgs& args, const scaffold::ImportResult& r) {
  const std::string initiatives = r.initiatives == 1 ? fmt::format("{} initiative", r.initiatives)
                                                     : fmt::format("{} initiatives", r.initiatives);
  const std::string themes = r.new_themes == 1 ? fmt::format("{} new theme", r.new_themes)
                                               : fmt::format("{} new themes", r.new_themes);
  std::cout << say(args.dry_run
                       ? fmt::format("Would import {} and {} from {}; nothing was written "
                                     "(--dry-run)",
                                     initiatives, themes, args.csv)
                       : fmt::format("Imported {} and {} from {}", initiatives, themes, args.csv))
            << "\n";
  std::cout.flush();
}

int run_import(const ImportArgs& args) {
  BuildOptions options;
  if (!resolve_common(args.common, options)) return kUsage;
  options.content_dir = args.content;
  DiskFileSystem disk;
  auto r = read_export(args, disk);
  if (!r) return kUsage;
  std::cout << reading_line(args.csv, *r) << "\n";
  std::cout.flush();
  const Language language = message_language();
  for (scaffold::ImportMessage m : r->messages) {
    m.text = translate(m.text, language);
    std::cerr << scaffold::format_import_message(args.csv, m) << "\n";
  }
  if (r->initiatives == 0) return kContentErrors;
  if (disk.kind(join_path(args.content, "plan.yaml")) == FileKind::missing)
    r->files.insert(r->files.begin(), {"plan.yaml", scaffold::starter_plan(options.today)});
  std::vector<std::string> refused;
  auto writes = scaffold::plan_writes(disk, args.content, r->files, args.force, refused);
  if (!refused.empty()) {
    print_refusal(refused);
    return kUsage;
  }
  if (!write_files(writes, args.dry_run)) return kUsage;
  print_summary(args, *r);
  scaffold::OverlayFileSystem overlay(disk,
                                      args.dry_run ? writes : std::vector<scaffold::FileWrite>{});
  Checked c = check_content(overlay, options);
  // In the language the import spoke: the folder's plan's, or for a new plan
  // the one --lang or LANG chose, though the starter plan.yaml says Danish.
  print_diagnostics(c, false, false, language);
  return r->failed || c.diags.has_errors() ? kContentErrors : kOk;
}

}  // namespace

Command add_import_command(CLI::App& app) {
  auto args = std::make_shared<ImportArgs>();
  auto* cmd = app.add_subcommand(
      "import", "Turn an action-plan spreadsheet (saved as CSV) into initiatives and themes");
  cmd->add_option("FILE", args->csv,
                  "The CSV file: ';', ',' or tab separated; UTF-8, Windows-1252 or UTF-16")
      ->required();
  cmd->add_option("--content", args->content, "Content folder to write into")
      ->capture_default_str();
  cmd->add_flag("--force", args->force,
                "Overwrite initiative files that exist (themes.yaml is only ever added to)");
  cmd->add_flag("--dry-run", args->dry_run,
                "Show what would be written, and check it, but write nothing");
  cmd->add_option("--today", args->common.today,
                  "Date for a new plan.yaml and for the check, YYYY-MM-DD (default: today)");
  return {cmd, [args]() -> int { return run_import(*args); }};
}

}  // namespace overblik::cli
