#pragma once
// The themes of a content folder as import and `new` need them: read from
// themes.yaml's text, matched by the names a spreadsheet uses, and new ones
// appended to the file as text, so that its entries and comments stay as the
// author wrote them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace overblik::scaffold {

struct ThemeInfo {
  std::string id, title, short_label, number, parent;
};

struct ThemeList {
  std::vector<ThemeInfo> themes;  ///< in file order

  const ThemeInfo* find(std::string_view id) const;
  /// IDs of the themes whose parent is `id` (a group has some).
  std::vector<std::string> children(std::string_view id) const;
  /// The themes without children, in file order.
  std::vector<ThemeInfo> leaves() const;
};

/// Reads themes.yaml (bytes as on disk; `path` for messages). nullopt with a
/// `FILE:LINE:COLUMN: message` in `error` when it is not a readable list.
std::optional<ThemeList> read_theme_list(std::string bytes, const std::string& path,
                                         std::string* error);

/// Turns the theme names of a spreadsheet cell into theme IDs: an existing
/// theme by its id, title, short label or number (case-insensitively; "Tema 2"
/// is number 2), or else a new theme whose ID is derived from the name.
class ThemeResolver {
 public:
  explicit ThemeResolver(ThemeList existing) : list_(std::move(existing)) {}

  /// The IDs a cell names, in order, without repeats. Names that cannot be
  /// used (a group, a number no theme has, no letters) are left out, each with
  /// a message in `problems`.
  std::vector<std::string> resolve(std::string_view cell, std::vector<std::string>& problems);

  /// Themes created by resolve(), in order of first use.
  const std::vector<ThemeInfo>& added() const { return added_; }

 private:
  ThemeList list_;
  std::vector<ThemeInfo> added_;

  const ThemeInfo* match(std::string_view name) const;
  std::optional<std::string> resolve_one(std::string_view name, std::vector<std::string>& problems);
};

/// The text to write for new themes: the whole file when themes.yaml does not
/// exist (`existing` nullopt), else what to append to `existing` (its bytes):
/// a line break if it lacks one, a comment naming `source`, then one entry per
/// theme, indented like the file's own entries and with its line endings.
/// Throws std::runtime_error when the file's list is not a block list.
std::string themes_text(const std::vector<ThemeInfo>& added,
                        const std::optional<std::string>& existing, std::string_view source);

}  // namespace overblik::scaffold
