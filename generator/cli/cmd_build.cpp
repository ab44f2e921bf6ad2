#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/command.hpp"

namespace overblik::cli {

namespace {

struct BuildArgs {
  BuildOptions options;
  CommonOptions common;
  bool stats = false;
  std::string format = "text";
};

}  // namespace

Command add_build_command(CLI::App& app) {
  auto args = std::make_shared<BuildArgs>();
  auto* cmd = app.add_subcommand("build", "Build the site from the content folder");
  cmd->add_option("--content", args->options.content_dir, "Content folder")->capture_default_str();
  cmd->add_option("--templates", args->options.templates_dir,
                  "Folder whose files replace the built-in theme's, file by file");
  cmd->add_option("--out", args->options.out_dir, "Output folder")->capture_default_str();
  cmd->add_flag("--strict", args->options.strict, "Treat warnings as errors");
  cmd->add_flag("--quiet,-q", args->common.quiet, "Print errors only");
  cmd->add_flag("--stats", args->stats, "Print the time and count of each stage, and peak memory");
  cmd->add_option("--previous", args->options.previous,
                  "An earlier version (folder or git:REF:PATH): adds the page of changes since it");
  add_format_option(cmd, args->format);
  add_common_options(cmd, args->common);
  return {cmd, [args]() -> int {
            BuildOptions& options = args->options;
            if (!resolve_common(args->common, options)) return kUsage;
            DiskFileSystem fs;
            DiskSink sink({options.out_dir, options.content_dir});
            Built b = build_site(fs, options, sink);
            report_diagnostics(b.checked, &b.previous, args->common.quiet, options.strict,
                               args->format);
            if (b.checked.failed(options.strict) || b.previous.diags.has_errors()) {
              std::cerr << say(fmt::format("overblik: the site was not built; {} is left as it was",
                                           options.out_dir),
                               &b.checked)
                        << "\n";
              return kContentErrors;
            }
            if (args->stats) print_times(b.times, info_stream(args->format));
            if (!args->common.quiet)
              info_stream(args->format)
                  << say(fmt::format("Wrote {}/: {} files ({} written, {} unchanged, {} removed)",
                                     options.out_dir, b.files, b.written.written,
                                     b.written.unchanged, b.written.removed),
                         &b.checked)
                  << "\n";
            return kOk;
          }};
}

Command add_check_command(CLI::App& app) {
  auto args = std::make_shared<BuildArgs>();
  auto* cmd =
      app.add_subcommand("check", "Validate the content and report every problem; writes nothing");
  cmd->add_option("--content", args->options.content_dir, "Content folder")->capture_default_str();
  cmd->add_flag("--strict", args->options.strict, "Treat warnings as errors");
  cmd->add_flag("--quiet,-q", args->common.quiet, "Print errors only");
  add_format_option(cmd, args->format);
  add_common_options(cmd, args->common);
  return {cmd, [args]() -> int {
            if (!resolve_common(args->common, args->options)) return kUsage;
            DiskFileSystem fs;
            Checked c = check_content(fs, args->options);
            report_diagnostics(c, nullptr, args->common.quiet, args->options.strict, args->format);
            return c.failed(args->options.strict) ? kContentErrors : kOk;
          }};
}

}  // namespace overblik::cli
