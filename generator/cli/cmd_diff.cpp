#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "diff/plan_diff.hpp"
#include "pipeline/language.hpp"
#include "render/diff_report.hpp"
#include "render/template_set.hpp"
#include "render/terms.hpp"
#include "support/git_file_system.hpp"
#include "support/text.hpp"

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

/// The text of the plan.yaml of version `spec`, when it has one.
std::optional<std::string> plan_text(const std::string& spec) {
  std::string ref, path;
  try {
    if (GitFileSystem::parse_spec(spec, ref, path)) {
      GitFileSystem fs(".", ref);
      return fs.read(fs.prefix() + join_path(path, "plan.yaml"), nullptr);
    }
  } catch (const std::runtime_error&) {
    return std::nullopt;  // missing_version says why
  }
  return DiskFileSystem().read(join_path(spec, "plan.yaml"), nullptr);
}

/// The language diff speaks: --lang, else the new version's plan's, else the
/// old one's (the new one may be the version that is missing), else LANG's.
Language diff_language(const DiffArgs& args) {
  if (auto l = language_option()) return *l;
  for (const std::string* spec : {&args.new_spec, &args.old_spec})
    if (auto text = plan_text(*spec)) {
      Checked plan_only;
      plan_only.sources["plan.yaml"] = *text;
      return report_language(plan_only);
    }
  return language_from_environment();
}

/// Says why each version that is not there cannot be read; true when both are.
bool versions_exist(const DiffArgs& args) {
  bool ok = true;
  for (bool old : {true, false}) {
    const std::string& spec = old ? args.old_spec : args.new_spec;
    auto [why, hint] = missing_version(spec);
    if (why.empty()) continue;
    std::cerr << say(old ? fmt::format("overblik: cannot read the old version '{}': {}", spec, why)
                         : fmt::format("overblik: cannot read the new version '{}': {}", spec, why))
              << "\n";
    if (!hint.empty()) std::cerr << "  hint: " << say(hint) << "\n";
    ok = false;
  }
  return ok;
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
            set_run_language(diff_language(*args));
            if (!resolve_common(args->common, options)) return kUsage;
            if (!versions_exist(*args)) return kUsage;
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
