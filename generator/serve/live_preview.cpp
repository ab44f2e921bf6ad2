#include "serve/live_preview.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <exception>

#include "pipeline/language.hpp"

namespace overblik {

namespace {

std::vector<std::string> watched_folders(const BuildOptions& options) {
  std::vector<std::string> roots{options.content_dir};
  if (!options.templates_dir.empty()) roots.push_back(options.templates_dir);
  return roots;
}

/// Distinguishes this server's builds from those of an earlier run, so that a
/// page left open across a restart reloads too.
std::string instance_id() {
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  const auto ns =
      static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count());
  return fmt::format("{:x}", ns ^ static_cast<uint64_t>(::getpid()));
}

/// The content's diagnostics, and the errors of the previous version (as
/// `build --previous` prints them), with the texts of both.
std::pair<Diagnostics, SourceTexts> shown_diagnostics(const Built& b) {
  std::pair<Diagnostics, SourceTexts> out{b.checked.diags, b.checked.sources};
  for (const Diagnostic& d : b.previous.diags.items())
    if (d.severity == Severity::error) out.first.add(d);
  out.second.insert(b.previous.sources.begin(), b.previous.sources.end());
  return out;
}

}  // namespace

int PreviewBuild::error_count() const {
  return built.checked.diags.error_count() + built.previous.diags.error_count();
}

LivePreview::LivePreview(BuildOptions options, ServeOptions serve)
    : options_(std::move(options)),
      serve_(serve),
      watcher_(watched_folders(options_)),
      // Nothing is served before start(), which comes after the first rebuild.
      server_(serve_.port, std::make_shared<PreviewSite>(nullptr, "none")),
      instance_(instance_id()) {}

std::string LivePreview::error_page() const {
  const Language language = report_language(last_.built.checked, serve_.language);
  if (!last_.problem.empty()) return error_page_html(last_.problem, language);
  const auto [diags, sources] = shown_diagnostics(last_.built);
  return error_page_html(diags, sources, language);
}

const PreviewBuild& LivePreview::rebuild() {
  last_ = PreviewBuild{};
  try {
    last_.built = build_site(fs_, options_, sink_);
    options_.theme = last_.built.theme;
    if (last_.error_count() == 0) last_.site = sink_.files();
  } catch (const std::exception& e) {
    last_.problem = e.what();
  }
  const std::string version = fmt::format("{}-{}", instance_, ++generation_);
  if (last_.site) {
    last_good_ = last_.site;
    server_.publish(std::make_shared<PreviewSite>(
        last_.site, version, report_language(last_.built.checked, serve_.language)));
  } else {
    // The last good files stay, so that styles still load.
    server_.publish(std::make_shared<PreviewSite>(
        last_good_, error_page(), version, report_language(last_.built.checked, serve_.language)));
  }
  last_.built.times.stage("serve", last_.site ? last_.site->size() : 0);
  return last_;
}

bool LivePreview::wait_for_change(int stop_fd) {
  const FolderChanges changes = watcher_.wait(stop_fd, serve_.debounce);
  if (!changes.any()) return false;
  // A broken theme left no theme kept, so it is loaded again anyway.
  if (changes.roots.size() > 1 && changes.roots[1]) options_.theme.reset();
  return true;
}

}  // namespace overblik
