#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "diff/plan_diff.hpp"
#include "render/diff_report.hpp"
#include "render/template_set.hpp"
#include "render/terms.hpp"
#include "support/git_file_system.hpp"

namespace overblik::cli {

namespace {

struct DiffArgs {
  std::string old_spec, new_spec, format = "text";
  CommonOptions common;
};

/// Why `spec` names no folder to read a plan from, with a hint; empty when it
/// does. A plan that is there but broken is the content checks' business (exit
/// 1); a version that is not there at all means the command could not run (exit 2).
std::pair<std::string, std::string> missing_version(const std::string& spec) {
  std::string ref, path;
  if (GitFileSystem::parse_spec(spec, ref, path)) {
    std::unique_ptr<GitFileSystem> fs;
    try {
      fs = std::make_unique<GitFileSystem>(".", ref);
    } catch (const std::runtime_error& e) {
      return {e.what(), ""};
    }
    const FileKind kind = fs->kind(fs->prefix() + path);
    if (kind == FileKind::directory) return {};
    if (kind != FileKind::missing)
      return {fmt::format("'{}' is not a folder in revision '{}'", path, ref), ""};
    return {fmt::format("'{}' does not exist in revision '{}'", path, ref),
            "PATH in git:REF:PATH starts at the top folder of the repository"};
  }
  DiskFileSystem disk;
  const FileKind kind = disk.kind(spec);
  if (kind == FileKind::directory) return {};
  if (spec.rfind("git:", 0) == 0)
    return {"a git revision is written git:REF:PATH", "for example git:HEAD~1:content"};
  return {kind == FileKind::missing ? "the folder does not exist" : "it is not a folder", ""};
}

}  // namespace

std::optional<Plan> load_plan_version(const std::string& spec, const BuildOptions& base) {
  Checked c = check_version(spec, base);
  if (c.diags.has_errors()) {
    print_diagnostics(c, true, false);
    return std::nullopt;
  }
  return std::move(c.plan);
}

Command add_diff_command(CLI::App& app) {
  auto args = std::make_shared<DiffArgs>();
  auto* cmd = app.add_subcommand(
      "diff", "Show what changed between two versions of a plan (folders or git:REF:PATH)");
  cmd->add_option(
         "old", args->old_spec,
         "The earlier version: a content folder, or git:REF:PATH (e.g. git:HEAD~1:content)")
      ->required();
  cmd->add_option("new", args->new_spec, "The later version, likewise")->required();
  cmd->add_option("--format", args->format, "text, markdown or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}))
      ->capture_default_str();
  add_common_options(cmd, args->common);
  return {cmd, [args]() -> int {
            BuildOptions options;
            if (!resolve_common(args->common, options)) return kUsage;
            bool missing = false;
            for (auto [which, spec] :
                 {std::pair{"old", &args->old_spec}, std::pair{"new", &args->new_spec}}) {
              auto [why, hint] = missing_version(*spec);
              if (why.empty()) continue;
              std::cerr << fmt::format("overblik: cannot read the {} version '{}': {}\n", which,
                                       *spec, why);
              if (!hint.empty()) std::cerr << "  hint: " << hint << "\n";
              missing = true;
            }
            if (missing) return kUsage;
            auto old_plan = load_plan_version(args->old_spec, options);
            auto new_plan = load_plan_version(args->new_spec, options);
            if (!old_plan || !new_plan) return kContentErrors;
            const TemplateSet theme = TemplateSet::builtin();
            const DiffFormat format = args->format == "json"       ? DiffFormat::json
                                      : args->format == "markdown" ? DiffFormat::markdown
                                                                   : DiffFormat::text;
            std::cout << diff_report(
                diff_plans(*old_plan, *new_plan),
                with_terms(theme.labels(new_plan->info.language), new_plan->info.terms), format);
            return kOk;
          }};
}

}  // namespace overblik::cli
