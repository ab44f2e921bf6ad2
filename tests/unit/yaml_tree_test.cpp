#include "load/yaml_tree.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

using namespace overblik;

namespace {

struct Parsed {
  bool ok = false;
  YamlNode root;
  Diagnostics diags;
};

Parsed parse(const std::string& text, int first_line = 1, YamlLimits limits = {}) {
  Parsed p;
  p.ok = parse_yaml(text, "f.yaml", first_line, p.root, p.diags, limits);
  return p;
}

/// The only diagnostic; fails the test when there is not exactly one.
const Diagnostic& only(const Parsed& p) {
  REQUIRE(p.diags.items().size() == 1);
  return p.diags.items().front();
}

}  // namespace

TEST_CASE("YAML nodes keep 1-based positions") {
  SUBCASE("keys and values of a mapping") {
    Parsed p = parse("title: Plan\nnumber: 2\n");
    REQUIRE(p.ok);
    REQUIRE(p.root.is_map());
    CHECK(p.root.mark.line == 1);
    CHECK(p.root.mark.column == 1);
    REQUIRE(p.root.entries.size() == 2);
    CHECK(p.root.entries[1].first.mark.line == 2);
    CHECK(p.root.entries[1].first.mark.column == 1);
    CHECK(p.root.entries[1].second.mark.line == 2);
    CHECK(p.root.entries[1].second.mark.column == 9);
    CHECK(p.root.find("number")->text == "2");
    CHECK(p.root.find_key("number")->mark.column == 1);
    CHECK(p.root.find("missing") == nullptr);
  }
  SUBCASE("first_line shifts every line (front matter starts on line 2)") {
    Parsed p = parse("title: Plan\nthemes: [a, b]\n", 2);
    REQUIRE(p.ok);
    CHECK(p.root.mark.line == 2);
    const YamlNode* themes = p.root.find("themes");
    REQUIRE(themes);
    REQUIRE(themes->is_sequence());
    CHECK(themes->mark.line == 3);
    CHECK(themes->mark.column == 9);
    CHECK(themes->items[1].mark.line == 3);
    CHECK(themes->items[1].mark.column == 13);
  }
  SUBCASE("columns count characters, not bytes, after æ, ø and å") {
    Parsed p = parse("æøå: x\nnavn: Ærø [a]\n");
    REQUIRE(p.ok);
    CHECK(p.root.find("æøå")->mark.column == 6);
    Parsed q = parse("a: {bø: 1, så: 2}\n");
    REQUIRE(q.ok);
    const YamlNode* m = q.root.find("a");
    CHECK(m->entries[1].first.mark.column == 12);
    CHECK(m->entries[1].second.mark.column == 16);
  }
  SUBCASE("an empty value is placed right after its ':', not at the next key") {
    Parsed p = parse("title:\nnext: 1\n");
    REQUIRE(p.ok);
    const YamlNode* title = p.root.find("title");
    REQUIRE(title);
    CHECK(title->is_null());
    CHECK(title->mark.line == 1);
    CHECK(title->mark.column == 7);
  }
  SUBCASE("an empty list item is placed after its '-'") {
    Parsed p = parse("a:\n  - x\n  -\nb: 1\n");
    REQUIRE(p.ok);
    const YamlNode& item = p.root.find("a")->items[1];
    CHECK(item.is_null());
    CHECK(item.mark.line == 3);
    CHECK(item.mark.column == 4);
  }
  SUBCASE("an empty document is a null root at first_line") {
    Parsed p = parse("", 2);
    REQUIRE(p.ok);
    CHECK(p.root.is_null());
    CHECK(p.root.mark.line == 2);
    CHECK(p.root.mark.column == 1);
    CHECK(p.diags.items().empty());
  }
}

