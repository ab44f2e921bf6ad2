#include "load/content_files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

#include "load/asset_types.hpp"
#include "support/parallel.hpp"
#include "support/text.hpp"

namespace overblik {

std::string ContentFiles::diag_path(const std::string& rel) const {
  return join_path(dir, rel);
}

namespace {

struct Pending {
  std::string rel;
  std::vector<SourceFile>* list = nullptr;
  std::optional<SourceFile>* single = nullptr;
};

class Walker {
 public:
  Walker(const FileSystem& fs, ContentFiles& files, Diagnostics& diags)
      : fs_(fs), files_(files), diags_(diags) {}

  void walk() {
    bool have_plan = false, have_themes = false;
    for (const DirEntry& e : fs_.list(files_.dir, files_.dir)) {
      if (!accept(e, e.name)) continue;
      if (e.name == "plan.yaml")
        have_plan = want_file(e, e.name, nullptr, &files_.plan);
      else if (e.name == "themes.yaml")
        have_themes = want_file(e, e.name, nullptr, &files_.themes);
      else if (e.name == "initiatives")
        folder(e, "initiatives", {".md"}, {&files_.initiatives});
      else if (e.name == "indicators")
        folder(e, "indicators", {".yaml", ".csv"}, {&files_.indicators, &files_.indicator_data});
      else if (e.name == "pages")
        folder(e, "pages", {".md"}, {&files_.pages});
      else if (e.name == "assets")
        assets(e, "assets");
      // The editor `overblik cms` writes: not content; build copies it as it is.
      else if (e.name == "admin" && e.kind == FileKind::directory)
        continue;
      else
        stray(e, e.name);
    }
    if (!have_plan)
      missing("plan.yaml",
              "every content folder needs a plan.yaml with the plan's title, organisation and "
              "publication date");
    if (!have_themes)
      missing("themes.yaml", "every content folder needs a themes.yaml listing the plan's themes");
  }

  std::vector<Pending> pending;

 private:
  const FileSystem& fs_;
  ContentFiles& files_;
  Diagnostics& diags_;

  std::string disk(const std::string& rel) const { return join_path(files_.dir, rel); }

  /// Hidden files (.git, .DS_Store) are skipped; names with control
  /// characters and symlinks leading out are refused.
  bool accept(const DirEntry& e, const std::string& rel) {
    if (e.name.empty() || e.name[0] == '.') return false;
    if (!is_printable_name(e.name)) {
      // Shown escaped, path included: the raw name could forge a line of
      // output, send terminal escapes or add lines to the manifest.
      diags_.error(
          files_.diag_path(escaped_name(rel)), {1, 1},
          fmt::format(
              "the name \"{}\" holds a control character, an invisible format character or a byte "
              "that is not UTF-8",
              escaped_name(e.name)),
          "rename it with letters, digits, spaces and punctuation only");
      return false;
    }
    if (e.leads_outside) {
      diags_.error(files_.diag_path(rel), {1, 1}, "symbolic link leads outside the content folder",
                   fmt::format("copy the {} into the content folder instead of linking to it",
                               e.kind == FileKind::directory ? "folder" : "file"));
      return false;
    }
    if (e.kind == FileKind::missing) {
      diags_.error(files_.diag_path(rel), {1, 1}, "symbolic link leads nowhere",
                   "remove it or point it at an existing file");
      return false;
    }
    return true;
  }

  void missing(const std::string& rel, const std::string& hint) {
    std::string h = hint;
    if (fs_.kind(disk(rel.substr(0, rel.size() - 5) + ".yml")) == FileKind::file)
      h = fmt::format("rename {}.yml to {}", rel.substr(0, rel.size() - 5), rel);
    diags_.error(files_.diag_path(rel), {1, 1}, fmt::format("missing file {}", rel), h);
  }

  bool want_file(const DirEntry& e, const std::string& rel, std::vector<SourceFile>* list,
                 std::optional<SourceFile>* single) {
    if (e.kind != FileKind::file) {
      diags_.error(files_.diag_path(rel), {1, 1},
                   fmt::format("{} is a {}, not a file", rel,
                               e.kind == FileKind::directory ? "folder" : "special file"),
                   e.kind == FileKind::directory
                       ? "overblik expects a file here; rename or remove the folder"
                       : "overblik expects a regular file here");
      return single != nullptr;  // reported; do not also report it missing
    }
    pending.push_back({rel, list, single});
    return true;
  }

