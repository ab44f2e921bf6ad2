#include "render/chart_scale.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>

namespace overblik {

namespace {

constexpr double kEps = 1e-9;

double pow10i(int k) {
  double p = 1;
  for (int i = 0; i < std::abs(k); ++i) p *= 10;
  return p;
}

/// A step m × 10^k, kept apart so that i × step is computed as (i × m) / 10^-k:
/// the division by an exact power of ten gives 0.6, not 0.6000000000000001.
struct Step {
  double mantissa;
  int exponent;
  double value() const { return at(1); }
  double at(long long i) const {
    const double a = static_cast<double>(i) * mantissa;
    return exponent >= 0 ? a * pow10i(exponent) : a / pow10i(-exponent);
  }
  long long first(double lo) const {
    return static_cast<long long>(std::floor(lo / value() + kEps));
  }
  long long last(double hi) const { return static_cast<long long>(std::ceil(hi / value() - kEps)); }
};

bool allowed(const Step& s, double min_step) {
  if (min_step <= 0) return true;
  const double ratio = s.value() / min_step;
  return ratio >= 1 - kEps && std::abs(ratio - std::round(ratio)) < 1e-6 * ratio;
}

/// The step whose tick count is closest to `target`; ties go to the tighter
/// cover of the data, then to fewer ticks.
Step best_step(double lo, double hi, int target, double min_step) {
  const int e = static_cast<int>(std::floor(std::log10((hi - lo) / std::max(target, 1))));
  std::vector<Step> candidates;
  for (int k = e - 1; k <= e + 1; ++k)
    for (double m : {1.0, 2.0, 2.5, 5.0}) candidates.push_back({m, k});
  if (min_step > 0) {
    const int k = static_cast<int>(std::floor(std::log10(min_step) + kEps));
    candidates.push_back({min_step / std::pow(10.0, k), k});
  }
  std::optional<Step> best;
  std::tuple<long long, double, long long> best_score{};
  for (const Step& s : candidates) {
    if (!allowed(s, min_step)) continue;
    const long long n = s.last(hi) - s.first(lo) + 1;
    const auto score =
        std::make_tuple(std::abs(n - target), s.at(s.last(hi)) - s.at(s.first(lo)), n);
    if (!best || score < best_score) best = s, best_score = score;
  }
  return best ? *best : Step{1, 0};
}

}  // namespace

std::vector<double> nice_ticks(double lo, double hi, int target, double min_step) {
  if (!std::isfinite(lo) || !std::isfinite(hi)) return {};
  if (lo > hi) std::swap(lo, hi);
  if (lo == hi) {
    if (lo > 0)
      lo = 0;
    else if (hi < 0)
      hi = 0;
    else
      hi = std::max(1.0, min_step);
  }
  if (lo > 0 && lo <= hi / 2) lo = 0;
  if (hi < 0 && hi >= lo / 2) hi = 0;
  const Step s = best_step(lo, hi, std::max(target, 2), min_step);
  std::vector<double> ticks;
  for (long long i = s.first(lo); i <= s.last(hi); ++i)
    ticks.push_back(s.at(i) == 0 ? 0.0 : s.at(i));
  return ticks;
}

int tick_decimals(const std::vector<double>& ticks) {
  int decimals = 0;
  for (double t : ticks) {
    std::string s = fmt::format("{:.6f}", t);
    s.erase(s.find_last_not_of('0') + 1);
    const size_t dot = s.find('.');
    decimals = std::max(decimals, static_cast<int>(s.size() - dot - 1));
  }
  return decimals;
}

}  // namespace overblik
