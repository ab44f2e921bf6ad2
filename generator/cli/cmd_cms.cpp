// `overblik cms`: admin/index.html and admin/config.yml for Decap CMS, made
// from the content format's fields and the plan's themes.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "load/yaml_tree.hpp"
#include "model/readers.hpp"
#include "scaffold/decap_config.hpp"
#include "scaffold/file_writer.hpp"
#include "support/text.hpp"

namespace overblik::cli {

namespace {

namespace stdfs = std::filesystem;

struct CmsArgs {
  BuildOptions options;
  std::string out;  ///< empty: CONTENT/admin
  scaffold::DecapSite site;
  bool force = false;
};

/// The content folder relative to the git repository that holds it ("content/"), or "" at its root.
std::string repository_prefix(const std::string& content) {
  std::error_code ec;
  const stdfs::path dir = stdfs::weakly_canonical(stdfs::absolute(content, ec), ec);
  for (stdfs::path p = dir; !p.empty(); p = p.parent_path()) {
    if (stdfs::exists(p / ".git", ec)) {
      std::string rel = stdfs::relative(dir, p, ec).generic_string();
      return rel == "." || rel.empty() ? std::string() : rel + "/";
    }
    if (p == p.parent_path()) break;
  }
  // Not in git: paths relative to where decap-server runs (here).
  std::string rel = stdfs::relative(dir, stdfs::current_path(ec), ec).generic_string();
  return rel == "." || rel.empty() ? std::string() : rel + "/";
}

/// Whether themes.yaml is the `themes:` mapping Decap CMS can edit (not a bare list).
bool themes_editable(const Checked& c) {
  for (const auto& [path, text] : c.sources) {
    if (!(path == "themes.yaml" ||
          (path.size() > 12 && path.substr(path.size() - 12) == "/themes.yaml")))
      continue;
    YamlNode root;
    Diagnostics ignored;
    return parse_yaml(text, path, 1, root, ignored) && themes_list_in(root) != nullptr;
  }
  return false;
}

void describe_themes(const Plan& plan, scaffold::DecapSite& site) {
  for (const Theme& t : plan.themes) {
    if (!t.is_group()) site.leaf_themes.emplace_back(t.id, t.title);
    if (t.parent.empty()) site.top_themes.emplace_back(t.id, t.title);
  }
}

int run_cms(CmsArgs& args) {
  DiskFileSystem disk;
  Checked c = check_content(disk, args.options);
  if (c.diags.has_errors()) {
    print_diagnostics(c, true, false);
    std::cerr << say("overblik: the editor needs content without errors; nothing was written", &c)
              << "\n";
    return kContentErrors;
  }
  scaffold::DecapSite& site = args.site;
  // The form speaks the plan's language; --lang changes only the messages.
  site.language = parse_language(c.plan.info.language).value_or(Language::da);
  if (site.backend != "git-gateway" && site.repo.empty()) {
    std::cerr << say(fmt::format("overblik: --backend {} needs --repo OWNER/NAME", site.backend),
                     &c)
              << "\n";
    return kUsage;
  }
  site.prefix = repository_prefix(args.options.content_dir);
  site.themes_editable = themes_editable(c);
  describe_themes(c.plan, site);
  const std::string out =
      args.out.empty() ? join_path(args.options.content_dir, "admin") : args.out;
  std::vector<scaffold::PlannedFile> files = {
      {"index.html", scaffold::decap_index_html(site), false},
      {"config.yml", scaffold::decap_config(site), false}};
  std::vector<std::string> refused;
  auto writes = scaffold::plan_writes(disk, out, files, args.force, refused);
  if (!refused.empty()) {
    std::cerr << say(fmt::format("overblik: {} exists; use --force to overwrite it",
                                 refused.front()),
                     &c)
              << "\n";
    return kUsage;
  }
  for (const auto& w : writes) {
    scaffold::apply_write(w);
    std::cout << say(scaffold::describe_write(w, false), &c) << "\n";
  }
  if (!site.themes_editable)
    std::cout << say("The themes are not in the editor: Decap CMS can only edit themes.yaml when "
                     "the list stands "
                     "under a key 'themes:' (see docs/editing.md)",
                     &c)
              << "\n";
  if (site.script == "decap-cms.js" && disk.kind(join_path(out, "decap-cms.js")) != FileKind::file)
    std::cout << say(fmt::format("Next: copy decap-cms.js into {} (see docs/editing.md)", out), &c)
              << "\n";
  return kOk;
}

}  // namespace

Command add_cms_command(CLI::App& app) {
  auto args = std::make_shared<CmsArgs>();
  auto* cmd = app.add_subcommand(
      "cms", "Write admin/ for Decap CMS: a browser editor for the content folder");
  cmd->add_option("--content", args->options.content_dir, "Content folder")->capture_default_str();
  cmd->add_option("--out", args->out,
                  "Where to write index.html and config.yml (default: CONTENT/admin)");
  cmd->add_option("--backend", args->site.backend,
                  "Where the editor saves: github, gitlab or git-gateway")
      ->capture_default_str()
      ->check(CLI::IsMember({"github", "gitlab", "git-gateway"}));
  cmd->add_option("--repo", args->site.repo, "The repository, OWNER/NAME (github and gitlab)");
  cmd->add_option("--branch", args->site.branch, "The branch the editor commits to")
      ->capture_default_str();
  cmd->add_option("--script", args->site.script, "Where index.html loads Decap CMS from")
      ->capture_default_str();
  cmd->add_flag("--force", args->force, "Overwrite admin/index.html and admin/config.yml");
  return {cmd, [args]() -> int {
            args->options.today = today_utc();
            return run_cms(*args);
          }};
}

}  // namespace overblik::cli
