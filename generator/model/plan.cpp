#include "model/plan.hpp"

#include <algorithm>

#include "model/known.hpp"

namespace overblik {

namespace {
const char* const kStatus[] = {"proposed",  "approved", "started", "completed",
                               "postponed", "stopped",  "none"};
const char* const kAssessment[] = {"met",     "progress", "no-progress", "pending",
                                   "not-met", "no-data",  "no-target"};
}  // namespace

// "none" is not a status an initiative can be given: only a plan's default_status.
const std::vector<std::string> kStatusKeys(std::begin(kStatus), std::end(kStatus) - 1);
const std::vector<std::string> kAssessmentKeys(std::begin(kAssessment), std::end(kAssessment));

const char* status_key(Status s) {
  return kStatus[static_cast<int>(s)];
}
const char* assessment_key(Assessment a) {
  return kAssessment[static_cast<int>(a)];
}
const char* cost_key(Cost c) {
  static const char* const k[] = {"small", "medium", "large"};
  return k[static_cast<int>(c)];
}
const char* direction_key(Direction d) {
  static const char* const k[] = {"none", "decrease", "increase"};
  return k[static_cast<int>(d)];
}

std::optional<Status> parse_status(std::string_view s) {
  for (int i = 0; i < 6; ++i)
    if (s == kStatus[i]) return static_cast<Status>(i);
  return std::nullopt;
}

std::optional<Assessment> parse_assessment(std::string_view s) {
  for (int i = 0; i < 7; ++i)
    if (s == kAssessment[i]) return static_cast<Assessment>(i);
  return std::nullopt;
}

namespace {
template <typename T, typename Key>
const T* find_in(const std::vector<T>& items, std::string_view id, Key key) {
  // Collections are small enough, and lookups rare enough outside hot loops,
  // that a scan keeps Plan a plain value without an index to keep in sync.
  auto it = std::find_if(items.begin(), items.end(), [&](const T& t) { return t.*key == id; });
  return it == items.end() ? nullptr : &*it;
}
}  // namespace

const Theme* Plan::theme(std::string_view id) const {
  return find_in(themes, id, &Theme::id);
}
const Initiative* Plan::initiative(std::string_view id) const {
  return find_in(initiatives, id, &Initiative::id);
}
const Indicator* Plan::indicator(std::string_view id) const {
  return find_in(indicators, id, &Indicator::id);
}
const Page* Plan::page(std::string_view slug) const {
  return find_in(pages, slug, &Page::slug);
}

std::vector<const Theme*> Plan::leaf_themes() const {
  std::vector<const Theme*> out;
  for (const Theme& t : themes)
    if (!t.is_group()) out.push_back(&t);
  return out;
}

std::vector<std::string> Known::theme_ids() const {
  std::vector<std::string> out;
  for (auto& [id, children] : themes) out.push_back(id);
  return out;
}

std::vector<std::string> Known::leaf_theme_ids() const {
  std::vector<std::string> out;
  for (auto& [id, children] : themes)
    if (children.empty()) out.push_back(id);
  return out;
}

}  // namespace overblik