TEST_CASE("YAML scalars are text") {
  SUBCASE("plain and quoted scalars keep their text; quoting is recorded") {
    Parsed p = parse("a: 2019\nb: \"2019\"\nc: '4.10'\nd: true\ne: ~\n");
    REQUIRE(p.ok);
    CHECK(p.root.find("a")->text == "2019");
    CHECK_FALSE(p.root.find("a")->quoted);
    CHECK(p.root.find("b")->text == "2019");
    CHECK(p.root.find("b")->quoted);
    CHECK(p.root.find("c")->text == "4.10");
    CHECK(p.root.find("c")->quoted);
    CHECK(p.root.find("d")->text == "true");
    // YAML's null words are the one exception: they mean "nothing given".
    CHECK(p.root.find("e")->is_null());
    CHECK(parse("e: null\n").root.find("e")->is_null());
    CHECK(parse("e: \"null\"\n").root.find("e")->text == "null");
  }
  SUBCASE("escapes and doubled quotes") {
    Parsed p = parse("a: \"say \\\"hi\\\"\"\nb: 'it''s'\n");
    REQUIRE(p.ok);
    CHECK(p.root.find("a")->text == "say \"hi\"");
    CHECK(p.root.find("b")->text == "it's");
  }
  SUBCASE("literal and folded block scalars") {
    Parsed p = parse("a: |\n  one\n  two\nb: >-\n  one\n  two\n\n  three\n");
    REQUIRE(p.ok);
    const YamlNode* a = p.root.find("a");
    CHECK(a->text == "one\ntwo\n");
    CHECK(a->block);
    CHECK(a->quoted);
    CHECK(a->mark.line == 1);
    CHECK(a->mark.column == 4);
    const YamlNode* b = p.root.find("b");
    CHECK(b->text == "one two\nthree");
    CHECK(b->block);
    CHECK_FALSE(p.root.find_key("a")->block);
  }
  SUBCASE("a multi-line quoted scalar indented under its key is fine") {
    Parsed p = parse("title: \"Strategi for\n  hjemløshed\"\nx: 1\n");
    REQUIRE(p.ok);
    CHECK(p.diags.items().empty());
    CHECK(p.root.find("title")->text == "Strategi for hjemløshed");
  }
}

TEST_CASE("duplicate keys are reported, which yaml-cpp's Node would hide") {
  Parsed p = parse("title: A\nnumber: 1\ntitle: B\n");
  CHECK(p.ok);
  const Diagnostic& d = only(p);
  CHECK(d.severity == Severity::error);
  CHECK(d.message == "duplicate key 'title'");
  CHECK(d.mark.line == 3);
  CHECK(d.mark.column == 1);
  CHECK(d.hint == "'title' is already given at line 1; remove one of them");
  CHECK(p.root.entries.size() == 3);
  CHECK(p.root.find("title")->text == "A");

  SUBCASE("in nested mappings too, and 2019 and \"2019\" are the same key") {
    Parsed q = parse("values:\n  2019: 1\n  \"2019\": 2\n");
    const Diagnostic& e = only(q);
    CHECK(e.message == "duplicate key '2019'");
    CHECK(e.mark.line == 3);
    CHECK(e.mark.column == 3);
  }
}

TEST_CASE("aliases are expanded, within a limit") {
  SUBCASE("an alias copies its anchor, at the alias's position") {
    Parsed p = parse("a: &x [1, 2]\nb: *x\n");
    REQUIRE(p.ok);
    const YamlNode* b = p.root.find("b");
    REQUIRE(b->is_sequence());
    CHECK(b->items.size() == 2);
    CHECK(b->items[1].text == "2");
    CHECK(b->mark.line == 2);
    CHECK(b->mark.column == 4);
  }
  SUBCASE("a billion laughs stops at the limit, reported at the alias that crosses it") {
    YamlLimits limits;
    limits.max_nodes = 100;
    Parsed p = parse(
        "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n",
        1, limits);
    CHECK_FALSE(p.ok);
    const Diagnostic& d = only(p);
    CHECK(d.message == "the YAML expands to more than 100 values or 64 MB of text");
    CHECK(d.mark.line == 2);
    CHECK(d.mark.column == 36);
  }
  SUBCASE("the default limit takes a real bomb") {
    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'i'; ++c)
      bomb += fmt::format("{}: &{} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n",
                          c, c, fmt::arg("p", static_cast<char>(c - 1)));
    Parsed p = parse(bomb);
    CHECK_FALSE(p.ok);
    CHECK(only(p).message == "the YAML expands to more than 200000 values or 64 MB of text");
  }
}

