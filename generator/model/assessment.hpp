#pragma once
#include "model/plan.hpp"

namespace overblik {

/// The newest non-null value of a series, if any.
std::optional<DataPoint> latest_value(const Series& s);

/// Whether `value` reaches the target for the direction (range bounds inclusive).
bool target_met(double value, const Target& target, Direction direction);

/// Whether `value` is strictly better than `than` for the direction
/// (never, for Direction::none).
bool is_better(double value, double than, Direction direction);

/// The content format's assessment of one series, from its target, baseline
/// and newest value. Ignores any override; see Series::assessment_given.
Assessment assess(const Series& s, Direction direction);

}  // namespace overblik
