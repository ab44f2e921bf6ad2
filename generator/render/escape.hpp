#pragma once
#include <string>
#include <string_view>

namespace overblik {

/// Escapes text for HTML and XML content and attribute values (& < > " '),
/// and drops what neither may contain: C0 control characters other than tab,
/// newline and carriage return, DEL, and the non-characters U+FFFE and U+FFFF.
std::string escape_html(std::string_view text);

/// `text` as a quoted CSS string, e.g. for a custom property the print
/// stylesheet shows in a page margin: quotes, backslashes and control
/// characters become CSS escapes, so the text cannot end the string.
std::string css_string(std::string_view text);

}  // namespace overblik
