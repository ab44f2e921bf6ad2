#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "load/yaml_tree.hpp"
#include "model/period.hpp"
#include "model/plan.hpp"
#include "support/diagnostic.hpp"

namespace overblik {

/// Where values are read from: the file (for diagnostics) and where its text is.
struct Ctx {
  std::string path;
  Diagnostics* diags;
  const std::string* text = nullptr;  ///< the file's text, for Markdown positions

  void error(Mark m, std::string msg, std::string hint = {}) const {
    diags->error(path, m, std::move(msg), std::move(hint));
  }
  void warning(Mark m, std::string msg, std::string hint = {}) const {
    diags->warning(path, m, std::move(msg), std::move(hint));
  }
};

/// Typed reading of one YAML scalar. Each reports a problem at the node and
/// returns nullopt; `what` names the value in messages ("'start'").
std::optional<std::string> read_string(const Ctx& c, const YamlNode& n, const std::string& what);
std::optional<bool> read_bool(const Ctx& c, const YamlNode& n, const std::string& what);
std::optional<long long> read_int(const Ctx& c, const YamlNode& n, const std::string& what,
                                  long long min, long long max);
std::optional<Number> read_number(const Ctx& c, const YamlNode& n, const std::string& what);
std::optional<Period> read_period(const Ctx& c, const YamlNode& n, const std::string& what);
std::optional<Date> read_date(const Ctx& c, const YamlNode& n, const std::string& what);
std::optional<DisplayNumber> read_display_number(const Ctx& c, const YamlNode& n,
                                                 const std::string& what);
std::optional<std::string> read_id(const Ctx& c, const YamlNode& n, const std::string& what);
std::optional<std::string> read_choice(const Ctx& c, const YamlNode& n, const std::string& what,
                                       const std::vector<std::string>& choices);
/// A list of strings; with `allow_single`, a lone string is a list of one.
std::vector<std::string> read_string_list(const Ctx& c, const YamlNode& n, const std::string& what,
                                          bool allow_single = false);
MarkdownText read_markdown(const Ctx& c, const YamlNode& n, const std::string& what);

/// Parses a decimal number as the content format defines it ("-12", "3.8").
std::optional<Number> parse_number(std::string_view text);

/// Why `text` is not a number, and what to write instead ("1.494,5" → "write 1494.5: …").
struct NumberProblem {
  std::string message;  ///< "is not a number", "has too many digits"
  std::string hint;
};
NumberProblem explain_number(std::string_view text);

/// Two periods written as one range ("2021–2024", "2021 - 2024", "2021/2024"), split; nullopt
/// otherwise.
std::optional<std::pair<std::string, std::string>> split_range(std::string_view text);
/// The hint for a range written where one period is wanted ("write start: 2021 and end: 2024"),
/// or empty when `text` is not a range. `what` names the key ("'start'").
std::string range_hint(std::string_view text, const std::string& what);

/// What to write instead of `text`, which is not a period ("a quarter is Q1, Q2, Q3 or Q4").
std::string period_hint(std::string_view text);

/// A YAML mapping read as a record: unknown keys are reported with a
/// did-you-mean hint, and required keys that are missing at the mapping.
class Fields {
 public:
  /// `shape` is the hint when the node is not a mapping.
  Fields(const Ctx& c, const YamlNode& map, std::vector<std::string> known, std::string what,
         std::string shape = "write one 'key: value' per line");

  bool ok() const { return ok_; }  ///< the node is a mapping
  const YamlNode* get(std::string_view key) const;
  /// Reports "missing key" at the mapping when absent; returns the node otherwise.
  const YamlNode* require(std::string_view key) const;
  const YamlNode& node() const { return map_; }
  /// Whether `key` is absent but offered as "did you mean" for an unknown key
  /// (already reported, so its absence need not be).
  bool misspelt(std::string_view key) const;

 private:
  const Ctx& c_;
  const YamlNode& map_;
  std::string what_;
  bool ok_ = false;
  std::vector<std::string> suggested_;  ///< keys offered as "did you mean" for an unknown key
};

}  // namespace overblik
