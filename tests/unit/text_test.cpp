#include "support/text.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace overblik;

TEST_CASE("is_valid_id") {
  SUBCASE("accepts lower-case letters, digits and single dashes") {
    CHECK(is_valid_id("a"));
    CHECK(is_valid_id("7"));
    CHECK(is_valid_id("en-indgang"));
    CHECK(is_valid_id("paragraf-107-boliger"));
    CHECK(is_valid_id(std::string(80, 'a')));
  }
  SUBCASE("rejects what cannot be an address") {
    CHECK_FALSE(is_valid_id(""));
    CHECK_FALSE(is_valid_id("-a"));
    CHECK_FALSE(is_valid_id("a-"));
    CHECK_FALSE(is_valid_id("a--b"));
    CHECK_FALSE(is_valid_id("-"));
    CHECK_FALSE(is_valid_id("Bolig"));
    CHECK_FALSE(is_valid_id("svære"));
    CHECK_FALSE(is_valid_id("café"));
    CHECK_FALSE(is_valid_id("a_b"));
    CHECK_FALSE(is_valid_id("a b"));
    CHECK_FALSE(is_valid_id("a.b"));
    CHECK_FALSE(is_valid_id(std::string(81, 'a')));
  }
  SUBCASE("id_too_long singles out IDs that are wrong by length alone") {
    CHECK(id_too_long(std::string(81, 'a')));
    CHECK(id_too_long(std::string(40, 'a') + "-" + std::string(40, 'b')));
    CHECK_FALSE(id_too_long(std::string(80, 'a')));
    CHECK_FALSE(id_too_long(std::string(81, 'A')));
    CHECK_FALSE(id_too_long("a--b"));
  }
}

TEST_CASE("suggest_id transliterates to a valid ID") {
  SUBCASE("æ, ø and å become ae, oe and aa") {
    CHECK(suggest_id("Svære overgange") == "svaere-overgange");
    CHECK(suggest_id("Gårdmiljø") == "gaardmiljoe");
    CHECK(suggest_id("ÆØÅ") == "aeoeaa");
    CHECK(suggest_id("Ældre på Østerbro") == "aeldre-paa-oesterbro");
  }
  SUBCASE("other accented letters become their base letter") {
    CHECK(suggest_id("Café") == "cafe");
    CHECK(suggest_id("Én indgang") == "en-indgang");
    CHECK(suggest_id("Müller") == "muller");
    CHECK(suggest_id("Straße") == "strasse");
  }
  SUBCASE("capitals are lowered and everything else becomes single dashes") {
    CHECK(suggest_id("Bolig") == "bolig");
    CHECK(suggest_id("  --Ny   bolig!!  ") == "ny-bolig");
    CHECK(suggest_id("§ 107-boliger") == "107-boliger");
    CHECK(suggest_id("a_b.c") == "a-b-c");
  }
  SUBCASE("nothing usable gives nothing") {
    CHECK(suggest_id("") == "");
    CHECK(suggest_id("!!! ---") == "");
  }
  SUBCASE("the result is cut to 80 characters without a trailing dash") {
    std::string long_title = std::string(79, 'a') + " bcd";
    std::string s = suggest_id(long_title);
    CHECK(s == std::string(79, 'a'));
    CHECK(is_valid_id(s));
  }
  SUBCASE("every suggestion is a valid ID") {
    for (const char* t : {"Én indgang", "Svære overgange", "Café_Ø", "ny--bolig", "x"})
      CHECK(is_valid_id(suggest_id(t)));
  }
}

TEST_CASE("edit_distance counts code points") {
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("bolig", "bolig") == 0);
  CHECK(edit_distance("æ", "a") == 1);
  CHECK(edit_distance("overgang", "overgange") == 1);
  CHECK(edit_distance("ab", "ba") == 2);
}

