#pragma once
#include <functional>
#include <kainjow/mustache.hpp>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "render/labels.hpp"
#include "support/file_system.hpp"

namespace overblik {

namespace mus = kainjow::mustache;

/// The theme's files: the built-in ones, each replaced by its twin in an
/// override folder when there is one.
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

/// Finds the item a list item stands for (see kItemKey in view_context.hpp):
/// returns it, or builds it into `owned` and returns that. `spec` is the
/// stub's value.
using ItemResolver =
    std::function<const mus::data*(const std::string& spec, std::unique_ptr<mus::data>& owned)>;

/// Parsed templates for one thread (kainjow templates keep state while rendering).
class TemplateEngine {
 public:
  explicit TemplateEngine(const TemplateSet& set);

  /// Renders pages/KIND.html with `page` over `frame` over `shared`, then
  /// wraps it in layouts/base.html. `page` is released as soon as it has been
  /// rendered: the view model of a long page (the print version) is large.
  std::string render_page(const std::string& kind, const mus::data& shared, const mus::data& frame,
                          mus::data&& page, const ItemResolver* items = nullptr);

 private:
  mus::data partials_;
  std::map<std::string, std::unique_ptr<mus::mustache>> pages_;
  std::unique_ptr<mus::mustache> base_;
};

/// The partials of a template set (partials/NAME.html → NAME), as Mustache data.
mus::data partials_of(const TemplateSet& set);

}  // namespace overblik
