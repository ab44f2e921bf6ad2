#pragma once
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "support/work_timer.hpp"

namespace overblik {

inline size_t workers(size_t n, int jobs) {
  return std::max<size_t>(1, std::min<size_t>(n, static_cast<size_t>(std::max(1, jobs))));
}

/// Calls fn(i, worker) for i in [0, n) on up to `jobs` threads (the caller's
/// included); `worker` is in [0, workers(n, jobs)), for per-thread state such
/// as parsed templates. fn must only touch its own slot of any shared output.
/// The first exception thrown by fn stops the remaining work and is rethrown
/// here, after every thread has finished. The workers add their timed work
/// to the caller's BuildTimes.
template <typename Fn>
void parallel_for_worker(size_t n, int jobs, Fn&& fn) {
  const size_t threads = workers(n, jobs);
  std::atomic<size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  BuildTimes* const times = BuildTimes::current();
  auto work = [&](size_t worker) {
    const WorkScope scope(times);
    try {
      for (size_t i; (i = next.fetch_add(1)) < n;) fn(i, worker);
    } catch (...) {
      std::lock_guard lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next = n;
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

/// parallel_for_worker without the worker number.
template <typename Fn>
void parallel_for(size_t n, int jobs, Fn&& fn) {
  parallel_for_worker(n, jobs, [&](size_t i, size_t) { fn(i); });
}

/// Worker count for `--jobs 0`: one per core.
inline int default_jobs() {
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

}  // namespace overblik
