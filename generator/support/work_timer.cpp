#include "support/work_timer.hpp"

#include <sys/resource.h>

namespace overblik {

namespace {

thread_local BuildTimes* current_times = nullptr;

/// Processor time of the process so far, every thread, in ms.
double process_cpu_ms() {
  rusage r{};
  getrusage(RUSAGE_SELF, &r);
  auto ms = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
  };
  return ms(r.ru_utime) + ms(r.ru_stime);
}

}  // namespace

BuildTimes::BuildTimes()
    : last_(std::chrono::steady_clock::now()), cpu_start_ms_(process_cpu_ms()) {}

BuildTimes::BuildTimes(const BuildTimes& other) {
  *this = other;
}

BuildTimes& BuildTimes::operator=(const BuildTimes& other) {
  stages_ = other.stages_;
  last_ = other.last_;
  cpu_start_ms_ = other.cpu_start_ms_;
  cpu_ms_ = other.cpu_ms_;
  for (size_t i = 0; i < kKinds; ++i) {
    ns_[i] = other.ns_[i].load();
    items_[i] = other.items_[i].load();
  }
  return *this;
}

void BuildTimes::stage(std::string name, size_t count) {
  const auto now = std::chrono::steady_clock::now();
  const double ms = std::chrono::duration<double, std::milli>(now - last_).count();
  last_ = now;
  cpu_ms_ = process_cpu_ms() - cpu_start_ms_;
  stages_.push_back({std::move(name), ms, count});
}

double BuildTimes::total_ms() const {
  double total = 0;
  for (const StageTime& s : stages_) total += s.ms;
  return total;
}

void BuildTimes::add(Work w, int64_t ns) {
  ns_[static_cast<size_t>(w)] += ns;
  items_[static_cast<size_t>(w)] += 1;
}

double BuildTimes::ms(Work w) const {
  return static_cast<double>(ns_[static_cast<size_t>(w)].load()) / 1e6;
}

int64_t BuildTimes::count(Work w) const {
  return items_[static_cast<size_t>(w)].load();
}

BuildTimes* BuildTimes::current() {
  return current_times;
}

WorkScope::WorkScope(BuildTimes* times) : before_(current_times) {
  current_times = times;
}

WorkScope::~WorkScope() {
  current_times = before_;
}

}  // namespace overblik
