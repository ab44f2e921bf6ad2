#include "support/diagnostic.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "support/text.hpp"

namespace overblik {

void Diagnostics::error(std::string path, Mark mark, std::string message, std::string hint) {
  items_.push_back({.path = std::move(path),
                    .mark = mark,
                    .severity = Severity::error,
                    .message = std::move(message),
                    .hint = std::move(hint)});
}

void Diagnostics::warning(std::string path, Mark mark, std::string message, std::string hint) {
  items_.push_back({.path = std::move(path),
                    .mark = mark,
                    .severity = Severity::warning,
                    .message = std::move(message),
                    .hint = std::move(hint)});
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

int Diagnostics::error_count() const {
  int n = 0;
  for (const Diagnostic& d : items_) n += (d.severity == Severity::error ? 1 : 0) + d.hidden_errors;
  return n;
}

int Diagnostics::warning_count() const {
  int n = 0;
  for (const Diagnostic& d : items_)
    n += (d.severity == Severity::warning ? 1 : 0) + d.hidden_warnings;
  return n;
}

namespace {

/// "3 more errors and 1 more warning in this file are not shown".
std::string left_out_message(int errors, int warnings) {
  auto more = [](int n, const char* word) {
    return fmt::format("{} more {}{}", n, word, n == 1 ? "" : "s");
  };
  std::string what = warnings == 0 ? more(errors, "error")
                     : errors == 0 ? more(warnings, "warning")
                                   : more(errors, "error") + " and " + more(warnings, "warning");
  return what + " in this file " + (errors + warnings == 1 ? "is" : "are") + " not shown";
}

}  // namespace

void Diagnostics::limit_per_file(size_t max) {
  std::vector<Diagnostic> kept;
  for (size_t i = 0; i < items_.size();) {
    size_t end = i;
    while (end < items_.size() && items_[end].path == items_[i].path) ++end;
    for (size_t k = i; k < std::min(end, i + max); ++k) kept.push_back(std::move(items_[k]));
    if (end - i > max) {
      int errors = 0, warnings = 0;
      for (size_t k = i + max; k < end; ++k)
        ++(items_[k].severity == Severity::error ? errors : warnings);
      // In place of the rest: one diagnostic at the first left out, an error when any of them is
      // one.
      Diagnostic more = std::move(items_[i + max]);
      more.severity = errors > 0 ? Severity::error : Severity::warning;
      more.message = left_out_message(errors, warnings);
      more.hint = fmt::format(
          "only the first {} problems of a file are shown; fix them and run again", max);
      (errors > 0 ? errors : warnings) -= 1;  // the one in their place is counted as itself
      more.hidden_errors = errors;
      more.hidden_warnings = warnings;
      kept.push_back(std::move(more));
    }
    i = end;
  }
  items_ = std::move(kept);
}

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.path != b.path) return a.path < b.path;
    if (a.mark.line != b.mark.line) return a.mark.line < b.mark.line;
    return a.mark.column < b.mark.column;
  });
}

namespace {

std::string_view line_of(const std::string& text, int line) {
  size_t pos = 0;
  for (int i = 1; i < line; ++i) {
    pos = text.find('\n', pos);
    if (pos == std::string::npos) return {};
    ++pos;
  }
  size_t end = text.find('\n', pos);
  std::string_view view(text);
  view = view.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
  if (!view.empty() && view.back() == '\r') view.remove_suffix(1);
  return view;
}

/// What of a source line is shown, and how far in the caret goes.
struct Window {
  std::string text;
  size_t caret = 0;  ///< spaces before the caret
};

/// The line as shown under a diagnostic: tabs as single spaces (they would
/// misplace the caret), control characters as U+FFFD, and a line longer than
/// kSourceWindow code points cut to that many around the column, with "…"
/// where it goes on (a minified line of a megabyte, printed once per
/// diagnostic, would flood the terminal and the preview's error page).
Window window(std::string_view line, int column) {
  const auto size = static_cast<size_t>(kSourceWindow);
  const size_t length = codepoint_count(line);
  const auto col = static_cast<size_t>(std::max(0, column - 1));
  const size_t at = std::min(col, length);
  size_t first = 0;
  if (length > size) first = std::min(at > size / 2 ? at - size / 2 : 0, length - size);
  std::string shown(first > 0 ? "…" : "");
  shown += codepoint_slice(line, first, size);
  if (first + size < length) shown += "…";
  std::replace(shown.begin(), shown.end(), '\t', ' ');
  return {printable(shown), col - first + (first > 0 ? 1 : 0)};
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d, const SourceTexts& sources, bool color) {
  const bool is_error = d.severity == Severity::error;
  // Paths and messages carry file names and values from the content: a
  // newline or ESC in them must not forge a line or reach the terminal.
  const std::string path = printable(d.path), message = printable(d.message);
  std::string out;
  if (color) {
    out = fmt::format("\033[1m{}:{}:{}:\033[0m {}{}:\033[0m \033[1m{}\033[0m\n", path, d.mark.line,
                      d.mark.column, is_error ? "\033[1;31m" : "\033[1;35m",
                      is_error ? "error" : "warning", message);
  } else {
    out = fmt::format("{}:{}:{}: {}: {}\n", path, d.mark.line, d.mark.column,
                      is_error ? "error" : "warning", message);
  }
  auto it = sources.find(d.path);
  if (it != sources.end() && d.mark.line > 0) {
    const std::string_view line = line_of(it->second, d.mark.line);
    if (!line.empty()) {
      const Window w = window(line, d.mark.column);
      out += fmt::format("  {} | {}\n", d.mark.line, w.text);
      const int width = static_cast<int>(fmt::formatted_size("{}", d.mark.line));
      out += fmt::format("  {} | {}^\n", std::string(static_cast<size_t>(width), ' '),
                         std::string(w.caret, ' '));
    }
  }
  if (!d.hint.empty()) out += fmt::format("  hint: {}\n", printable(d.hint));
  return out;
}

std::string format_summary(int errors, int warnings) {
  if (errors == 0 && warnings == 0) return "no problems";
  auto plural = [](int n, const char* word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
  };
  if (errors == 0) return plural(warnings, "warning");
  if (warnings == 0) return plural(errors, "error");
  return plural(errors, "error") + ", " + plural(warnings, "warning");
}

}  // namespace overblik
