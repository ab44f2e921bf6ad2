#pragma once
#include <functional>
#include <kainjow/mustache.hpp>
#include <map>
#include <memory>
#include <string>

#include "render/template_set.hpp"

// The template engine, inside render/ only: no header outside render/ includes
// this one, so kainjow stays out of the stages above (tests/layers checks it).

namespace overblik {

namespace mus = kainjow::mustache;

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
