// `overblik init DIR`: a small, commented plan to start from.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "scaffold/starter.hpp"

namespace overblik::cli {

namespace {

namespace fs = std::filesystem;

struct InitArgs {
  std::string dir;
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
  if (!fs::is_directory(args.dir, ec)) return fmt::format("'{}' exists and is not a folder", args.dir);
  if (args.force || !has_visible_entries(args.dir)) return {};
  return fmt::format("'{}' is not empty. init writes a new plan into an empty folder; use --force to write its "
                     "files there anyway (it overwrites files of the same name and deletes nothing)",
                     args.dir);
}

int run_init(const InitArgs& args) {
  BuildOptions options;
  if (!resolve_common(args.common, options)) return kUsage;
  if (std::string why = refusal(args); !why.empty()) {
    std::cerr << say("overblik: " + why) << "\n";
    return kUsage;
  }
  DiskFileSystem disk;
  std::vector<std::string> refused;
  auto writes = scaffold::plan_writes(disk, args.dir, scaffold::starter_files(options.today), args.force, refused);
  try {
    for (const auto& w : writes) {
      scaffold::apply_write(w);
      std::cout << say(scaffold::describe_write(w, false)) << "\n";
    }
  } catch (const std::exception& e) {
    std::cerr << "overblik: " << e.what() << "\n";
    return kUsage;
  }
  std::cout << say(fmt::format("Next: edit the files (the comments explain every key), then run: overblik check "
                               "--content {}", args.dir)) << "\n";
  return kOk;
}

}  // namespace

Command add_init_command(CLI::App& app) {
  auto args = std::make_shared<InitArgs>();
  auto* cmd = app.add_subcommand("init", "Write a small, commented plan to start from into a new folder");
  cmd->add_option("DIR", args->dir, "The folder to write the plan into; created if missing")->required();
  cmd->add_flag("--force", args->force,
                "Write into a folder that is not empty, overwriting files of the same name (deletes nothing)");
  cmd->add_option("--today", args->common.today, "The plan's publication date, YYYY-MM-DD (default: today)");
  return {cmd, [args]() -> int { return run_init(*args); }};
}

}  // namespace overblik::cli
