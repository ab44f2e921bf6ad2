#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "model/period.hpp"
#include "model/plan.hpp"

namespace overblik {

/// The interface words of one language (templates/i18n/LANG.yaml).
class Labels {
 public:
  Labels() = default;
  explicit Labels(std::map<std::string, std::string> entries) : entries_(std::move(entries)) {}

  /// The label; a missing key is a defect in the theme and shows as "[key]".
  /// Returned by value: the "[key]" of a miss is made for this call, so no caller holds a
  /// reference that a later miss (or another thread) could overwrite.
  std::string get(const std::string& key) const;
  /// The label with `{name}` placeholders filled in.
  std::string fill(const std::string& key,
                   const std::vector<std::pair<std::string, std::string>>& values) const;
  const std::map<std::string, std::string>& entries() const { return entries_; }

  std::string status(Status s) const;
  std::string cost(Cost c) const;
  std::string assessment(Assessment a) const;

  /// "30. juni 2024" / "30 June 2024".
  std::string date(const Date& d) const;
  /// "2. halvår 2024", "3. kvartal 2024", "maj 2024", "2024", or a date.
  std::string period(const Period& p) const;
  /// A number with the language's separators: 1.494 and 3,8 in Danish.
  std::string number(double value, int decimals) const;
  /// An exact number as written in content, with the language's separators.
  std::string number(const Number& n) const;

 private:
  std::map<std::string, std::string> entries_;
};

/// Parses a flat YAML map of labels. Throws std::runtime_error on a broken file
/// (a theme defect, reported as an I/O error by the CLI).
Labels parse_labels(const std::string& yaml_text, const std::string& name);

}  // namespace overblik
