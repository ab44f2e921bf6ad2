#include "load/front_matter.hpp"

#include "support/text.hpp"

namespace overblik {

namespace {

bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "---";
}

}  // namespace

bool split_front_matter(std::string_view text, const std::string& path, FrontMatter& out,
                        Diagnostics& diags) {
  size_t eol = text.find('\n');
  std::string_view first = text.substr(0, eol);
  if (trim(text).empty()) {
    diags.error(path, {1, 1}, "the file is empty",
                "write a line '---', the YAML keys, another '---' line, and then the text");
    return false;
  }
  if (!is_fence(first)) {
    diags.error(path, {1, 1}, "the file does not start with front matter",
                "the first line must be '---', followed by the YAML keys and another '---' line");
    return false;
  }
  if (eol == std::string_view::npos) {
    diags.error(path, {1, 1}, "the front matter is never closed",
                "add a line '---' after the last key");
    return false;
  }
  size_t start = eol + 1, pos = start;
  int line = 2;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    std::string_view l =
        text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (is_fence(l)) {
      out.yaml = text.substr(start, pos - start);
      out.yaml_line = 2;
      out.body = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
      out.body_line = line + 1;
      return true;
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
    ++line;
  }
  diags.error(path, {1, 1}, "the front matter is never closed",
              "add a line '---' after the last key");
  return false;
}

}  // namespace overblik
