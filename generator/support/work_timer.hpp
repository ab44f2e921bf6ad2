#pragma once
// The one stopwatch of a build: its stages in order, and the work inside them
// summed over the worker threads. Each build has its own (BuildTimes), which
// `build --stats` and the preview's `serve --stats` print alike.
#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace overblik {

/// Work that runs inside the parallel stages, timed where it happens: it
/// tells how the time of a stage divides (parsing YAML or Markdown within
/// loading and validating, writing files within rendering).
/// markdown_text counts the content's Markdown texts as they are checked
/// (no time): with parse_markdown's count it tells the parses per text.
enum class Work { parse_yaml, parse_markdown, render_markdown, write_files, markdown_text, count };

/// Time and count of one stage of a build.
struct StageTime {
  std::string name;
  double ms = 0;
  size_t count = 0;
};

/// The timing of one build. Made when the build starts; each stage() ends a
/// stage at the time since the one before, so that the stages add up to the
/// build's wall time. WorkTimers add to the BuildTimes current on their thread
/// (see WorkScope); parallel_for carries it to its workers.
class BuildTimes {
 public:
  BuildTimes();
  BuildTimes(const BuildTimes& other);
  BuildTimes& operator=(const BuildTimes& other);

  /// Ends a stage that handled `count` items.
  void stage(std::string name, size_t count);
  const std::vector<StageTime>& stages() const { return stages_; }
  /// The wall time of the stages so far.
  double total_ms() const;
  /// Processor time of the whole process (every thread) from the start to the last stage.
  double cpu_ms() const { return cpu_ms_; }

  /// Adds one piece of work of `ns` nanoseconds; from any thread.
  void add(Work w, int64_t ns);
  /// Summed time and count of one kind of work.
  double ms(Work w) const;
  int64_t count(Work w) const;

  /// The BuildTimes of the build running on this thread; null outside a build
  /// (then WorkTimers keep nothing).
  static BuildTimes* current();

 private:
  friend class WorkScope;
  static constexpr size_t kKinds = static_cast<size_t>(Work::count);
  std::vector<StageTime> stages_;
  std::chrono::steady_clock::time_point last_;
  double cpu_start_ms_ = 0, cpu_ms_ = 0;
  std::array<std::atomic<int64_t>, kKinds> ns_{};
  std::array<std::atomic<int64_t>, kKinds> items_{};
};

/// Makes `times` the current BuildTimes of this thread while it lives, and
/// restores the one before (a build may read another version inside it).
class WorkScope {
 public:
  explicit WorkScope(BuildTimes* times);
  ~WorkScope();
  WorkScope(const WorkScope&) = delete;
  WorkScope& operator=(const WorkScope&) = delete;

 private:
  BuildTimes* before_;
};

/// Adds the time from its construction to its destruction to `w`'s total in
/// the current BuildTimes.
class WorkTimer {
 public:
  explicit WorkTimer(Work w) : w_(w), start_(std::chrono::steady_clock::now()) {}
  ~WorkTimer() {
    if (BuildTimes* times = BuildTimes::current())
      times->add(w_, std::chrono::duration_cast<std::chrono::nanoseconds>(
                         std::chrono::steady_clock::now() - start_)
                         .count());
  }
  WorkTimer(const WorkTimer&) = delete;
  WorkTimer& operator=(const WorkTimer&) = delete;

 private:
  Work w_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace overblik
