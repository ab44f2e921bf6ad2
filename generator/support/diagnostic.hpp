#pragma once
#include <map>
#include <string>
#include <vector>

namespace overblik {

enum class Severity { warning, error };

/// A position in a source file, 1-based. Line 0 means "no position".
struct Mark {
  int line = 1;
  int column = 1;

  friend bool operator==(const Mark&, const Mark&) = default;
};

/// One problem found in the content, reported as `path:line:column: severity: message`.
struct Diagnostic {
  std::string path;
  Mark mark;
  Severity severity = Severity::error;
  std::string message;
  std::string hint;  ///< "did you mean 'x'?", empty when there is nothing to suggest
  /// For the one diagnostic that limit_per_file() puts in place of the rest
  /// of a file's: how many errors and warnings it stands for beyond itself.
  /// Kept with it (also in the manifest), so that counts stay exact when
  /// the diagnostics are told again.
  int hidden_errors = 0;
  int hidden_warnings = 0;

  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

/// Collects diagnostics; never throws. Stages append to it and keep going.
class Diagnostics {
 public:
  void error(std::string path, Mark mark, std::string message, std::string hint = {});
  void warning(std::string path, Mark mark, std::string message, std::string hint = {});
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  void append(const Diagnostics& other);

  const std::vector<Diagnostic>& items() const { return items_; }
  /// Errors and warnings found, with those that limit_per_file() left out.
  int error_count() const;
  int warning_count() const;
  bool has_errors() const { return error_count() > 0; }

  /// Sorts by path, then position, keeping the order of equal positions (stable).
  void sort();

  /// Keeps the first `max` diagnostics of each file (call after sort()) and
  /// puts one diagnostic in place of the rest that says how many there are:
  /// a line of a thousand bad links is fixed the same way as its first few,
  /// and printing them all would take megabytes. The counts stay exact.
  void limit_per_file(size_t max = kMaxPerFile);

  /// How many diagnostics of one file are shown.
  static constexpr size_t kMaxPerFile = 50;

 private:
  std::vector<Diagnostic> items_;
};

/// The text of every source file read, by diagnostic path, so that a printer
/// can show the offending line.
using SourceTexts = std::map<std::string, std::string>;

/// How much of a long source line a diagnostic shows: about this many code
/// points around the column, with "…" where the line goes on.
constexpr int kSourceWindow = 200;

/// `path:line:col: error: message`, the source line with a caret, and the
/// hint. A line longer than kSourceWindow is shown as a window around the column.
std::string format_diagnostic(const Diagnostic& d, const SourceTexts& sources, bool color = false);

/// "2 errors, 1 warning" (or "no problems").
std::string format_summary(int errors, int warnings);

}  // namespace overblik
