#include <fmt/format.h>
#include <sys/resource.h>

#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "load/markdown.hpp"
#include "support/work_timer.hpp"

namespace overblik::cli {

namespace {

void print_stats(const Built& b, std::ostream& out) {
  double total = 0;
  for (const StageTime& t : b.times) {
    out << fmt::format("  {:<18} {:>9.1f} ms  {:>8} items\n", t.name, t.ms, t.count);
    total += t.ms;
  }
  const WorkTotals& work = WorkTotals::global();
  out << "  of which, summed over the worker threads:\n";
  for (auto [name, w] : {std::pair{"parse YAML", Work::parse_yaml},
                         {"parse Markdown", Work::parse_markdown},
                         {"write files", Work::write_files}})
    out << fmt::format("    {:<16} {:>9.1f} ms  {:>8} items\n", name, work.ms(w), work.count(w));
  // One parse to check a text and one to render it, however many pages show it.
  const MarkdownCounts md = markdown_counts();
  out << fmt::format(
      "  Markdown texts     {:>9}     {:>8} parses ({:.2f} per text)\n", md.texts, md.parses,
      md.texts ? static_cast<double>(md.parses) / static_cast<double>(md.texts) : 0.0);
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  out << fmt::format("  {:<18} {:>9.1f} ms\n  peak memory        {:>9.1f} MB\n", "total", total,
                     static_cast<double>(ru.ru_maxrss) / 1024.0);
}

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
  return {
      cmd, [args]() -> int {
        BuildOptions& options = args->options;
        if (!resolve_common(args->common, options)) return kUsage;
        DiskFileSystem fs;
        try {
          Built b = build_site(fs, options);
          report_diagnostics(b.checked, &b.previous, args->common.quiet, options.strict,
                             args->format);
          if (b.checked.failed(options.strict) || b.previous.diags.has_errors()) {
            std::cerr << say(fmt::format("overblik: the site was not built; {} is left as it was",
                                         options.out_dir),
                             &b.checked)
                      << "\n";
            return kContentErrors;
          }
          if (args->stats) print_stats(b, info_stream(args->format));
          if (!args->common.quiet)
            info_stream(args->format)
                << say(fmt::format("Wrote {}/: {} files ({} written, {} unchanged, {} removed)",
                                   options.out_dir, b.files, b.written.written, b.written.unchanged,
                                   b.written.removed),
                       &b.checked)
                << "\n";
          return kOk;
        } catch (const std::exception& e) {
          std::cerr << "overblik: " << e.what() << "\n";
          return kUsage;
        }
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
