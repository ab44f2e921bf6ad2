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

/// What a list item stands for when the template should see another item in its place: one
/// that exists already and is shared (an initiative card, made once per build), or one that
/// `make` builds when the template reaches it and that is freed when the template leaves it.
/// So a page that lists thousands of initiatives holds one of them at a time, and a card is
/// never copied into the lists that show it.
struct ItemStub {
  const mus::data* shared = nullptr;  ///< the item itself, owned elsewhere, outliving the page
  std::shared_ptr<const std::function<mus::data(size_t)>> make{};  ///< else: builds item `index`
  size_t index = 0;
};

/// A list item that the page's template context replaces by what `stub` stands for.
mus::data item_stub(ItemStub stub);
/// The stub `item` is, or nullptr for an ordinary item.
const ItemStub* as_item_stub(const mus::data& item);

/// Parsed templates for one thread (kainjow templates keep state while rendering).
class TemplateEngine {
 public:
  explicit TemplateEngine(const TemplateSet& set);

  /// Renders pages/KIND.html with `page` over `frame` over `shared`, then
  /// wraps it in layouts/base.html; list items that are stubs (item_stub) are
  /// rendered as what they stand for. `page` is released as soon as it has been
  /// rendered: the view model of a long page (the print version) is large.
  std::string render_page(const std::string& kind, const mus::data& shared, const mus::data& frame,
                          mus::data&& page);

 private:
  mus::data partials_;
  std::map<std::string, std::unique_ptr<mus::mustache>> pages_;
  std::unique_ptr<mus::mustache> base_;
};

/// The partials of a template set (partials/NAME.html → NAME), as Mustache data.
mus::data partials_of(const TemplateSet& set);

}  // namespace overblik
