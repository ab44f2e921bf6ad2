#include <fmt/format.h>

#include "load/front_matter.hpp"
#include "model/fields.hpp"
#include "model/markdown_check.hpp"
#include "model/readers.hpp"
#include "model/schema.hpp"
#include "support/text.hpp"

namespace overblik {

std::string id_of(const SourceFile& file) {
  std::string name = file.rel.substr(file.rel.rfind('/') + 1);
  return name.substr(0, name.rfind('.'));
}

bool check_file_id(const SourceFile& file, const std::string& id, Diagnostics& diags) {
  if (is_valid_id(id)) return true;
  std::string s = suggest_id(id);
  std::string ext = file.rel.substr(file.rel.rfind('.'));
  if (id_too_long(id)) {
    diags.error(
        file.path, {1, 1},
        fmt::format("the file name '{}' is longer than {} characters", id + ext, kMaxIdLength),
        "shorten it (the extension not counted); file names become addresses");
    return false;
  }
  diags.error(
      file.path, {1, 1}, fmt::format("the file name '{}' is not a valid ID", id + ext),
      s.empty()
          ? "file names use a-z, 0-9 and single dashes, at most 80 characters"
          : fmt::format(
                "file names become addresses, so they use a-z, 0-9 and dashes: rename it to '{}{}'",
                s, ext));
  return false;
}

std::optional<Page> read_page(const SourceFile& file, const Known& known, Diagnostics& diags) {
  Ctx c{file.path, &diags, &file.text};
  FrontMatter fm;
  if (!split_front_matter(file.text, file.path, fm, diags)) return std::nullopt;
  YamlNode meta;
  if (!parse_yaml(fm.yaml, file.path, fm.yaml_line, meta, diags)) return std::nullopt;
  // An empty document: an empty map at its start, so that required fields are reported.
  if (meta.is_null()) meta = YamlNode::empty_map({1, 1});
  Fields f(c, meta, keys_of(page_fields()), "the page's front matter");
  if (!f.ok()) return std::nullopt;
  Page p;
  p.slug = id_of(file);
  p.path = file.path;
  if (const YamlNode* n = f.require("title"))
    if (auto s = read_string(c, *n, "'title'")) p.title = *s;
  if (const YamlNode* n = f.get("menu"))
    if (auto v = read_int(c, *n, "'menu'", -1000000, 1000000)) p.menu = static_cast<int>(*v);
  if (const YamlNode* n = f.get("summary"))
    if (auto s = read_string(c, *n, "'summary'")) p.summary = *s;
  if (const YamlNode* n = f.get("print"))
    if (auto s = read_choice(c, *n, "'print'", {"front", "back", "none"}))
      p.print = *s == "front"  ? PrintPlace::front
                : *s == "none" ? PrintPlace::none
                               : PrintPlace::back;
  if (const YamlNode* n = f.get("extra")) p.extra = *n;
  p.body.text = std::string(fm.body);
  p.body.path = file.path;
  p.body.first_line = fm.body_line;
  check_markdown(p.body, known, diags);
  return p;
}

}  // namespace overblik
