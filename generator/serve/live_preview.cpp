#include "serve/live_preview.hpp"

#include <fmt/format.h>
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <exception>

#include "pipeline/language.hpp"
#include "render/site.hpp"

namespace overblik {

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::vector<std::string> watched_folders(const BuildOptions& options) {
  std::vector<std::string> roots{options.content_dir};
  if (!options.templates_dir.empty()) roots.push_back(options.templates_dir);
  return roots;
}

double process_cpu_ms() {
  rusage r{};
  getrusage(RUSAGE_SELF, &r);
  auto ms = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
  };
  return ms(r.ru_utime) + ms(r.ru_stime);
}

/// Distinguishes this server's builds from those of an earlier run, so that a
/// page left open across a restart reloads too.
std::string instance_id() {
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  const auto ns =
      static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count());
  return fmt::format("{:x}", ns ^ static_cast<uint64_t>(::getpid()));
}

}  // namespace

PreviewBuild build_in_memory(const FileSystem& fs, const BuildOptions& options,
                             std::shared_ptr<const TemplateSet>& theme) {
  const Clock::time_point start = Clock::now();
  PreviewBuild b;
  b.checked = check_content(fs, options, &b.times);
  if (b.checked.diags.has_errors()) {
    b.ms = ms_since(start);
    return b;
  }
  try {
    if (!theme) {
      const Clock::time_point t = Clock::now();
      theme = std::make_shared<const TemplateSet>(TemplateSet::load(fs, options.templates_dir));
      b.times.push_back({"templates", ms_since(t), theme->files().size()});
    }
    const Clock::time_point t = Clock::now();
    RenderOptions render_options;
    render_options.jobs = options.jobs;
    std::vector<OutputFile> files = render_site(b.checked.plan, *theme, render_options);
    b.times.push_back({"render", ms_since(t), files.size()});
    b.site = to_site_files(std::move(files));
  } catch (const std::exception& e) {
    b.problem = e.what();
  }
  b.ms = ms_since(start);
  return b;
}

LivePreview::LivePreview(BuildOptions options, ServeOptions serve)
    : options_(std::move(options)),
      serve_(serve),
      watcher_(watched_folders(options_)),
      // Nothing is served before start(), which comes after the first rebuild.
      server_(serve_.port, std::make_shared<PreviewSite>(nullptr, "none")),
      instance_(instance_id()) {}

const PreviewBuild& LivePreview::rebuild() {
  const Clock::time_point start = Clock::now();
  const double cpu_start = process_cpu_ms();
  last_ = build_in_memory(fs_, options_, theme_);
  const std::string version = fmt::format("{}-{}", instance_, ++generation_);
  if (last_.site) {
    last_good_ = last_.site;
    auto site = std::make_shared<PreviewSite>(last_.site, version);
    last_good_assets_ = site->assets();
    server_.publish(std::move(site));
  } else {
    std::string page = last_.problem.empty()
                           ? error_page_html(last_.checked.diags, last_.checked.sources,
                                             report_language(last_.checked, serve_.language))
                           : error_page_html(last_.problem);
    // The last good files stay, so that styles and images still load.
    server_.publish(
        std::make_shared<PreviewSite>(last_good_, std::move(page), version, last_good_assets_));
  }
  last_.ms = ms_since(start);
  last_.cpu_ms = process_cpu_ms() - cpu_start;
  return last_;
}

bool LivePreview::wait_for_change(int stop_fd) {
  const FolderChanges changes = watcher_.wait(stop_fd, serve_.debounce);
  if (!changes.any()) return false;
  // A broken theme left theme_ empty, so it is loaded again anyway.
  if (changes.roots.size() > 1 && changes.roots[1]) theme_.reset();
  return true;
}

}  // namespace overblik
