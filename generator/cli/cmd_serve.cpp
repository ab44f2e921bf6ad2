#include <fmt/format.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "serve/live_preview.hpp"

namespace overblik::cli {

namespace {

struct ServeArgs {
  BuildOptions options;
  ServeOptions serve;
  CommonOptions common;
  bool stats = false;
};

/// Ctrl+C and SIGTERM arrive as a readable fd that the wait for changes
/// also polls. The signals are blocked before any thread starts, so every
/// thread inherits the block and none is interrupted.
class StopSignals {
 public:
  StopSignals() {
    sigemptyset(&set_);
    sigaddset(&set_, SIGINT);
    sigaddset(&set_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set_, nullptr);
    fd_ = signalfd(-1, &set_, SFD_CLOEXEC | SFD_NONBLOCK);
  }
  ~StopSignals() {
    if (fd_ >= 0) ::close(fd_);
  }
  int fd() const { return fd_; }
  /// Takes the signals that arrived, then unblocks them in this thread, so
  /// that a second Ctrl+C ends the process at once if stopping hangs.
  void release() {
    signalfd_siginfo info{};
    while (::read(fd_, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
    }
    pthread_sigmask(SIG_UNBLOCK, &set_, nullptr);
  }

 private:
  sigset_t set_{};
  int fd_ = -1;
};

bool same_diagnostics(const Diagnostics& a, const Diagnostics& b) {
  auto same = [](const Diagnostic& x, const Diagnostic& y) {
    return x.path == y.path && x.mark.line == y.mark.line && x.mark.column == y.mark.column &&
           x.severity == y.severity && x.message == y.message && x.hint == y.hint;
  };
  return std::equal(a.items().begin(), a.items().end(), b.items().begin(), b.items().end(), same);
}

void print_build(const PreviewBuild& b, const PreviewBuild* before, const ServeArgs& args) {
  const Built& built = b.built;
  // Diagnostics are printed when they differ from the last build's, so that
  // an edit that fixes nothing does not repeat a screenful of warnings.
  if (!before || !same_diagnostics(before->built.checked.diags, built.checked.diags) || b.failed())
    report_diagnostics(built.checked, &built.previous, args.common.quiet, false, "text");
  if (!b.problem.empty()) std::cerr << "overblik: " << b.problem << "\n";
  if (args.stats) print_times(built.times, std::cout);
  const std::string what =
      b.site ? fmt::format("{} files", b.site->size())
      : b.problem.empty()
          ? fmt::format("{} — showing them in the browser", format_summary(b.error_count(), 0))
          : std::string("the site could not be rendered — showing why in the browser");
  std::cout << say(fmt::format("{} in {:.0f} ms: {}", before ? "Rebuilt" : "Built",
                               built.times.total_ms(), what),
                   &built.checked)
            << std::endl;
}

int serve(ServeArgs& args) {
  if (!resolve_common(args.common, args.options)) return kUsage;
  StopSignals signals;
  if (signals.fd() < 0) {
    std::cerr << "overblik: cannot listen for Ctrl+C\n";
    return kUsage;
  }
  args.serve.language = language_option();
  // A repository or revision that cannot be opened stops serve at once, as
  // it stops build (exit 2); errors in that version show in the browser.
  if (!args.options.previous.empty()) check_version(args.options.previous, args.options);
  LivePreview preview(args.options, args.serve);
  PreviewBuild last = preview.rebuild();
  print_build(last, nullptr, args);
  preview.start();
  std::cout << say(fmt::format("Serving http://127.0.0.1:{}/ — press Ctrl+C to stop",
                               preview.port()),
                   &last.built.checked)
            << std::endl;
  while (preview.wait_for_change(signals.fd())) {
    const PreviewBuild& b = preview.rebuild();
    print_build(b, &last, args);
    last.built.checked.diags = b.built.checked.diags;
  }
  signals.release();
  std::cout << say("Stopping…") << std::endl;
  preview.stop();
  return kOk;
}

}  // namespace

Command add_serve_command(CLI::App& app) {
  auto args = std::make_shared<ServeArgs>();
  auto* cmd = app.add_subcommand("serve",
                                 "Preview the site: build it in memory, serve it on 127.0.0.1, "
                                 "rebuild and reload on every change");
  cmd->add_option("--content", args->options.content_dir, "Content folder")->capture_default_str();
  cmd->add_option("--templates", args->options.templates_dir,
                  "Folder whose files replace the built-in theme's, file by file (watched too)");
  cmd->add_option("--port", args->serve.port, "Port on 127.0.0.1; 0 picks a free one")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--previous", args->options.previous,
                  "An earlier version (folder or git:REF:PATH): the preview shows the page of "
                  "changes since it, as build --previous does; read again at every rebuild");
  cmd->add_flag("--quiet,-q", args->common.quiet, "Print errors only");
  cmd->add_flag("--stats", args->stats,
                "Print the time and count of each stage of every build, as build --stats does");
  add_common_options(cmd, args->common);
  return {cmd, [args]() -> int { return serve(*args); }};
}

}  // namespace overblik::cli
