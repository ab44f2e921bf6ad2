#include "pipeline/pipeline.hpp"

#include <chrono>

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
  check_output_folder(options.out_dir, options.content_dir);
  Stopwatch clock;
  const TemplateSet theme = TemplateSet::load(fs, options.templates_dir);
  b.times.push_back({"templates", clock.lap_ms(), theme.files().size()});
  RenderOptions render_options{options.jobs};
  if (changes) {
    render_options.changes = &*changes;
    render_options.changes_since = version_date(b.previous.plan);
  }
  std::vector<OutputFile> files = render_site(b.checked.plan, theme, render_options);
  b.files = files.size();
  b.times.push_back({"render", clock.lap_ms(), files.size()});
  b.written = write_site(files, {options.out_dir, options.content_dir});
  b.times.push_back({"write", clock.lap_ms(), b.written.written});
  return b;
}

}  // namespace overblik
