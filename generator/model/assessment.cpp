#include "model/assessment.hpp"

namespace overblik {

std::optional<DataPoint> latest_value(const Series& s) {
  for (auto it = s.points.rbegin(); it != s.points.rend(); ++it)
    if (it->value) return *it;
  return std::nullopt;
}

bool target_met(double value, const Target& t, Direction d) {
  switch (d) {
    case Direction::decrease:
      return value <= t.high.value;
    case Direction::increase:
      return value >= t.low.value;
    case Direction::none:
      return value >= t.low.value && value <= t.high.value;
  }
  return false;
}

bool is_better(double value, double than, Direction d) {
  switch (d) {
    case Direction::decrease:
      return value < than;
    case Direction::increase:
      return value > than;
    case Direction::none:
      return false;
  }
  return false;
}

Assessment assess(const Series& s, Direction d) {
  if (!s.target) return Assessment::no_target;
  auto latest = latest_value(s);
  if (!latest) return Assessment::no_data;
  const double v = latest->value->value;
  if (target_met(v, *s.target, d)) return Assessment::met;
  // With direction none "better" is undefined, so a baseline tells nothing.
  if (s.baseline && d != Direction::none)
    return is_better(v, s.baseline->value.value, d) ? Assessment::progress
                                                    : Assessment::no_progress;
  return latest->period < s.target->period ? Assessment::pending : Assessment::not_met;
}

}  // namespace overblik