TEST_CASE("nesting is limited") {
  YamlLimits limits;
  limits.max_depth = 3;
  CHECK(parse("a: [[1]]\n", 1, limits).ok);
  Parsed p = parse("a: [[[1]]]\n", 1, limits);
  CHECK_FALSE(p.ok);
  const Diagnostic& d = only(p);
  CHECK(d.message == "the YAML is nested more than 3 levels deep");
  CHECK(d.mark.line == 1);
  CHECK(d.mark.column == 6);
}

TEST_CASE("a quote that is never closed is reported where it opens") {
  SUBCASE("at the end of the text") {
    Parsed p = parse("themes: [a]\ntitle: \"Flere boliger\n", 2);
    CHECK_FALSE(p.ok);
    const Diagnostic& d = only(p);
    CHECK(d.message == "quoted text is never closed");
    CHECK(d.mark.line == 3);
    CHECK(d.mark.column == 8);
    CHECK(d.hint == "add the closing \" where the text ends");
  }
  SUBCASE("swallowing the next keys up to another quote") {
    Parsed p = parse("title: 'Flere boliger\nthemes: [a]\nsummary: 'Kort'\n");
    CHECK_FALSE(p.ok);
    const Diagnostic& d = only(p);
    CHECK(d.message == "quoted text is never closed");
    CHECK(d.mark.line == 1);
    CHECK(d.mark.column == 8);
    CHECK(d.hint == "add the closing ' where the text ends");
  }
}

TEST_CASE("syntax errors are explained for plan authors") {
  struct Case {
    const char* text;
    int line, column;
    const char* message;
  };
  const Case cases[] = {
      {"title: Mål: færre\n", 1, 11, "invalid YAML: a ':' where no key can start"},
      {"themes: [a, b\nx: 1\n", 1, 9,
       "invalid YAML: a list opened with '[' is never closed with ']'"},
      {"b: {amount: 5\n", 1, 4, "invalid YAML: a mapping opened with '{' is never closed with '}'"},
      {"a: 1\nb:\n\t- x\n", 3, 1, "invalid YAML: a tab is used for indentation"},
      {"title: *vigtigt* plan\n", 1, 8,
       "invalid YAML: text that starts with '*' must be in quotes"},
      {"owner: @chef\n", 1, 8, "invalid YAML: text that starts with '@' must be in quotes"},
      {"t: \"C:\\Users\"\nx: 1\n", 1, 7,
       "invalid YAML: a backslash in double-quoted text starts an escape sequence"},
      {"t: \"Én\" for alle\n", 1, 9, "invalid YAML: text after the closing quote"},
      {"t: - a\n", 1, 4, "invalid YAML: a list item ('- ') where no list can start"},
      {"t: [a]]\n", 1, 7, "invalid YAML: a ']' that closes nothing"},
      {"a:\n  - x\n - y\n", 3, 2, "invalid YAML: this line does not fit the structure above it"},
      {"- a: 1\nb: 2\n", 2, 1, "invalid YAML: this line does not fit the structure above it"},
      {"a: 1\n---\nb: 2\n", 2, 1, "the file holds more than one YAML document"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Parsed p = parse(c.text);
    CHECK_FALSE(p.ok);
    const Diagnostic& d = only(p);
    CHECK(d.message == c.message);
    CHECK(d.mark.line == c.line);
    CHECK(d.mark.column == c.column);
    CHECK_FALSE(d.hint.empty());
  }
  SUBCASE("a document start on the first line is not a second document") {
    Parsed p = parse("---\na: 1\n");
    CHECK(p.ok);
    CHECK(p.diags.items().empty());
  }
}