  /// An unreadable folder is an error, not an empty folder: a build must not
  /// quietly drop every page in it.
  bool listable(const std::string& rel) {
    if (fs_.can_list(disk(rel))) return true;
    diags_.error(files_.diag_path(rel), {1, 1}, fmt::format("cannot read the folder {}", rel),
                 "check its permissions: overblik needs to list and read it");
    return false;
  }

  void folder(const DirEntry& e, const std::string& rel, std::vector<std::string> exts,
              std::vector<std::vector<SourceFile>*> lists) {
    if (e.kind != FileKind::directory) return stray(e, rel);
    if (!listable(rel)) return;
    for (const DirEntry& c : fs_.list(disk(rel), files_.dir)) {
      std::string crel = rel + "/" + c.name;
      if (!accept(c, crel)) continue;
      bool taken = false;
      for (size_t i = 0; i < exts.size() && !taken; ++i) {
        if (ends_with(c.name, exts[i]) && c.name.size() > exts[i].size()) {
          want_file(c, crel, lists[i], nullptr);
          taken = true;
        }
      }
      if (!taken) stray(c, crel);
    }
  }

  /// assets/ and its sub-folders, without recursion. A folder is read once:
  /// a symbolic link back to a folder that holds it (`ln -s . assets/a`) is
  /// a loop, reported at the link; a second link to a folder already read
  /// is skipped with a warning (two links to each other's parents would
  /// otherwise double the work at every level).
  void assets(const DirEntry& e, const std::string& rel) {
    if (e.kind != FileKind::directory) return stray(e, rel);
    std::map<std::pair<unsigned long long, unsigned long long>, std::string>
        seen;  // folder → where read
    std::vector<std::pair<DirEntry, std::string>> todo{{e, rel}};
    while (!todo.empty()) {
      auto [dir, dir_rel] = std::move(todo.back());
      todo.pop_back();
      if (dir.inode != 0) {
        auto [it, added] = seen.emplace(std::pair{dir.device, dir.inode}, dir_rel);
        if (!added) {
          repeated_folder(dir_rel, it->second);
          continue;
        }
      }
      if (!listable(dir_rel)) continue;
      std::vector<DirEntry> children = fs_.list(disk(dir_rel), files_.dir);
      // Last first onto the stack, so that folders are read in name order.
      for (auto c = children.rbegin(); c != children.rend(); ++c) {
        std::string crel = dir_rel + "/" + c->name;
        if (!accept(*c, crel)) continue;
        if (c->kind == FileKind::directory)
          todo.emplace_back(std::move(*c), std::move(crel));
        else if (c->kind == FileKind::file)
          asset_file(crel);
        else
          stray(*c, crel);
      }
    }
  }

  /// `rel` leads to the folder already read as `first`: a loop when that holds it.
  void repeated_folder(const std::string& rel, const std::string& first) {
    if (starts_with(rel, first + "/"))
      return diags_.error(
          files_.diag_path(rel), {1, 1},
          fmt::format("symbolic link makes a loop: it leads back to {}, which holds it", first),
          "remove the link, or point it at a folder outside " + first);
    diags_.warning(
        files_.diag_path(rel), {1, 1},
        fmt::format("{} is the folder {} again, through a symbolic link; it is read only once", rel,
                    first),
        fmt::format("link to the files as {}/… instead", first));
  }

  /// A file under assets/ is published as it is: only passive types (see asset_types.hpp).
  void asset_file(const std::string& rel) {
    files_.assets.push_back(rel);
    if (!is_allowed_asset_type(rel)) {
      diags_.error(
          files_.diag_path(rel), {1, 1},
          "this type of file may not be published from assets/: a browser could run it on the site",
          fmt::format("allowed types: {}; link to other material on another site instead",
                      allowed_asset_types()));
      return;
    }
    if (!is_svg_name(rel)) return;
    std::string why;
    const auto text = fs_.read(disk(rel), &why);
    if (!text) {
      diags_.error(files_.diag_path(rel), {1, 1}, fmt::format("cannot read {}: {}", rel, why));
      return;
    }
    if (auto problem = svg_problem(*text))
      diags_.error(files_.diag_path(rel), problem->mark, problem->message, problem->hint);
  }