TEST_CASE("closest and did_you_mean") {
  const std::vector<std::string> themes = {"bolig", "overgange", "sundhed"};
  SUBCASE("a plausible typo finds its candidate") {
    CHECK(closest("overgang", themes) == std::optional<std::string>("overgange"));
    CHECK(closest("boliger", themes) == std::optional<std::string>("bolig"));
    CHECK(did_you_mean("sundhet", themes) == "did you mean 'sundhed'?");
  }
  SUBCASE("something else finds nothing") {
    CHECK_FALSE(closest("xyz", themes).has_value());
    CHECK_FALSE(closest("overgange-og-bolig", themes).has_value());
    CHECK(did_you_mean("xyz", themes) == "");
    CHECK_FALSE(closest("a", {}).has_value());
  }
  SUBCASE("about a third of the word may differ") {
    // "abcdef": limit 6/3+1 = 3.
    CHECK(closest("abcdef", {"abcxyz"}).has_value());
    CHECK_FALSE(closest("abcdef", {"abwxyz"}).has_value());
  }
  SUBCASE("ties go to the alphabetically first candidate, whatever the order given") {
    CHECK(closest("bat", {"cat", "bag"}) == std::optional<std::string>("bag"));
    CHECK(closest("bat", {"bag", "cat"}) == std::optional<std::string>("bag"));
  }
}

namespace {

int sign(int v) {
  return (v > 0) - (v < 0);
}

/// Sorts with `cmp` and returns the result, to check a whole order at once.
template <typename Cmp>
std::vector<std::string> sorted(std::vector<std::string> v, Cmp cmp) {
  std::sort(v.begin(), v.end(),
            [&](const std::string& a, const std::string& b) { return cmp(a, b) < 0; });
  return v;
}

}  // namespace

TEST_CASE("danish_compare") {
  SUBCASE("space and punctuation, then digits, then a-z, then æ, ø, å") {
    CHECK(sign(danish_compare(" ", "0")) == -1);
    CHECK(sign(danish_compare("-", "0")) == -1);
    CHECK(sign(danish_compare("9", "a")) == -1);
    CHECK(sign(danish_compare("z", "æ")) == -1);
    CHECK(sign(danish_compare("æ", "ø")) == -1);
    CHECK(sign(danish_compare("ø", "å")) == -1);
    CHECK(sign(danish_compare("å", "z")) == 1);
    CHECK(sorted({"Åby", "Ærø", "Øster", "Zebra", "abe", "2 huse", "- streg"}, danish_compare) ==
          std::vector<std::string>{"- streg", "2 huse", "abe", "Zebra", "Ærø", "Øster", "Åby"});
  }
  SUBCASE("case-insensitive") {
    CHECK(danish_compare("Bolig", "bolig") == 0);
    CHECK(danish_compare("ÆBLE", "æble") == 0);
    CHECK(sign(danish_compare("anden", "Bolig")) == -1);
  }
  SUBCASE("accented letters sort as their base letter") {
    CHECK(danish_compare("é", "e") == 0);
    CHECK(danish_compare("Café", "cafe") == 0);
    CHECK(sign(danish_compare("Én", "Fire")) == -1);
    CHECK(sign(danish_compare("ü", "v")) == -1);
  }
  SUBCASE("'aa' is two a's, not å") {
    CHECK(sign(danish_compare("Aarhus", "Ab")) == -1);
    CHECK(sign(danish_compare("Aarhus", "Zealand")) == -1);
    CHECK(sign(danish_compare("aa", "å")) == -1);
  }
  SUBCASE("a prefix comes first") {
    CHECK(sign(danish_compare("bolig", "boliger")) == -1);
    CHECK(sign(danish_compare("boliger", "bolig")) == 1);
    CHECK(danish_compare("", "") == 0);
  }
}

