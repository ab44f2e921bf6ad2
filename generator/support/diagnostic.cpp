#include "support/diagnostic.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "support/text.hpp"

namespace overblik {

void Diagnostics::error(std::string path, Mark mark, std::string message, std::string hint) {
  items_.push_back({std::move(path), mark, Severity::error, std::move(message), std::move(hint)});
}

void Diagnostics::warning(std::string path, Mark mark, std::string message, std::string hint) {
  items_.push_back({std::move(path), mark, Severity::warning, std::move(message), std::move(hint)});
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

int Diagnostics::error_count() const {
  return static_cast<int>(std::count_if(items_.begin(), items_.end(),
                                        [](auto& d) { return d.severity == Severity::error; }));
}

int Diagnostics::warning_count() const {
  return static_cast<int>(items_.size()) - error_count();
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
    std::string line(line_of(it->second, d.mark.line));
    if (!line.empty()) {
      // Tabs would misplace the caret; show them as single spaces.
      std::replace(line.begin(), line.end(), '\t', ' ');
      std::string shown = printable(line);
      out += fmt::format("  {} | {}\n", d.mark.line, shown);
      const int width = static_cast<int>(fmt::formatted_size("{}", d.mark.line));
      out += fmt::format("  {} | {}^\n", std::string(static_cast<size_t>(width), ' '),
                         std::string(static_cast<size_t>(std::max(0, d.mark.column - 1)), ' '));
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
