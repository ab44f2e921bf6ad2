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

std::string separator_name(char sep) {
  return sep == '\t' ? "tab" : fmt::format("'{}'", sep);
}

/// The import, with the folder's themes.yaml; nullopt after saying why it could not run.
std::optional<scaffold::ImportResult> read_export(const ImportArgs& args, const FileSystem& disk) {
  std::string why;
  auto bytes = disk.read(args.csv, &why);
  if (!bytes) {
    std::cerr << fmt::format("overblik: {} {}\n", args.csv, why);
    return std::nullopt;
  }
  scaffold::ImportInput in{args.csv, std::move(*bytes), std::nullopt,
                           join_path(args.content, "themes.yaml")};
  if (disk.kind(in.themes_path) != FileKind::missing)
    in.themes_bytes = disk.read(in.themes_path, nullptr);
  return scaffold::import_csv(in);
}

void print_refusal(const std::vector<std::string>& refused) {
  std::cerr << fmt::format(
      "overblik: {} of the files to write exist already, so nothing was written; use --force "
      "to overwrite them:\n",
      refused.size());
  for (const auto& path : refused) std::cerr << "  " << path << "\n";
}

/// Writes (or with --dry-run only lists) the files; false after a write failed.
bool write_files(const std::vector<scaffold::FileWrite>& writes, bool dry_run) {
  // A file that may not be written stops the import before any is.
  for (const auto& w : writes)
    if (std::string why = scaffold::write_problem(w); !why.empty()) {
      std::cerr << "overblik: " << why << "; nothing was written\n";
      return false;
    }
  for (const auto& w : writes) {
    if (!dry_run) scaffold::apply_write(w);
    std::cout << scaffold::describe_write(w, dry_run) << "\n";
  }
  return true;
}

void print_summary(const ImportArgs& args, const scaffold::ImportResult& r) {
  std::string what = fmt::format("{} initiative{} and {} new theme{} from {}", r.initiatives,
                                 r.initiatives == 1 ? "" : "s", r.new_themes,
                                 r.new_themes == 1 ? "" : "s", args.csv);
  std::cout << (args.dry_run ? "Would import " + what + "; nothing was written (--dry-run)"
                             : "Imported " + what)
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
  std::cout << fmt::format("Reading {} ({}, separator {})\n", args.csv,
                           scaffold::encoding_name(r->encoding), separator_name(r->separator));
  std::cout.flush();
  for (const auto& m : r->messages)
    std::cerr << scaffold::format_import_message(args.csv, m) << "\n";
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
  print_diagnostics(c, false, false);
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
