#include "pipeline/pipeline.hpp"

#include <fmt/format.h>
#include <xxhash.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <new>
#include <vector>

#include "diff/plan_diff.hpp"
#include "model/directives.hpp"
#include "render/site.hpp"
#include "render/template_set.hpp"
#include "support/git_file_system.hpp"
#include "support/text.hpp"
#include "support/unique_handle.hpp"

namespace overblik {

namespace {

/// `path` without `prefix`/ when it starts with it.
std::string_view inside(std::string_view path, const std::string& prefix) {
  if (prefix.empty() || path.size() <= prefix.size() ||
      path.compare(0, prefix.size(), prefix) != 0 || path[prefix.size()] != '/')
    return path;
  return path.substr(prefix.size() + 1);
}

/// admin/ in the content folder, "admin/…" sorted: the editor `overblik cms`
/// writes. The build copies it into the site as it is: its own rule, apart
/// from the asset types. Hidden files and links that lead out are left out.
std::vector<std::string> admin_files(const FileSystem& fs, const std::string& dir,
                                     const std::string& rel = "admin") {
  std::vector<std::string> out;
  for (const DirEntry& e : fs.list(join_path(dir, rel), dir)) {
    if (e.name.empty() || e.name[0] == '.' || e.leads_outside) continue;
    const std::string path = rel + "/" + e.name;
    if (e.kind == FileKind::directory) {
      std::vector<std::string> inner = admin_files(fs, dir, path);
      out.insert(out.end(), inner.begin(), inner.end());
    } else if (e.kind == FileKind::file) {
      out.push_back(path);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

/// The program itself (its bytes, not its file times, so that the same
/// program gives the same manifest): another overblik may write other bytes.
/// Hashed once per process: the preview fingerprints every rebuild.
uint64_t program_hash() {
  static const uint64_t hash = [] {
    const UniqueHandle<XXH3_state_t, XXH3_freeState> owned(XXH3_createState());
    XXH3_state_t* state = owned.get();
    if (!state) throw std::bad_alloc();
    XXH3_64bits_reset(state);
    std::ifstream self("/proc/self/exe", std::ios::binary);
    std::vector<char> buffer(1 << 20);
    while (self.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) ||
           self.gcount() > 0)
      XXH3_64bits_update(state, buffer.data(), static_cast<size_t>(self.gcount()));
    return XXH3_64bits_digest(state);
  }();
  return hash;
}

/// What a site is made from, as one number: the program, the options that
/// change the output, every content file (path inside the content folder
/// and bytes), every asset, the theme, and with --previous the previous
/// version's files. The diagnostics are a function of the same input.
uint64_t input_fingerprint(const FileSystem& fs, const ContentFiles& files,
                           const Diagnostics& load_diags, const Checked& previous,
                           const TemplateSet& theme, const BuildOptions& o, size_t& hashed) {
  const UniqueHandle<XXH3_state_t, XXH3_freeState> owned(XXH3_createState());
  XXH3_state_t* state = owned.get();
  if (!state) throw std::bad_alloc();
  XXH3_64bits_reset(state);
  auto add = [&](std::string_view s) {
    const uint64_t n = s.size();
    XXH3_64bits_update(state, &n, sizeof n);
    XXH3_64bits_update(state, s.data(), s.size());
  };
  add(OVERBLIK_VERSION);
  const uint64_t program = program_hash();
  XXH3_64bits_update(state, &program, sizeof program);
  add(o.today.iso());
  add(o.previous);
  // Paths inside the content folder, so that a copy of it elsewhere gives the same manifest.
  add("sources");
  auto add_file = [&](const SourceFile& f) {
    add(inside(f.path, files.dir));
    add(f.text);
    ++hashed;
  };
  if (files.plan) add_file(*files.plan);
  if (files.themes) add_file(*files.themes);
  for (auto* list : {&files.initiatives, &files.indicators, &files.indicator_data, &files.pages,
                     &files.unusable})
    for (const SourceFile& f : *list) add_file(f);
  // What loading found beside the files it read: a folder or a FIFO where a
  // file should be, a link out of the folder, a stray file.
  add("load");
  for (const Diagnostic& d : load_diags.items()) {
    add(inside(d.path, files.dir));
    add(fmt::format("{}:{}:{}", d.mark.line, d.mark.column,
                    d.severity == Severity::error ? "e" : "w"));
    add(d.message);
  }
  add("previous");
  for (auto& [path, text] : previous.sources) {
    add(inside(path, previous.plan.content_dir));
    add(text);
  }
  add("assets");
  for (const std::string& asset : files.assets) {
    add(asset);
    std::string why;
    auto bytes = fs.read(files.diag_path(asset), &why);
    add(bytes ? *bytes : "unreadable: " + why);
    ++hashed;
  }
  add("admin");
  for (const std::string& file : admin_files(fs, files.dir)) {
    add(file);
    std::string why;
    auto bytes = fs.read(files.diag_path(file), &why);
    add(bytes ? *bytes : "unreadable: " + why);
    ++hashed;
  }
  add("theme");
  for (auto& [path, text] : theme.files()) {
    add(path);
    add(text);
    ++hashed;
  }
  const uint64_t h = XXH3_64bits_digest(state);
  return h == 0 ? 1 : h;
}

size_t count_files(const ContentFiles& files) {
  return files.initiatives.size() + files.indicators.size() + files.indicator_data.size() +
         files.pages.size() + (files.plan ? 1 : 0) + (files.themes ? 1 : 0);
}

/// model: the loaded files → the plan, with every diagnostic.
Checked check_files(const ContentFiles& files, Diagnostics&& load_diags,
                    const BuildOptions& options, BuildTimes* times) {
  Checked out;
  out.diags = std::move(load_diags);
  out.plan = build_plan(files, {options.today, options.jobs}, out.diags);
  out.sources = source_texts(files);
  // The file texts let directives inside YAML Markdown be placed at their real line and column.
  check_directives(out.plan, out.diags, &out.sources);
  if (times) times->stage("parse + validate", count_files(files));
  out.diags.sort();
  out.diags.limit_per_file();
  return out;
}

/// The diagnostics as the manifest keeps them: paths inside the content
/// folder start with "{content}/", so that they read right for a copy of it.
constexpr std::string_view kContentMark = "{content}";

std::vector<Diagnostic> relative_diagnostics(const Diagnostics& diags, const std::string& dir) {
  std::vector<Diagnostic> out = diags.items();
  for (Diagnostic& d : out) {
    const std::string_view rel = inside(d.path, dir);
    if (rel.size() != d.path.size()) d.path = std::string(kContentMark) + "/" + std::string(rel);
  }
  return out;
}

Diagnostics absolute_diagnostics(const std::vector<Diagnostic>& kept, const ContentFiles& files) {
  Diagnostics out;
  for (Diagnostic d : kept) {
    if (d.path.rfind(std::string(kContentMark) + "/", 0) == 0)
      d.path = files.diag_path(d.path.substr(kContentMark.size() + 1));
    out.add(std::move(d));
  }
  return out;
}

}  // namespace

Checked check_content(const FileSystem& fs, const BuildOptions& options, BuildTimes* times) {
  Diagnostics diags;
  ContentFiles files = load_content(fs, options.content_dir, diags, {options.jobs});
  if (times) times->stage("load", count_files(files));
  return check_files(files, std::move(diags), options, times);
}

Checked check_version(const FileSystem& fs, const std::string& spec, const BuildOptions& base) {
  BuildOptions o = base;
  std::string ref, path;
  if (GitFileSystem::parse_spec(spec, ref, path)) {
    GitFileSystem git(".", ref);
    o.content_dir = git.prefix() + (path.empty() ? "." : path);
    return check_content(git, o);
  }
  o.content_dir = spec;
  return check_content(fs, o);
}

Checked check_version(const std::string& spec, const BuildOptions& base) {
  return check_version(DiskFileSystem(), spec, base);
}

Date version_date(const Plan& plan) {
  Date newest = plan.info.published;
  for (const Initiative& in : plan.initiatives)
    if (in.last_update && *in.last_update > newest) newest = *in.last_update;
  return newest;
}

namespace {

/// The theme the options bring, else the one loaded from templates_dir.
std::shared_ptr<const TemplateSet> theme_for(const FileSystem& fs, const BuildOptions& options,
                                             BuildTimes& times) {
  if (options.theme) return options.theme;
  auto theme = std::make_shared<const TemplateSet>(TemplateSet::load(fs, options.templates_dir));
  times.stage("templates", theme->files().size());
  return theme;
}

/// A content file copied into the site (an asset, admin/), read through the
/// build's file system so that a build from memory is complete.
std::string read_content_file(const FileSystem& fs, const std::string& path) {
  std::string why;
  std::optional<std::string> bytes = fs.read(path, &why);
  if (!bytes) throw WriteError(fmt::format("cannot read {}: {}", path, why));
  return std::move(*bytes);
}

/// The sink's site was made from this very input, and is as that build left
/// it: the site, and the diagnostics, would be the same. The diagnostics are
/// told again from what the sink kept.
void keep_site(Built& b, KeptSite&& kept, const ContentFiles& files) {
  b.kept = true;
  b.checked.diags = absolute_diagnostics(kept.diagnostics, files);
  b.checked.sources = source_texts(files);
  b.written.unchanged = kept.files;
  b.files = kept.files;
  b.times.stage("up to date", 0);
}

/// Renders the checked plan (with what changed since the previous version)
/// and the content's admin/ folder into `sink`; returns the number of files.
size_t render_into(const FileSystem& fs, const BuildOptions& options, const Built& b,
                   SiteSink& sink) {
  RenderOptions render_options;
  render_options.jobs = options.jobs;
  std::optional<PlanDiff> changes;
  if (!options.previous.empty()) {
    changes = diff_plans(b.previous.plan, b.checked.plan);
    render_options.changes = &*changes;
    render_options.changes_since = version_date(b.previous.plan);
  }
  std::atomic<size_t> n_files{0};
  const FileSink put = [&](OutputFile&& f) {
    if (!f.copy_from.empty()) f.bytes = read_content_file(fs, f.copy_from);
    sink.add(std::move(f));
    ++n_files;
  };
  render_site(b.checked.plan, *b.theme, render_options, put);
  for (const std::string& file : admin_files(fs, options.content_dir))
    put(OutputFile{.path = file, .copy_from = join_path(options.content_dir, file)});
  return n_files;
}

}  // namespace

Built build_site(const FileSystem& fs, const BuildOptions& options, SiteSink& sink) {
  Built b;
  const WorkScope scope(&b.times);
  Diagnostics load_diags;
  ContentFiles files = load_content(fs, options.content_dir, load_diags, {options.jobs});
  b.times.stage("load", count_files(files));
  b.theme = theme_for(fs, options, b.times);
  if (!options.previous.empty()) {
    b.previous = check_version(fs, options.previous, options);
    b.times.stage("previous version", b.previous.sources.size());
    if (b.previous.diags.has_errors()) {
      b.checked = check_files(files, std::move(load_diags), options, &b.times);
      return b;
    }
  }
  size_t hashed = 0;
  const uint64_t input =
      input_fingerprint(fs, files, load_diags, b.previous, *b.theme, options, hashed);
  b.times.stage("fingerprint", hashed);
  if (!load_diags.has_errors()) {
    if (std::optional<KeptSite> kept = sink.kept(input)) {
      keep_site(b, std::move(*kept), files);
      return b;
    }
  }
  b.checked = check_files(files, std::move(load_diags), options, &b.times);
  if (b.checked.failed(options.strict)) return b;
  sink.begin();
  b.files = render_into(fs, options, b, sink);
  b.times.stage("render + write", b.files);
  b.written = sink.finish(input, relative_diagnostics(b.checked.diags, files.dir));
  b.times.stage("swap in", b.written.written);
  return b;
}

}  // namespace overblik
