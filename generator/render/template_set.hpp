#pragma once
#include <map>
#include <string>
#include <vector>

#include "render/labels.hpp"
#include "support/file_system.hpp"

namespace overblik {

/// The theme's files: the built-in ones, each replaced by its twin in an
/// override folder when there is one. This header is free of kainjow, so that
/// the stages above render (pipeline, serve, cli) can hold a theme without
/// seeing the template engine (render/template_engine.hpp).
class TemplateSet {
 public:
  /// Throws std::runtime_error when an override file cannot be read or a
  /// template or label file is broken.
  static TemplateSet load(const FileSystem& fs, const std::string& override_dir);
  /// The built-in theme only.
  static TemplateSet builtin();

  const std::string* file(const std::string& path) const;
  /// Theme files under assets/, copied to _overblik/ in the output.
  std::vector<std::string> assets() const;
  const Labels& labels(const std::string& language) const;
  const std::map<std::string, std::string>& files() const { return files_; }

 private:
  std::map<std::string, std::string> files_;
  std::map<std::string, Labels> labels_;
  void finish();
};

}  // namespace overblik
