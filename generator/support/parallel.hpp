#pragma once
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace overblik {

/// Calls fn(i) for i in [0, n) on up to `jobs` threads (the caller's included).
/// fn must only touch its own slot of any shared output.
template <typename Fn>
void parallel_for(size_t n, int jobs, Fn&& fn) {
  const size_t threads = std::min<size_t>(n, static_cast<size_t>(std::max(1, jobs)));
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < n;) fn(i);
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

/// Like parallel_for, but fn(i, worker) also gets the worker's number in
/// [0, workers(n, jobs)), for per-thread state such as parsed templates.
template <typename Fn>
void parallel_for_worker(size_t n, int jobs, Fn&& fn) {
  const size_t threads = std::min<size_t>(n, static_cast<size_t>(std::max(1, jobs)));
  std::atomic<size_t> next{0};
  auto work = [&](size_t worker) {
    for (size_t i; (i = next.fetch_add(1)) < n;) fn(i, worker);
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (auto& t : pool) t.join();
}

inline size_t workers(size_t n, int jobs) { return std::max<size_t>(1, std::min<size_t>(n, static_cast<size_t>(std::max(1, jobs)))); }

/// Worker count for `--jobs 0`: one per core.
inline int default_jobs() { return std::max(1, static_cast<int>(std::thread::hardware_concurrency())); }

}  // namespace overblik
