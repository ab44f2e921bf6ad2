#include "pipeline/pipeline.hpp"

#include <xxhash.h>

#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <vector>
#include <new>

#include "diff/plan_diff.hpp"
#include "model/directives.hpp"
#include "support/git_file_system.hpp"
#include "render/site.hpp"
#include "render/template_set.hpp"

namespace overblik {

namespace {

class Stopwatch {
 public:
  double lap_ms() {
    auto now = std::chrono::steady_clock::now();
    double ms = std::chrono::duration<double, std::milli>(now - last_).count();
    last_ = now;
    return ms;
  }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

/// What a site is made from, as one number: the program, the options that
/// change the output, every content file (path and bytes), every asset, the
/// theme, and with --previous the previous version's files.
uint64_t input_fingerprint(const FileSystem& fs, const Built& b, const TemplateSet& theme, const BuildOptions& o) {
  XXH3_state_t* state = XXH3_createState();
  if (!state) throw std::bad_alloc();
  XXH3_64bits_reset(state);
  auto add = [&](std::string_view s) {
    const uint64_t n = s.size();
    XXH3_64bits_update(state, &n, sizeof n);
    XXH3_64bits_update(state, s.data(), s.size());
  };
  add(OVERBLIK_VERSION);
  // The program itself (its bytes, not its file times, so that the same
  // program gives the same manifest): another overblik may write other bytes.
  {
    std::ifstream self("/proc/self/exe", std::ios::binary);
    std::vector<char> buffer(1 << 20);
    while (self.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || self.gcount() > 0)
      XXH3_64bits_update(state, buffer.data(), static_cast<size_t>(self.gcount()));
  }
  add(o.today.iso());
  add(o.previous);
  // Paths inside the content folder, so that a copy of it elsewhere gives the same manifest.
  for (const Checked* c : {&b.checked, &b.previous}) {
    add("sources");
    const std::string prefix = c->plan.content_dir + "/";
    for (auto& [path, text] : c->sources) {
      add(path.rfind(prefix, 0) == 0 ? std::string_view(path).substr(prefix.size()) : std::string_view(path));
      add(text);
    }
  }
  add("assets");
  for (const std::string& asset : b.checked.plan.assets) {
    add(asset);
    std::string why;
    auto bytes = fs.read(b.checked.plan.content_dir + "/" + asset, &why);
    add(bytes ? *bytes : "unreadable: " + why);
  }
  add("theme");
  for (auto& [path, text] : theme.files()) {
    add(path);
    add(text);
  }
  const uint64_t h = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  return h == 0 ? 1 : h;
}

}  // namespace

Checked check_content(const FileSystem& fs, const BuildOptions& options, std::vector<StageTime>* times) {
  Checked out;
  Stopwatch clock;
  ContentFiles files = load_content(fs, options.content_dir, out.diags, {options.jobs});
  const size_t n_files = files.initiatives.size() + files.indicators.size() + files.indicator_data.size() +
                         files.pages.size() + (files.plan ? 1 : 0) + (files.themes ? 1 : 0);
  if (times) times->push_back({"load", clock.lap_ms(), n_files});
  out.plan = build_plan(files, {options.today, options.jobs}, out.diags);
  out.sources = source_texts(files);
  // The file texts let directives inside YAML Markdown be placed at their real line and column.
  check_directives(out.plan, out.diags, &out.sources);
  if (times) times->push_back({"parse + validate", clock.lap_ms(), n_files});
  out.diags.sort();
  return out;
}

Checked check_version(const std::string& spec, const BuildOptions& base) {
  BuildOptions o = base;
  std::string ref, path;
  if (GitFileSystem::parse_spec(spec, ref, path)) {
    GitFileSystem fs(".", ref);
    o.content_dir = fs.prefix() + (path.empty() ? "." : path);
    return check_content(fs, o);
  }
  DiskFileSystem fs;
  o.content_dir = spec;
  return check_content(fs, o);
}

Date version_date(const Plan& plan) {
  Date newest = plan.info.published;
  for (const Initiative& in : plan.initiatives)
    if (in.last_update && *in.last_update > newest) newest = *in.last_update;
  return newest;
}

Built build_site(const FileSystem& fs, const BuildOptions& options) {
  Built b;
  b.checked = check_content(fs, options, &b.times);
  if (b.checked.failed(options.strict)) return b;
  std::optional<PlanDiff> changes;
  if (!options.previous.empty()) {
    b.previous = check_version(options.previous, options);
    if (b.previous.diags.has_errors()) return b;
    changes = diff_plans(b.previous.plan, b.checked.plan);
  }
  Stopwatch clock;
  SiteWriter writer({options.out_dir, options.content_dir});
  const TemplateSet theme = TemplateSet::load(fs, options.templates_dir);
  b.times.push_back({"templates", clock.lap_ms(), theme.files().size()});
  const uint64_t input = input_fingerprint(fs, b, theme, options);
  if (writer.up_to_date(input)) {
    // Same content, theme, options and program as the build in the output
    // folder, whose files are all as it left them: the site would be the same.
    b.written = writer.skipped();
    b.files = b.written.unchanged;
    b.times.push_back({"render (up to date)", clock.lap_ms(), 0});
    b.times.push_back({"write (up to date)", 0.0, 0});
    return b;
  }
  RenderOptions render_options{options.jobs};
  if (changes) {
    render_options.changes = &*changes;
    render_options.changes_since = version_date(b.previous.plan);
  }
  std::atomic<size_t> n_files{0};
  render_site(b.checked.plan, theme, render_options, [&](OutputFile&& f) {
    if (f.copy_from.empty()) writer.add(f.path, f.bytes);
    else writer.add_copy(f.path, f.copy_from);
    ++n_files;
  });
  b.files = n_files;
  b.times.push_back({"render + write", clock.lap_ms(), b.files});
  b.written = writer.finish(input);
  b.times.push_back({"swap in", clock.lap_ms(), b.written.written});
  return b;
}

}  // namespace overblik
