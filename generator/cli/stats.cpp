// --stats of `build` and `serve`: the build's stopwatch as a table. It is
// for the people who tune overblik, so it stays in English whatever the
// plan's language (the catalogue test leaves this file out).
#include <fmt/format.h>
#include <sys/resource.h>

#include <iostream>

#include "cli/command.hpp"

namespace overblik::cli {

void print_times(const BuildTimes& times, std::ostream& out) {
  for (const StageTime& t : times.stages())
    out << fmt::format("  {:<18} {:>9.1f} ms  {:>8} items\n", t.name, t.ms, t.count);
  out << "  of which, summed over the worker threads:\n";
  for (auto [name, w] : {std::pair{"parse YAML", Work::parse_yaml},
                         {"parse Markdown", Work::parse_markdown},
                         {"write files", Work::write_files}})
    out << fmt::format("    {:<16} {:>9.1f} ms  {:>8} items\n", name, times.ms(w), times.count(w));
  // One parse to check a text and one to render it, however many pages show it.
  const int64_t texts = times.count(Work::markdown_text);
  const int64_t parses = times.count(Work::parse_markdown);
  out << fmt::format("  Markdown texts     {:>9}     {:>8} parses ({:.2f} per text)\n", texts,
                     parses,
                     texts ? static_cast<double>(parses) / static_cast<double>(texts) : 0.0);
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  out << fmt::format("  {:<18} {:>9.1f} ms\n", "total", times.total_ms())
      << fmt::format("  {:<18} {:>9.1f} ms  (all threads)\n", "processor time", times.cpu_ms())
      << fmt::format("  {:<18} {:>9.1f} MB\n", "peak memory",
                     static_cast<double>(ru.ru_maxrss) / 1024.0);
}

}  // namespace overblik::cli
