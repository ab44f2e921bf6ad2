#include "pipeline/pipeline.hpp"

#include <chrono>

#include "model/directives.hpp"
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
  check_directives(out.plan, out.diags);
  if (times) times->push_back({"parse + validate", clock.lap_ms(), n_files});
  out.sources = source_texts(files);
  out.diags.sort();
  return out;
}

Built build_site(const FileSystem& fs, const BuildOptions& options) {
  Built b;
  b.checked = check_content(fs, options, &b.times);
  if (b.checked.failed(options.strict)) return b;
  check_output_folder(options.out_dir, options.content_dir);
  Stopwatch clock;
  const TemplateSet theme = TemplateSet::load(fs, options.templates_dir);
  b.times.push_back({"templates", clock.lap_ms(), theme.files().size()});
  std::vector<OutputFile> files = render_site(b.checked.plan, theme, {options.jobs});
  b.files = files.size();
  b.times.push_back({"render", clock.lap_ms(), files.size()});
  b.written = write_site(files, {options.out_dir, options.content_dir});
  b.times.push_back({"write", clock.lap_ms(), b.written.written});
  return b;
}

}  // namespace overblik
