#include "load/front_matter.hpp"

#include <doctest/doctest.h>

#include <string>

#include "load/source_file.hpp"

using namespace overblik;

namespace {

struct Split {
  bool ok = false;
  FrontMatter fm;
  Diagnostics diags;
};

/// `text` must outlive the result: the front matter's parts are views into it.
Split split(const std::string& text) {
  Split s;
  s.ok = split_front_matter(text, "x.md", s.fm, s.diags);
  return s;
}

}  // namespace

TEST_CASE("split_front_matter") {
  SUBCASE("YAML between the fences, the body after, with their first lines") {
    const std::string text = "---\ntitle: A\nthemes: [b]\n---\nBody\ntext\n";
    Split s = split(text);
    REQUIRE(s.ok);
    CHECK(s.fm.yaml == "title: A\nthemes: [b]\n");
    CHECK(s.fm.yaml_line == 2);
    CHECK(s.fm.body == "Body\ntext\n");
    CHECK(s.fm.body_line == 5);
    CHECK(s.diags.items().empty());
  }
  SUBCASE("empty front matter and no body") {
    const std::string text = "---\n---\n";
    Split s = split(text);
    REQUIRE(s.ok);
    CHECK(s.fm.yaml == "");
    CHECK(s.fm.body == "");
    CHECK(s.fm.body_line == 3);
  }
  SUBCASE("a closing fence at the very end, without a newline") {
    const std::string text = "---\na: 1\n---";
    Split s = split(text);
    REQUIRE(s.ok);
    CHECK(s.fm.yaml == "a: 1\n");
    CHECK(s.fm.body == "");
  }
  SUBCASE("fences may have trailing spaces and tabs") {
    const std::string text = "---  \na: 1\n---\t\nBody\n";
    Split s = split(text);
    REQUIRE(s.ok);
    CHECK(s.fm.yaml == "a: 1\n");
    CHECK(s.fm.body == "Body\n");
  }
  SUBCASE("only the first closing fence ends the front matter; later ones are body") {
    const std::string text = "---\na: 1\n---\nx\n---\ny\n";
    Split s = split(text);
    REQUIRE(s.ok);
    CHECK(s.fm.body == "x\n---\ny\n");
    CHECK(s.fm.body_line == 4);
  }
  SUBCASE("'----' and indented '---' are not fences") {
    const std::string text = "---\na: |\n  ----\n   ---\n---\n";
    Split s = split(text);
    REQUIRE(s.ok);
    CHECK(s.fm.yaml == "a: |\n  ----\n   ---\n");
  }
}

TEST_CASE("split_front_matter reports what is wrong at 1:1") {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case cases[] = {
      {"", "the file is empty"},
      {"\n  \n", "the file is empty"},
      {"title: A\n---\n", "the file does not start with front matter"},
      {" ---\na: 1\n---\n", "the file does not start with front matter"},
      {"---", "the front matter is never closed"},
      {"---\ntitle: A\n\nBody.\n", "the front matter is never closed"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const std::string text = c.text;
    Split s = split(text);
    CHECK_FALSE(s.ok);
    REQUIRE(s.diags.items().size() == 1);
    const Diagnostic& d = s.diags.items().front();
    CHECK(d.message == c.message);
    CHECK(d.path == "x.md");
    CHECK(d.mark.line == 1);
    CHECK(d.mark.column == 1);
    CHECK(d.severity == Severity::error);
    CHECK_FALSE(d.hint.empty());
  }
}

TEST_CASE("decode_source: BOM, CRLF and invalid UTF-8") {
  SUBCASE("a BOM is dropped; CRLF and a lone CR (old Mac, old Excel) become LF") {
    SourceFile f;
    f.path = "x.md";
    Diagnostics diags;
    CHECK(decode_source("\xEF\xBB\xBF---\r\ntitle: Æ\r\n---\r\nA\rB\r\n", f, diags));
    CHECK(f.text == "---\ntitle: Æ\n---\nA\nB\n");
    CHECK(diags.items().empty());
    FrontMatter fm;
    REQUIRE(split_front_matter(f.text, f.path, fm, diags));
    CHECK(fm.yaml == "title: Æ\n");
  }
  SUBCASE("invalid UTF-8 is an error at its line and character column") {
    SourceFile f;
    f.path = "x.md";
    Diagnostics diags;
    CHECK_FALSE(
        decode_source("\xEF\xBB\xBF"
                      "ab\r\næø p\xe5 x\n",
                      f, diags));
    REQUIRE(diags.items().size() == 1);
    const Diagnostic& d = diags.items().front();
    CHECK(d.message == "the file is not valid UTF-8");
    CHECK(d.mark.line == 2);
    CHECK(d.mark.column == 5);
    CHECK(f.text == "ab\næø p");  // what precedes the bad byte, to show the line
  }
}
