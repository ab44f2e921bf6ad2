#include "render/template_set.hpp"

#include <fmt/format.h>

#include <kainjow/mustache.hpp>
#include <stdexcept>

#include "render/embedded_templates.hpp"
#include "support/text.hpp"

namespace overblik {

namespace {

void read_tree(const FileSystem& fs, const std::string& root, const std::string& rel,
               std::map<std::string, std::string>& files) {
  const std::string dir = rel.empty() ? root : join_path(root, rel);
  for (const DirEntry& e : fs.list(dir, root)) {
    if (e.name.empty() || e.name[0] == '.') continue;
    std::string child = rel.empty() ? e.name : rel + "/" + e.name;
    if (e.kind == FileKind::directory) {
      read_tree(fs, root, child, files);
    } else if (e.kind == FileKind::file) {
      std::string why;
      auto bytes = fs.read(join_path(root, child), &why);
      if (!bytes) throw std::runtime_error(fmt::format("{}: {}", join_path(root, child), why));
      files[child] = std::move(*bytes);
    }
  }
}

}  // namespace

TemplateSet TemplateSet::builtin() {
  TemplateSet set;
  for (const EmbeddedFile& f : embedded_templates())
    set.files_[std::string(f.path)] = std::string(f.bytes);
  set.finish();
  return set;
}

TemplateSet TemplateSet::load(const FileSystem& fs, const std::string& override_dir) {
  TemplateSet set;
  for (const EmbeddedFile& f : embedded_templates())
    set.files_[std::string(f.path)] = std::string(f.bytes);
  if (!override_dir.empty()) {
    if (fs.kind(override_dir) != FileKind::directory)
      throw std::runtime_error(
          fmt::format("{}: the templates folder does not exist", override_dir));
    read_tree(fs, override_dir, "", set.files_);
  }
  set.finish();
  return set;
}

void TemplateSet::finish() {
  for (auto& [path, text] : files_) {
    if (starts_with(path, "i18n/") && ends_with(path, ".yaml")) {
      std::string lang = path.substr(5, path.size() - 10);
      labels_[lang] = parse_labels(text, "templates/" + path);
    }
    if (ends_with(path, ".html")) {
      kainjow::mustache::mustache m(text);
      if (!m.is_valid())
        throw std::runtime_error(fmt::format("templates/{}: {}", path, m.error_message()));
    }
  }
  for (const char* required : {"layouts/base.html", "i18n/da.yaml", "i18n/en.yaml"})
    if (!files_.count(required))
      throw std::runtime_error(fmt::format("the theme has no {}", required));
}

const std::string* TemplateSet::file(const std::string& path) const {
  auto it = files_.find(path);
  return it == files_.end() ? nullptr : &it->second;
}

std::vector<std::string> TemplateSet::assets() const {
  std::vector<std::string> out;
  for (auto& [path, text] : files_)
    if (starts_with(path, "assets/")) out.push_back(path);
  return out;
}

const Labels& TemplateSet::labels(const std::string& language) const {
  auto it = labels_.find(language);
  if (it == labels_.end()) it = labels_.find("da");
  return it->second;
}

}  // namespace overblik
