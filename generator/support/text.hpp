#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace overblik {

/// Offset of the first byte that is not valid UTF-8, or nullopt when all is valid.
std::optional<size_t> find_invalid_utf8(std::string_view text);

/// 1-based line and column (in code points) of a byte offset.
struct LineColumn {
  int line;
  int column;
};
LineColumn line_column_at(std::string_view text, size_t offset);

/// Column in code points of a 1-based byte column within a line.
int codepoint_column(std::string_view line, int byte_column);

/// Code-point columns of many byte offsets of one text. Each call counts on
/// from the previous one when it asks for the same line, at or after it, so
/// that the positions of many nodes on one long line cost the line's length
/// once and not once per node (which line_column_at would).
class ColumnCounter {
 public:
  /// The 1-based code-point column of byte `offset` of `text`, on the line
  /// that starts at byte `line_start`.
  int at(std::string_view text, size_t line_start, size_t offset);

 private:
  size_t line_start_ = static_cast<size_t>(-1);
  size_t pos_ = 0;
  int column_ = 1;
};

/// The number of code points in a text.
size_t codepoint_count(std::string_view text);

/// At most `count` code points of `text`, from the code point `first` on.
std::string_view codepoint_slice(std::string_view text, size_t first, size_t count);

/// The text with control characters shown as U+FFFD, for terminal output.
std::string printable(std::string_view text);

/// True when a file name is valid UTF-8 without control or format
/// characters (newline, ESC, a right-to-left override): such a name could
/// forge a line of output or the manifest, or hide what the file is.
bool is_printable_name(std::string_view name);

/// The name with what is_printable_name refuses written as escapes
/// (`\n`, `\x1b`, `\u{202e}`, `\xff` for a byte that is not UTF-8), and `\` as `\\`.
std::string escaped_name(std::string_view name);

/// True for `[a-z0-9]+(-[a-z0-9]+)*` of at most 80 characters: the content format's ID rule.
bool is_valid_id(std::string_view id);

/// The longest an ID may be.
constexpr size_t kMaxIdLength = 80;

/// True when `id` breaks the ID rule by its length alone.
bool id_too_long(std::string_view id);

/// A valid ID derived from arbitrary text: lower case, æ→ae, ø→oe, å→aa, other
/// accented letters to their base letter, anything else to single dashes.
/// Empty when nothing usable remains.
std::string suggest_id(std::string_view text);

/// Levenshtein distance over code points.
int edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word`, when it is close enough to be a plausible typo.
std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates);

/// "did you mean 'x'?" or empty.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

/// Danish alphabetical order, case-insensitive: space and punctuation, digits,
/// a–z (accented letters as their base letter), æ, ø, å. Returns <0, 0, >0.
int danish_compare(std::string_view a, std::string_view b);

/// Natural order of display numbers: digit runs by value, text runs in Danish
/// order, a digit run before a text run; on a tie fewer leading zeros first.
int natural_compare(std::string_view a, std::string_view b);

/// Lower-cases text the way Danish search needs (æ, ø, å kept as letters).
std::string fold_case(std::string_view text);

/// Splits text at a separator, keeping empty parts.
std::vector<std::string> split(std::string_view text, char sep);

std::string_view trim(std::string_view text);
bool starts_with(std::string_view text, std::string_view prefix);
bool ends_with(std::string_view text, std::string_view suffix);

/// Joins path parts with single slashes ("content" + "plan.yaml" → "content/plan.yaml").
std::string join_path(std::string_view dir, std::string_view rel);

}  // namespace overblik
