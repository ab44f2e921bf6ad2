// List items that stand for others (ItemStub): a shared item is shown as it
// is, a built one exists only while the template is on it.
#include <doctest/doctest.h>

#include <memory>

#include "render/template_engine.hpp"
#include "support/file_system.hpp"

using namespace overblik;

namespace {

/// The page's own output: the part between the markers of pages/list.html.
std::string list_of(const std::string& html) {
  const size_t from = html.find("<ol>");
  const size_t to = html.find("</ol>");
  if (from == std::string::npos || to == std::string::npos) return "(no list)";
  return html.substr(from + 4, to - from - 4);
}

}  // namespace

TEST_CASE("an item stub is rendered as the item it stands for, a built one one at a time") {
  MemoryFileSystem m;
  m.add("theme/pages/list.html", "<ol>{{#items}}[{{name}}]{{/items}}</ol>");
  const TemplateSet set = TemplateSet::load(m, "theme");
  TemplateEngine engine(set);

  mus::data card = mus::data::type::object;
  card.set("name", "card");
  // Each built item holds a token; the next is built only after the last one's token is gone.
  std::weak_ptr<int> last;
  int built = 0;
  bool one_at_a_time = true;
  auto make = std::make_shared<const std::function<mus::data(size_t)>>([&](size_t i) {
    one_at_a_time = one_at_a_time && last.expired();
    auto token = std::make_shared<int>(static_cast<int>(i));
    last = token;
    ++built;
    mus::data item = mus::data::type::object;
    item.set("name", "made " + std::to_string(i));
    item.set("token",
             mus::data(mus::lambda([token](const std::string&) { return std::string(); })));
    return item;
  });

  mus::data items = mus::data::type::list;
  items.push_back(item_stub({.shared = &card}));
  for (size_t i = 0; i < 3; ++i) items.push_back(item_stub({.make = make, .index = i}));
  items.push_back(card);
  mus::data page = mus::data::type::object;
  page.set("items", items);
  items = mus::data::type::list;
  CHECK(built == 0);

  const mus::data shared = mus::data::type::object, frame = mus::data::type::object;
  const std::string html = engine.render_page("list", shared, frame, std::move(page));
  CHECK(list_of(html) == "[card][made 0][made 1][made 2][card]");
  CHECK(built == 3);
  CHECK(one_at_a_time);
  CHECK(last.expired());
}

TEST_CASE("an ordinary list item is not a stub") {
  mus::data item = mus::data::type::object;
  item.set("name", "x");
  CHECK(as_item_stub(item) == nullptr);
  CHECK(as_item_stub(mus::data("text")) == nullptr);
  const mus::data card = mus::data::type::object;
  const mus::data stub = item_stub({.shared = &card});
  REQUIRE(as_item_stub(stub) != nullptr);
  CHECK(as_item_stub(stub)->shared == &card);
}