  void stray(const DirEntry& e, const std::string& rel) {
    const std::string folder =
        rel.find('/') == std::string::npos ? "" : rel.substr(0, rel.find('/'));
    // plan.yml without plan.yaml is reported as the missing plan.yaml, with the rename as its hint.
    if (folder.empty() && (e.name == "plan.yml" || e.name == "themes.yml") &&
        fs_.kind(disk(e.name.substr(0, e.name.size() - 4) + ".yaml")) == FileKind::missing)
      return;
    diags_.warning(files_.diag_path(rel), {1, 1},
                   fmt::format("{} does not fit the content layout and is not used", rel),
                   stray_hint(e, folder));
  }

  static std::string stray_hint(const DirEntry& e, const std::string& folder) {
    const bool dir = e.kind == FileKind::directory;
    if (folder == "initiatives" || folder == "pages") {
      if (dir)
        return fmt::format("{}/ holds files ID.md only; sub-folders are read only under assets/",
                           folder);
      return folder == "pages"
                 ? "a page is a file pages/SLUG.md: rename it to end in .md"
                 : "an initiative is a file initiatives/ID.md: rename it to end in .md";
    }
    if (folder == "indicators") {
      if (dir)
        return "indicators/ holds files ID.yaml and ID.csv only; sub-folders are read only under "
               "assets/";
      if (ends_with(e.name, ".yml")) return "rename it to end in .yaml";
      return "an indicator is a file indicators/ID.yaml, with its data in it or in "
             "indicators/ID.csv";
    }
    if (e.name == "plan.yml" ||
        e.name == "themes.yml")  // beside plan.yaml, which is read (see stray)
      return fmt::format(
          "only {}.yaml is read; move what you need from this file into it, and remove this one",
          e.name.substr(0, e.name.size() - 4));
    if ((e.name == "initiatives" || e.name == "indicators" || e.name == "pages" ||
         e.name == "assets") &&
        !dir)
      return fmt::format("{} must be a folder", e.name);
    if (dir) return "sub-folders are read only under assets/";
    return "overblik reads plan.yaml, themes.yaml, initiatives/*.md, indicators/*.yaml|csv, "
           "pages/*.md and assets/";
  }
};

}  // namespace

ContentFiles load_content(const FileSystem& fs, const std::string& dir, Diagnostics& diags,
                          const LoadOptions& options) {
  ContentFiles files;
  files.dir = dir;
  if (fs.kind(dir) != FileKind::directory) {
    diags.error(dir, {1, 1}, "the content folder does not exist or is not a folder",
                "give the folder that holds plan.yaml with --content");
    return files;
  }
  if (!fs.can_list(dir)) {
    diags.error(dir, {1, 1}, "cannot read the content folder",
                "check its permissions: overblik needs to list and read it");
    return files;
  }
  Walker walker(fs, files, diags);
  walker.walk();
  std::sort(files.assets.begin(), files.assets.end());

  // Read and decode in parallel; each slot has its own diagnostics, merged in order.
  auto& pending = walker.pending;
  std::vector<SourceFile> read(pending.size());
  std::vector<Diagnostics> local(pending.size());
  std::vector<char> ok(pending.size(), 0);
  parallel_for(pending.size(), options.jobs, [&](size_t i) {
    read[i].rel = pending[i].rel;
    read[i].path = files.diag_path(pending[i].rel);
    ok[i] = read_source(fs, join_path(dir, pending[i].rel), read[i], local[i]);
  });

  for (size_t i = 0; i < pending.size(); ++i) {
    diags.append(local[i]);
    if (!ok[i]) {
      // Keep what was read for showing diagnostics, but do not interpret the file.
      files.unusable.push_back(std::move(read[i]));
      continue;
    }
    if (pending[i].single)
      *pending[i].single = std::move(read[i]);
    else
      pending[i].list->push_back(std::move(read[i]));
  }
  return files;
}

SourceTexts source_texts(const ContentFiles& files) {
  SourceTexts out;
  auto add = [&](const SourceFile& f) { out.emplace(f.path, f.text); };
  if (files.plan) add(*files.plan);
  if (files.themes) add(*files.themes);
  for (auto* list : {&files.initiatives, &files.indicators, &files.indicator_data, &files.pages,
                     &files.unusable})
    for (auto& f : *list) add(f);
  return out;
}

}  // namespace overblik
