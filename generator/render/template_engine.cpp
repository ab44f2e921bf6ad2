#include "render/template_engine.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "render/escape.hpp"
#include "support/text.hpp"

namespace overblik {

namespace {

/// How a stub is kept in Mustache data, which holds no type of ours but does
/// hold a std::function (kainjow's "partial" value): the stub is that
/// function's callable, and std::function::target gives it back with its type.
/// The function is never called: no template names a list item's value.
struct StubHolder {
  ItemStub stub;
  std::string operator()() const { return {}; }
};

}  // namespace

mus::data item_stub(ItemStub stub) {
  return mus::data(mus::partial(StubHolder{std::move(stub)}));
}

const ItemStub* as_item_stub(const mus::data& item) {
  if (!item.is_partial()) return nullptr;
  const StubHolder* holder = item.partial_value().target<StubHolder>();
  return holder ? &holder->stub : nullptr;
}

namespace {

/// A Mustache context whose partials come only from the theme's partials/
/// folder. kainjow's own context looks partials up in the data too, where a
/// value from content could be taken for a template: never here.
class PageContext final : public mus::basic_context<std::string> {
 public:
  PageContext(const mus::data& partials, const mus::data* base) : partials_(partials) {
    push(base);
  }
  /// kainjow pushes each list item as it renders it: an item stub becomes
  /// the item it stands for here, and one built for the purpose lives until
  /// its pop().
  void push(const mus::data* d) override {
    if (const ItemStub* stub = d ? as_item_stub(*d) : nullptr) {
      if (stub->shared) {
        d = stub->shared;
      } else if (stub->make) {
        owned_.push_back(std::make_unique<mus::data>((*stub->make)(stub->index)));
        d = owned_.back().get();
      }
    }
    items_.insert(items_.begin(), d);
  }
  void pop() override {
    if (!owned_.empty() && owned_.back().get() == items_.front()) owned_.pop_back();
    items_.erase(items_.begin());
  }
  const mus::data* get(const std::string& name) const override {
    // Name resolution as in kainjow's own context: {{.}}, plain and dotted names.
    if (name == ".") return items_.front();
    if (name.find('.') == std::string::npos) {
      for (const mus::data* item : items_)
        if (const mus::data* var = item->get(name)) return var;
      return nullptr;
    }
    const auto parts = split(name, '.');
    for (const mus::data* item : items_) {
      const mus::data* var = item;
      for (const auto& part : parts) {
        var = var->get(part);
        if (!var) break;
      }
      if (var) return var;
    }
    return nullptr;
  }
  const mus::data* get_partial(const std::string& name) const override {
    return partials_.get(name);
  }

 private:
  const mus::data& partials_;
  std::vector<const mus::data*> items_;
  std::vector<std::unique_ptr<mus::data>> owned_;  ///< items built from stubs, innermost last
};

}  // namespace

mus::data partials_of(const TemplateSet& set) {
  mus::data partials = mus::data::type::object;
  for (auto& [path, text] : set.files()) {
    if (!starts_with(path, "partials/") || !ends_with(path, ".html")) continue;
    partials.set(path.substr(9, path.size() - 14), text);
  }
  return partials;
}

namespace {

/// `text` with each {{> name}} replaced by the theme's partials/name.html,
/// itself expanded, so that a partial is parsed once per page template and
/// not again each time it is used (kainjow parses a partial on every use:
/// in a list of a thousand cards, a thousand times). The output is the
/// same: kainjow renders a partial into the same line as its tag, without
/// indenting it. A template that changes the delimiters ({{=…=}}) is left to
/// kainjow, and so is any partial nested deeper than `depth` (a recursive one).
std::string inline_partials(const std::string& text, const TemplateSet& set, int depth = 16) {
  if (depth == 0 || text.find("{{=") != std::string::npos) return text;
  std::string out;
  size_t pos = 0;
  while (true) {
    const size_t open = text.find("{{>", pos);
    if (open == std::string::npos) break;
    const size_t close = text.find("}}", open + 3);
    if (close == std::string::npos) break;
    std::string name = text.substr(open + 3, close - open - 3);
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    const std::string* partial = set.file("partials/" + name + ".html");
    if (!partial || partial->find("{{=") != std::string::npos) {
      out.append(text, pos, close + 2 - pos);  // unknown: kainjow renders nothing for it
    } else {
      out.append(text, pos, open - pos);
      out += inline_partials(*partial, set, depth - 1);
    }
    pos = close + 2;
  }
  out.append(text, pos, std::string::npos);
  return out;
}

}  // namespace

TemplateEngine::TemplateEngine(const TemplateSet& set) : partials_(partials_of(set)) {
  for (auto& [path, text] : set.files()) {
    if (starts_with(path, "pages/") && ends_with(path, ".html")) {
      auto m = std::make_unique<mus::mustache>(inline_partials(text, set));
      m->set_custom_escape([](const std::string& s) { return escape_html(s); });
      pages_[path.substr(6, path.size() - 11)] = std::move(m);
    }
  }
  base_ = std::make_unique<mus::mustache>(inline_partials(*set.file("layouts/base.html"), set));
  base_->set_custom_escape([](const std::string& s) { return escape_html(s); });
}

namespace {

/// Collects kainjow's output in one string (its own render() goes through an
/// ostringstream and copies the result out of it).
struct StringSink {
  std::string out;
  StringSink& operator<<(const std::string& s) {
    out += s;
    return *this;
  }
};

/// Stands in for the page in the layout, so that the page (megabytes, for the
/// print version) is spliced into the layout's output rather than copied
/// into Mustache data and out again.
constexpr std::string_view kContentMarker = "overblik-content-3c9f1a7e52d84b60a1e7d2f9c6b3e8a4";

}  // namespace

std::string TemplateEngine::render_page(const std::string& kind, const mus::data& shared,
                                        const mus::data& frame, mus::data&& page) {
  auto it = pages_.find(kind);
  if (it == pages_.end())
    throw std::runtime_error(fmt::format("the theme has no pages/{}.html", kind));
  PageContext ctx(partials_, &shared);
  ctx.push(&frame);
  ctx.push(&page);
  StringSink content;
  it->second->render(ctx, content);
  if (!it->second->is_valid())
    throw std::runtime_error(fmt::format("pages/{}.html: {}", kind, it->second->error_message()));
  page = mus::data();
  mus::data wrapper = mus::data::type::object;
  wrapper.set("content", std::string(kContentMarker));
  ctx.push(&wrapper);
  StringSink html;
  base_->render(ctx, html);
  if (!base_->is_valid())
    throw std::runtime_error(fmt::format("layouts/base.html: {}", base_->error_message()));
  const size_t at = html.out.find(kContentMarker);
  if (at != std::string::npos && html.out.find(kContentMarker, at + 1) == std::string::npos) {
    content.out.insert(0, html.out, 0, at);
    content.out.append(html.out, at + kContentMarker.size(), std::string::npos);
    return std::move(content.out);
  }
  // A layout without {{{content}}}, or with it more than once (or a page
  // whose own text holds the marker): the plain way.
  wrapper.set("content", content.out);
  StringSink plain;
  base_->render(ctx, plain);
  return std::move(plain.out);
}

}  // namespace overblik
