#pragma once
#include <vector>

namespace overblik {

/// Round tick values covering [lo, hi]: steps of 1, 2, 2.5 or 5 × 10^k giving
/// about `target` ticks, the first ≤ lo and the last ≥ hi. Zero is included
/// when all data lie on one side of it and it is within reach (the gap to zero
/// is no larger than the data's own span, i.e. lo ≤ hi/2 for positive data),
/// so that small changes far from zero are not flattened but amounts near zero
/// are not cut off. lo == hi is widened towards zero (0..0 becomes 0..1).
/// `min_step` (> 0) forbids steps finer than the data's precision, and steps
/// that are not a multiple of it (no 2.5 steps for whole numbers).
std::vector<double> nice_ticks(double lo, double hi, int target = 5, double min_step = 0);

/// Decimals needed to write every tick exactly (0 for 0, 200, 400; 1 for 3.2, 3.4).
int tick_decimals(const std::vector<double>& ticks);

/// A linear map from a data interval onto a drawing interval.
struct LinearScale {
  double d0 = 0, d1 = 1;  ///< data
  double r0 = 0, r1 = 1;  ///< drawing
  double operator()(double v) const {
    return d1 == d0 ? (r0 + r1) / 2 : r0 + (v - d0) / (d1 - d0) * (r1 - r0);
  }
};

}  // namespace overblik
