// `overblik init DIR`: a small, commented plan to start from.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "scaffold/ci_files.hpp"
#include "scaffold/starter.hpp"
#include "support/diagnostic_formats.hpp"

namespace overblik::cli {

namespace {

namespace fs = std::filesystem;

struct InitArgs {
  std::string dir;
  std::string ci;                   ///< --ci github|gitlab, empty: no CI file
  std::string content = "content";  ///< --content, the plan the CI file names when DIR is not given
  bool force = false;
  CommonOptions common;
};

/// True when the folder holds anything but hidden entries (.git, .DS_Store).
bool has_visible_entries(const std::string& dir) {
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().filename().string().front() != '.') return true;
  return false;
}

/// Why `dir` cannot be written into, or empty.
std::string refusal(const InitArgs& args) {
  std::error_code ec;
  if (!fs::exists(args.dir, ec)) return {};
  if (!fs::is_directory(args.dir, ec))
    return fmt::format("'{}' exists and is not a folder", args.dir);
  if (args.force || !has_visible_entries(args.dir)) return {};
  return fmt::format(
      "'{}' is not empty. init writes a new plan into an empty folder; use --force to write its "
      "files there anyway (it overwrites files of the same name and deletes nothing)",
      args.dir);
}

/// Writes `writes`, saying what each does; false (after printing why) on a failure.
bool apply_writes(const std::vector<scaffold::FileWrite>& writes) {
  for (const auto& w : writes) {
    scaffold::apply_write(w);
    std::cout << say(scaffold::describe_write(w, false)) << "\n";
  }
  return true;
}

/// --ci: the workflow goes to the top folder of the repository that holds the
/// working folder (the working folder outside one) and names the plan's folder
/// from there. Never over an existing file without --force.
int write_ci_file(const InitArgs& args, const std::string& content) {
  const std::string cwd = fs::current_path().string();
  std::string root = find_repository_root(cwd);
  if (root.empty()) root = cwd;
  const std::string rel_content = relative_to_root(content, cwd, root);
  DiskFileSystem disk;
  std::vector<std::string> refused;
  const scaffold::PlannedFile file =
      scaffold::ci_file(*scaffold::parse_forge(args.ci), rel_content);
  std::string dir = fs::path(root).lexically_relative(cwd).generic_string();
  if (dir == ".") dir.clear();
  auto writes = scaffold::plan_writes(disk, dir, {file}, args.force, refused);
  for (const std::string& path : refused)
    std::cerr << say(fmt::format("overblik: {} exists; use --force to overwrite it", path)) << "\n";
  if (!refused.empty()) return kUsage;
  if (!apply_writes(writes)) return kUsage;
  std::cout << say(fmt::format("Next: set OVERBLIK_DEB_URL or OVERBLIK_SOURCE_URL at the top of "
                               "{}, then commit and push it (docs/ci.md explains each step)",
                               writes.front().path))
            << "\n";
  return kOk;
}

int run_init(const InitArgs& args) {
  BuildOptions options;
  if (!resolve_common(args.common, options)) return kUsage;
  if (args.dir.empty()) {
    if (args.ci.empty()) {
      std::cerr << say("overblik: init needs DIR, the folder to write a new plan into (or --ci "
                       "github|gitlab)")
                << "\n";
      return kUsage;
    }
    return write_ci_file(args, args.content);
  }
  if (std::string why = refusal(args); !why.empty()) {
    std::cerr << say("overblik: " + why) << "\n";
    return kUsage;
  }
  DiskFileSystem disk;
  std::vector<std::string> refused;
  auto writes = scaffold::plan_writes(disk, args.dir, scaffold::starter_files(options.today),
                                      args.force, refused);
  if (!apply_writes(writes)) return kUsage;
  if (!args.ci.empty()) {
    if (int rc = write_ci_file(args, args.dir); rc != kOk) return rc;
  }
  std::cout
      << say(fmt::format(
             "Next: edit the files (the comments explain every key), then run: overblik check "
             "--content {}",
             args.dir))
      << "\n";
  return kOk;
}

}  // namespace

Command add_init_command(CLI::App& app) {
  auto args = std::make_shared<InitArgs>();
  auto* cmd =
      app.add_subcommand("init", "Write a small, commented plan to start from into a new folder");
  cmd->add_option("DIR", args->dir, "The folder to write the plan into; created if missing");
  cmd->add_flag("--force", args->force,
                "Write into a folder that is not empty, overwriting files of the same name "
                "(deletes nothing)");
  cmd->add_option("--ci", args->ci,
                  "Also write a CI workflow, for github (.github/workflows/overblik.yml) or gitlab "
                  "(.gitlab-ci.yml), "
                  "at the top of the git repository; without DIR, only the workflow")
      ->check(CLI::IsMember({"github", "gitlab"}));
  cmd->add_option("--content", args->content,
                  "With --ci and no DIR: the plan's content folder the workflow reads")
      ->capture_default_str();
  cmd->add_option("--today", args->common.today,
                  "The plan's publication date, YYYY-MM-DD (default: today)");
  return {cmd, [args]() -> int { return run_init(*args); }};
}

}  // namespace overblik::cli
