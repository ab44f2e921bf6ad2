#pragma once
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>

namespace overblik {

/// Work that runs inside the parallel stages, timed where it happens and
/// summed over the worker threads, for `build --stats`: it tells how the
/// time of a stage divides (parsing YAML or Markdown within loading and
/// validating, writing files within rendering).
enum class Work { parse_yaml, parse_markdown, render_markdown, write_files, count };

struct WorkTotals {
  std::array<std::atomic<int64_t>, static_cast<size_t>(Work::count)> ns{};
  std::array<std::atomic<int64_t>, static_cast<size_t>(Work::count)> items{};
  static WorkTotals& global() {
    static WorkTotals totals;
    return totals;
  }
  double ms(Work w) const { return static_cast<double>(ns[static_cast<size_t>(w)].load()) / 1e6; }
  int64_t count(Work w) const { return items[static_cast<size_t>(w)].load(); }
};

/// Adds the time from its construction to its destruction to `w`'s total.
class WorkTimer {
 public:
  explicit WorkTimer(Work w) : w_(w), start_(std::chrono::steady_clock::now()) {}
  ~WorkTimer() {
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now() - start_);
    auto& t = WorkTotals::global();
    t.ns[static_cast<size_t>(w_)] += ns.count();
    t.items[static_cast<size_t>(w_)] += 1;
  }
  WorkTimer(const WorkTimer&) = delete;
  WorkTimer& operator=(const WorkTimer&) = delete;

 private:
  Work w_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace overblik
