#pragma once
// Writing YAML by hand, as text: the scaffold writes files people will edit,
// with comments and in a fixed key order, so it never re-serialises a tree.
#include <string>
#include <string_view>
#include <vector>

namespace overblik::scaffold {

/// A scalar as YAML: plain when that reads back as the same text, otherwise
/// in double quotes with escapes. Words YAML 1.1 might read as another type
/// (`ja`, `no`, `null`, `1.5`, ...) are quoted too, for other tools' sake.
std::string yaml_scalar(std::string_view text);

/// Text to put in a YAML `#` comment: line breaks (also U+0085, U+2028,
/// U+2029) and other control characters become spaces, so that a title or a
/// file name cannot end the comment and add keys of its own.
std::string yaml_comment_text(std::string_view text);

/// A display number: plain for whole numbers (`7`), quoted otherwise (`"4.10"`).
std::string yaml_display_number(std::string_view text);

/// `key: value` with a line break, the value through yaml_scalar.
std::string yaml_line(std::string_view key, std::string_view value);

/// `[a, b]` for items that are plain-safe inside a flow list (IDs).
std::string yaml_flow_ids(const std::vector<std::string>& ids);

/// `key:` and one `  - item` line per item.
std::string yaml_block_list(std::string_view key, const std::vector<std::string>& items);

/// Replaces every `@NAME@` in `text` by its value: the templates' only syntax.
std::string fill_template(std::string_view text,
                          const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace overblik::scaffold
