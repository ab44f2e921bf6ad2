// `overblik new initiative|indicator|page ID`: one file from a commented template.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "model/site_folders.hpp"
#include "scaffold/starter.hpp"
#include "support/text.hpp"

namespace overblik::cli {

namespace {

struct NewArgs {
  std::string kind, id, title, content = "content";
  bool force = false;
  CommonOptions common;
};

/// Why `id` cannot name the file (and a hint, on a line of its own), in the
/// plan's language; empty when it can.
std::string id_problem(const NewArgs& args) {
  if (!is_valid_id(args.id)) {
    const std::string why = say(fmt::format(
        "'{}' cannot be an ID: use only a–z, 0–9 and single dashes, at most {} characters", args.id,
        kMaxIdLength));
    const std::string id = suggest_id(args.id);
    if (id.empty()) return why;
    return why + "\n  hint: " +
           say(id.size() > 60 ? std::string("use a shorter one") : fmt::format("use '{}'", id));
  }
  if (args.kind == "page" && is_reserved_slug(args.id))
    return say(fmt::format(
        "'{}' is the name of one of the site's own folders and cannot name a page", args.id));
  return {};
}

/// The content folder's themes; nullopt (after saying why) when an initiative needs them and cannot
/// have them.
std::optional<scaffold::ThemeList> themes_for(const NewArgs& args, const FileSystem& disk) {
  const std::string path = join_path(args.content, "themes.yaml");
  std::string why;
  auto bytes = disk.read(path, &why);
  auto list = bytes ? scaffold::read_theme_list(*bytes, path, &why) : std::nullopt;
  if (args.kind != "initiative") return list.value_or(scaffold::ThemeList{});
  if (list && !list->leaves().empty()) return list;
  std::cerr << say(!bytes ? fmt::format(
                                "overblik: an initiative needs a theme from {}, but the file {}",
                                path, why)
                          : fmt::format("overblik: an initiative needs a theme from {}, but {}",
                                        path, list ? std::string("it holds no theme") : why))
            << "\n";
  return std::nullopt;
}

int run_new(const NewArgs& args) {
  BuildOptions options;
  if (!resolve_common(args.common, options)) return kUsage;
  DiskFileSystem disk;
  if (disk.kind(args.content) != FileKind::directory) {
    std::cerr
        << say(fmt::format(
               "overblik: the content folder '{}' does not exist; start one with: overblik init {}",
               args.content, args.content))
        << "\n";
    return kUsage;
  }
  if (std::string why = id_problem(args); !why.empty()) {
    std::cerr << "overblik: " << why << "\n";
    return kUsage;
  }
  auto themes = themes_for(args, disk);
  if (!themes) return kUsage;
  auto kind = args.kind == "initiative"  ? scaffold::NewKind::initiative
              : args.kind == "indicator" ? scaffold::NewKind::indicator
                                         : scaffold::NewKind::page;
  std::string title = args.title.empty() ? scaffold::title_from_id(args.id) : args.title;
  scaffold::PlannedFile file{scaffold::new_file_path(kind, args.id),
                             scaffold::new_file_text(kind, title, *themes, options.today)};
  std::vector<std::string> refused;
  auto writes = scaffold::plan_writes(disk, args.content, {file}, args.force, refused);
  if (!refused.empty()) {
    std::cerr << translate(fmt::format("overblik: {} exists; use --force to overwrite it",
                                       refused.front()),
                           content_language(args.content))
              << "\n";
    return kUsage;
  }
  scaffold::apply_write(writes.front());
  std::cout << translate(scaffold::describe_write(writes.front(), false),
                         content_language(args.content))
            << "\n";
  return kOk;
}

}  // namespace

Command add_new_command(CLI::App& app) {
  auto args = std::make_shared<NewArgs>();
  auto* cmd = app.add_subcommand(
      "new", "Add an initiative, an indicator or a page from a commented template");
  cmd->add_option("KIND", args->kind, "initiative, indicator or page")
      ->required()
      ->check(CLI::IsMember({"initiative", "indicator", "page"}));
  cmd->add_option("ID", args->id, "The new file's ID: a–z, 0–9 and dashes (aeldre-pleje)")
      ->required();
  cmd->add_option("--title", args->title, "The title (default: made from the ID)");
  cmd->add_option("--content", args->content, "Content folder")->capture_default_str();
  cmd->add_flag("--force", args->force, "Overwrite the file if it exists");
  cmd->add_option("--today", args->common.today,
                  "Date for the template's example periods, YYYY-MM-DD (default: today)");
  return {cmd, [args]() -> int { return run_new(*args); }};
}

}  // namespace overblik::cli
