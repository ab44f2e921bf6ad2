#include "scaffold/themes_file.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <stdexcept>

#include "load/source_file.hpp"
#include "load/yaml_tree.hpp"
#include "model/readers.hpp"
#include "scaffold/import_values.hpp"
#include "scaffold/yaml_text.hpp"
#include "support/text.hpp"

namespace overblik::scaffold {

const ThemeInfo* ThemeList::find(std::string_view id) const {
  for (const auto& t : themes)
    if (t.id == id) return &t;
  return nullptr;
}

std::vector<std::string> ThemeList::children(std::string_view id) const {
  std::vector<std::string> out;
  for (const auto& t : themes)
    if (t.parent == id) out.push_back(t.id);
  return out;
}

std::vector<ThemeInfo> ThemeList::leaves() const {
  std::vector<ThemeInfo> out;
  for (const auto& t : themes)
    if (children(t.id).empty()) out.push_back(t);
  return out;
}

namespace {

std::string scalar(const YamlNode& entry, std::string_view key) {
  const YamlNode* v = entry.find(key);
  return v && v->is_scalar() ? std::string(trim(v->text)) : std::string();
}

std::string first_problem(const Diagnostics& diags) {
  for (const Diagnostic& d : diags.items())
    if (d.severity == Severity::error)
      return fmt::format("{}:{}:{}: {}", d.path, d.mark.line, d.mark.column, d.message);
  return {};
}

}  // namespace

std::optional<ThemeList> read_theme_list(std::string bytes, const std::string& path,
                                         std::string* error) {
  Diagnostics diags;
  SourceFile file{path, "themes.yaml", {}};
  YamlNode root;
  if (!decode_source(std::move(bytes), file, diags) ||
      !parse_yaml(file.text, path, 1, root, diags) || diags.has_errors()) {
    *error = first_problem(diags);
    return std::nullopt;
  }
  if (const YamlNode* inner = themes_list_in(root)) root = YamlNode(*inner);
  if (!root.is_null() && !root.is_sequence()) {
    *error = fmt::format("{}:{}:{}: themes.yaml is not a list of themes", path, root.mark.line,
                         root.mark.column);
    return std::nullopt;
  }
  ThemeList list;
  for (const YamlNode& item : root.items) {
    if (!item.is_map()) continue;
    list.themes.push_back({scalar(item, "id"), scalar(item, "title"), scalar(item, "short"),
                           scalar(item, "number"), scalar(item, "parent")});
  }
  return list;
}

const ThemeInfo* ThemeResolver::match(std::string_view name) const {
  const std::string key = fold_case(one_line(name));
  for (const auto* themes : {&list_.themes, &added_})
    for (const ThemeInfo& t : *themes)
      if (key == t.id || key == fold_case(t.title) ||
          (!t.short_label.empty() && key == fold_case(t.short_label)))
        return &t;
  std::string number = key;
  for (std::string_view prefix : {"tema ", "theme "})
    if (starts_with(number, prefix)) number = std::string(trim(number.substr(prefix.size())));
  const std::string derived = suggest_id(name);
  for (const ThemeInfo& t : list_.themes)
    if ((!t.number.empty() && number == fold_case(t.number)) || derived == t.id) return &t;
  for (const ThemeInfo& t : added_)
    if (derived == t.id) return &t;
  return nullptr;
}

std::optional<std::string> ThemeResolver::resolve_one(std::string_view name,
                                                      std::vector<std::string>& problems) {
  if (const ThemeInfo* t = match(name)) {
    auto kids = list_.children(t->id);
    if (kids.empty()) return t->id;
    problems.push_back(
        fmt::format("theme '{}' is a group ({}); name one of its themes instead. It is left out",
                    one_line(name), fmt::join(kids, ", ")));
    return std::nullopt;
  }
  std::string id = suggest_id(name);
  if (id.empty() || id.find_first_not_of("0123456789-") == std::string::npos) {
    problems.push_back(
        fmt::format("theme '{}' matches no theme in themes.yaml and is left out", one_line(name)));
    return std::nullopt;
  }
  added_.push_back({id, one_line(name), {}, {}, {}});
  return id;
}

std::vector<std::string> ThemeResolver::resolve(std::string_view cell,
                                                std::vector<std::string>& problems) {
  std::vector<std::string> names = split_list(cell, ",;/");
  if (match(cell) && names.size() > 1) names = {one_line(cell)};  // a title that holds a separator
  std::vector<std::string> ids;
  for (const std::string& name : names) {
    auto id = resolve_one(name, problems);
    if (id && std::find(ids.begin(), ids.end(), *id) == ids.end()) ids.push_back(*id);
  }
  return ids;
}

namespace {

/// Spaces before the first top-level "- " entry; throws for a flow list.
size_t entry_indent(std::string_view text) {
  for (const std::string& raw : split(text, '\n')) {
    std::string_view line = raw;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view body = trim(line);
    if (body.empty() || body.front() == '#' || body == "---") continue;
    if (body.front() == '-') return line.find('-');
    throw std::runtime_error(
        "themes.yaml is not written as a list of '- id: ...' entries, so new themes cannot be "
        "added to it; add them by hand");
  }
  return 0;
}

std::string entries(const std::vector<ThemeInfo>& added, size_t indent) {
  const std::string pad(indent, ' ');
  std::string out;
  for (const ThemeInfo& t : added)
    out += fmt::format("{}- id: {}\n{}  title: {}\n", pad, t.id, pad, yaml_scalar(t.title));
  return out;
}

}  // namespace

std::string themes_text(const std::vector<ThemeInfo>& added,
                        const std::optional<std::string>& existing, std::string_view source) {
  if (!existing) {
    return fmt::format(
        "# Planens temaer. Rækkefølgen her er rækkefølgen på sitet. Nøglerne er\n"
        "# forklaret i docs/content-format.md, afsnittet \"themes.yaml\".\n"
        "# Temaerne herunder er oprettet af overblik import fra {}.\n{}",
        yaml_comment_text(source), entries(added, 0));
  }
  std::string out = existing->empty() || existing->back() == '\n' ? "" : "\n";
  out += fmt::format("# Tilføjet af overblik import fra {}:\n{}", yaml_comment_text(source),
                     entries(added, entry_indent(*existing)));
  if (existing->find("\r\n") == std::string::npos) return out;
  std::string crlf;
  for (char c : out) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  return crlf;
}

}  // namespace overblik::scaffold