TEST_CASE("natural_compare") {
  SUBCASE("digit runs by value") {
    CHECK(sign(natural_compare("R2", "R10")) == -1);
    CHECK(sign(natural_compare("2", "10")) == -1);
    CHECK(sign(natural_compare("1.4.3", "1.10.1")) == -1);
    CHECK(sign(natural_compare("1.10", "1.9")) == 1);
    CHECK(sorted({"10", "1.10", "2", "1.2", "1", "R10", "R2"}, natural_compare) ==
          std::vector<std::string>{"1", "1.2", "1.10", "2", "10", "R2", "R10"});
  }
  SUBCASE("leading zeros do not change a value; fewer zeros first on a tie") {
    CHECK(sign(natural_compare("7", "07")) == -1);
    CHECK(sign(natural_compare("07", "7")) == 1);
    CHECK(sign(natural_compare("07", "8")) == -1);
    CHECK(sign(natural_compare("1.07", "1.7")) == 1);
    CHECK(sign(natural_compare("007", "07")) == 1);
  }
  SUBCASE("a digit run before a text run at the same position") {
    CHECK(sign(natural_compare("1", "a")) == -1);
    CHECK(sign(natural_compare("1a", "a1")) == -1);
    CHECK(sign(natural_compare("R1", "RA")) ==
          -1);  // runs "R"+"1" against "RA": the text "R" < "RA" decides
    CHECK(sign(natural_compare("4a", "4.1")) == 1);  // "a" and "." are text: '.' sorts first
  }
  SUBCASE("text runs in Danish order, case-insensitively") {
    CHECK(sign(natural_compare("a", "B")) == -1);
    CHECK(sign(natural_compare("z1", "æ1")) == -1);
    CHECK(sign(natural_compare("æ", "å")) == -1);
  }
  SUBCASE("equal numbers are equal, and shorter goes first") {
    CHECK(natural_compare("1", "1") == 0);
    CHECK(natural_compare("4.1", "4.1") == 0);
    CHECK(sign(natural_compare("1", "1a")) == -1);
    CHECK(sign(natural_compare("1.4", "1.4.3")) == -1);
  }
  SUBCASE("a total order: antisymmetric") {
    const std::vector<std::string> all = {"1",   "01",    "1a",     "a", "A", "R2",
                                          "R10", "1.4.3", "1.10.1", "æ", ""};
    for (auto& a : all)
      for (auto& b : all) CHECK(sign(natural_compare(a, b)) == -sign(natural_compare(b, a)));
  }
}

TEST_CASE("UTF-8 positions") {
  SUBCASE("find_invalid_utf8") {
    CHECK_FALSE(find_invalid_utf8("æøå ok").has_value());
    CHECK(find_invalid_utf8("p\xe5 havnen") == std::optional<size_t>(1));
    CHECK(find_invalid_utf8("ab\xc3") == std::optional<size_t>(2));  // cut off mid-character
  }
  SUBCASE("line_column_at counts lines from 1 and columns in code points") {
    const std::string text = "æøå\nabæ x";
    auto lc = line_column_at(text, 0);
    CHECK(lc.line == 1);
    CHECK(lc.column == 1);
    lc = line_column_at(text, 6);  // the newline after å
    CHECK(lc.line == 1);
    CHECK(lc.column == 4);
    lc = line_column_at(text, text.find('x'));
    CHECK(lc.line == 2);
    CHECK(lc.column == 5);
  }
  SUBCASE("codepoint_column turns a byte column into a character column") {
    CHECK(codepoint_column("æøå: x", 8) == 5);  // ':' is byte 7, space byte 8
    CHECK(codepoint_column("abc", 2) == 2);
    CHECK(codepoint_column("ab", 5) == 5);  // past the end: counted on as single bytes
  }
  SUBCASE("printable hides control characters") {
    CHECK(printable("a\x01"
                    "b") ==
          "a\xEF\xBF\xBD"
          "b");
    CHECK(printable("æøå") == "æøå");
  }
}

TEST_CASE("small text helpers") {
  CHECK(fold_case("ÆØÅ Bolig") == "æøå bolig");
  CHECK(split("a,,b", ',') == std::vector<std::string>{"a", "", "b"});
  CHECK(split("", ',') == std::vector<std::string>{""});
  CHECK(trim("  a b \t\r\n") == "a b");
  CHECK(trim("   ") == "");
  CHECK(starts_with("assets/x", "assets/"));
  CHECK_FALSE(starts_with("asset", "assets/"));
  CHECK(ends_with("x.yaml", ".yaml"));
  CHECK_FALSE(ends_with("yaml", ".yaml"));
  CHECK(join_path("content", "plan.yaml") == "content/plan.yaml");
  CHECK(join_path("content/", "/plan.yaml") == "content/plan.yaml");
  CHECK(join_path("", "plan.yaml") == "plan.yaml");
  CHECK(join_path("/", "x") == "/x");
}
