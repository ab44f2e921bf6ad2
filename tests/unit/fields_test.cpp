#include "model/fields.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace overblik;

TEST_CASE("parse_number keeps numbers exact, in their shortest form") {
  struct Case {
    const char* in;
    const char* text;
    double value;
  };
  const Case good[] = {
      {"1494", "1494", 1494},
      {"3.8", "3.8", 3.8},
      {"-12", "-12", -12},
      {"1.50", "1.5", 1.5},
      {"25.0", "25", 25},
      {"-0", "0", 0},
      {"-0.0", "0", 0},
      {"007", "7", 7},
      {"007.50", "7.5", 7.5},
      {"0", "0", 0},
      {"0.05", "0.05", 0.05},
      {"-0.50", "-0.5", -0.5},
      {"123456789012345", "123456789012345", 123456789012345.0},
  };
  for (const Case& c : good) {
    CAPTURE(c.in);
    auto n = parse_number(c.in);
    REQUIRE(n.has_value());
    CHECK(n->text == c.text);
    CHECK(n->value == doctest::Approx(c.value));
  }
  SUBCASE("equal numbers compare equal whatever their form") {
    CHECK(*parse_number("1.50") == *parse_number("1.5"));
    CHECK(*parse_number("-0") == *parse_number("0"));
  }
}

TEST_CASE("parse_number rejects everything else") {
  for (const char* bad : {"",    "-",   ",",   "1,5",  "1.494,5",  "1 494", "1e5",
                          "1E5", "NaN", "nan", ".nan", "Infinity", "inf",   "+5",
                          " 5",  "5 ",  ".5",  "5.",   "1.2.3",    "0x10",  "1234567890123456",
                          "12%", "--1"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_number(bad).has_value());
  }
}

TEST_CASE("explain_number says what to write instead") {
  CHECK(explain_number("1.494,5").hint == "write 1494.5: use '.' as the decimal separator");
  CHECK(explain_number("12,5").hint == "write 12.5: use '.' as the decimal separator");
  CHECK(explain_number("1,494.5").hint == "write 1494.5: leave out thousands separators");
  CHECK(explain_number("1 494").hint == "write 1494: leave out thousands separators");
  CHECK(explain_number("1.494.000").hint == "write 1494000: leave out thousands separators");
  CHECK(explain_number("+5").hint == "write 5: leave out the '+'");
  CHECK(explain_number("NaN").hint ==
        "write null, or leave the value empty, where there is no data");
  CHECK(explain_number("1e5").hint ==
        "write the number out in full, without an exponent (e.g. 100000, not 1e5)");
  CHECK(explain_number("Infinity").hint == "a value must be a finite decimal number");
  CHECK(explain_number("1234567890123456").message == "has too many digits");
  CHECK(explain_number("mange").message == "is not a number");
  CHECK(
      explain_number("mange").hint ==
      "write a decimal number with '.' as separator and no thousands separator, e.g. 1494 or 3.8");
}

TEST_CASE("period_hint names the part that is wrong") {
  CHECK(period_hint("2024-H3") == "a half-year is H1 or H2");
  CHECK(period_hint("2024-Q5") == "a quarter is Q1, Q2, Q3 or Q4");
  CHECK(period_hint("2024-h2") == "write 2024-H2, with a capital letter");
  CHECK(period_hint("2024-13") == "a month is 01 to 12");
  CHECK(period_hint("2023-02-29") == "February 2023 has 28 days");
  CHECK(period_hint("2024-13-01") == "a month is 01 to 12");
  CHECK(period_hint("maj 2024") ==
        "write a year (2024), a half-year (2024-H1), a quarter (2024-Q3), a month (2024-05) or a "
        "date (2024-05-17)");
}

namespace {

/// Parses YAML and reads with a Ctx that collects into `diags`.
struct Reader {
  std::string text;
  YamlNode root;
  Diagnostics diags;
  Ctx c;

  explicit Reader(std::string yaml) : text(std::move(yaml)), c{"f.yaml", &diags, &text} {
    REQUIRE(parse_yaml(text, "f.yaml", 1, root, diags));
  }
  const YamlNode& operator[](const char* key) const {
    const YamlNode* n = root.find(key);
    REQUIRE(n);
    return *n;
  }
  const Diagnostic& only() const {
    REQUIRE(diags.items().size() == 1);
    return diags.items().front();
  }
};

}  // namespace

TEST_CASE("typed readers report at the value, with a hint") {
  SUBCASE("read_number") {
    Reader r("a: 3.80\nb: 12,5\n");
    CHECK(read_number(r.c, r["a"], "a")->text == "3.8");
    CHECK_FALSE(read_number(r.c, r["b"], "the value for 2021").has_value());
    CHECK(r.only().message == "the value for 2021 is not a number: '12,5'");
    CHECK(r.only().mark.line == 2);
    CHECK(r.only().mark.column == 4);
  }
  SUBCASE("read_bool") {
    Reader r("a: true\nb: ja\nc: False\nd: måske\n");
    CHECK(read_bool(r.c, r["a"], "a") == std::optional<bool>(true));
    CHECK_FALSE(read_bool(r.c, r["b"], "'quick_win'").has_value());
    CHECK_FALSE(read_bool(r.c, r["c"], "'quick_win'").has_value());
    CHECK_FALSE(read_bool(r.c, r["d"], "'quick_win'").has_value());
    REQUIRE(r.diags.items().size() == 3);
    CHECK(r.diags.items()[0].message == "'quick_win' must be true or false, not 'ja'");
    CHECK(r.diags.items()[0].hint == "write true");
    CHECK(r.diags.items()[1].hint == "write false");
    CHECK(r.diags.items()[2].hint == "write true or false");
  }
  SUBCASE("read_int") {
    Reader r("a: 3\nb: 4\nc: 50%\nd: 1.5\n");
    CHECK(read_int(r.c, r["a"], "'load'", 1, 3) == std::optional<long long>(3));
    CHECK_FALSE(read_int(r.c, r["b"], "'load'", 1, 3).has_value());
    CHECK_FALSE(read_int(r.c, r["c"], "'progress'", 0, 100).has_value());
    CHECK_FALSE(read_int(r.c, r["d"], "'menu'", -1000000, 1000000).has_value());
    REQUIRE(r.diags.items().size() == 3);
    CHECK(r.diags.items()[0].message == "'load' must be from 1 to 3, not 4");
    CHECK(r.diags.items()[1].message ==
          "'progress' must be a whole number from 0 to 100, not '50%'");
    CHECK(r.diags.items()[1].hint == "write 50, without the '%'");
    CHECK(r.diags.items()[2].message == "'menu' must be a whole number, not '1.5'");
  }
  SUBCASE("read_display_number: a YAML float must be quoted") {
    Reader r("a: 4.1\nb: \"4.10\"\nc: 2\nd: 1.4.3\ne: 1e3\n");
    CHECK_FALSE(read_display_number(r.c, r["a"], "'number'").has_value());
    CHECK(read_display_number(r.c, r["b"], "'number'")->text == "4.10");
    CHECK(read_display_number(r.c, r["c"], "'number'")->text == "2");
    CHECK(read_display_number(r.c, r["d"], "'number'")->text == "1.4.3");
    CHECK_FALSE(read_display_number(r.c, r["e"], "'number'").has_value());
    REQUIRE(r.diags.items().size() == 2);
    CHECK(r.diags.items()[0].message == "'number' 4.1 would be read as a decimal number");
    CHECK(r.diags.items()[0].hint == "put it in quotes: \"4.1\"");
    CHECK(read_display_number(r.c, r["c"], "'number'")->mark.column == 4);
  }
  SUBCASE("read_id suggests the transliteration") {
    Reader r("a: svaere-overgange\nb: Svære overgange\nc: ___\n");
    CHECK(read_id(r.c, r["a"], "theme id") == std::optional<std::string>("svaere-overgange"));
    CHECK_FALSE(read_id(r.c, r["b"], "theme id").has_value());
    CHECK_FALSE(read_id(r.c, r["c"], "theme id").has_value());
    REQUIRE(r.diags.items().size() == 2);
    CHECK(r.diags.items()[0].message == "theme id 'Svære overgange' is not a valid ID");
    CHECK(r.diags.items()[0].hint ==
          "IDs use a-z, 0-9 and single dashes; write 'svaere-overgange'");
    CHECK(r.diags.items()[1].hint == "IDs use a-z, 0-9 and single dashes, at most 80 characters");
  }
  SUBCASE("read_choice: did you mean, lower case, and the Danish labels") {
    Reader r("a: started\nb: startet\nc: igangsat\nd: Large\ne: whatever\n");
    CHECK(read_choice(r.c, r["a"], "status", kStatusKeys) == std::optional<std::string>("started"));
    CHECK_FALSE(read_choice(r.c, r["b"], "status", kStatusKeys).has_value());
    CHECK_FALSE(read_choice(r.c, r["c"], "status", kStatusKeys).has_value());
    CHECK_FALSE(read_choice(r.c, r["d"], "'cost'", {"small", "medium", "large"}).has_value());
    CHECK_FALSE(read_choice(r.c, r["e"], "'cost'", {"small", "medium", "large"}).has_value());
    REQUIRE(r.diags.items().size() == 4);
    CHECK(r.diags.items()[0].message == "status 'startet' is not allowed");
    CHECK(r.diags.items()[0].hint == "did you mean 'started'?");
    CHECK(
        r.diags.items()[1].hint ==
        "write started: values are written in English, and the site shows this one as 'igangsat'");
    CHECK(r.diags.items()[2].hint == "write large, in lower case");
    CHECK(r.diags.items()[3].hint == "use one of: small, medium, large");
  }
  SUBCASE("read_date explains impossible and misordered dates") {
    Reader r("a: 2024-02-29\nb: 2023-02-29\nc: 24.12.2025\nd: i går\n");
    CHECK(read_date(r.c, r["a"], "'published'").has_value());
    CHECK_FALSE(read_date(r.c, r["b"], "'published'").has_value());
    CHECK_FALSE(read_date(r.c, r["c"], "'published'").has_value());
    CHECK_FALSE(read_date(r.c, r["d"], "'published'").has_value());
    REQUIRE(r.diags.items().size() == 3);
    CHECK(r.diags.items()[0].message == "'published' is not a calendar date: '2023-02-29'");
    CHECK(r.diags.items()[0].hint == "February 2023 has 28 days");
    CHECK(r.diags.items()[1].hint ==
          "write 2025-12-24: year, month and day, with two digits for month and day");
    CHECK(r.diags.items()[2].hint == "write the date as YYYY-MM-DD, e.g. 2024-06-30");
  }
  SUBCASE("a single value where a list or mapping was given") {
    Reader r("a: [x]\nb: {k: v}\n");
    CHECK_FALSE(read_string(r.c, r["a"], "'title'").has_value());
    CHECK_FALSE(read_string(r.c, r["b"], "'title'").has_value());
    REQUIRE(r.diags.items().size() == 2);
    CHECK(r.diags.items()[0].message == "'title' must be text, not a list");
    CHECK(r.diags.items()[1].message == "'title' must be text, not a mapping");
  }
  SUBCASE("read_string_list takes a lone string only when allowed") {
    Reader r("a: Chef\nb: [A, B]\n");
    CHECK(read_string_list(r.c, r["a"], "'owner'", true) == std::vector<std::string>{"Chef"});
    CHECK(read_string_list(r.c, r["b"], "'owner'", true) == std::vector<std::string>{"A", "B"});
    CHECK(read_string_list(r.c, r["a"], "'partners'").empty());
    CHECK(r.only().message == "'partners' must be a list, not a single value");
  }
}

TEST_CASE("read_markdown records where the text starts in the file") {
  Reader r("a: plain text\nb: \"quoted\"\nc: |\n  block\n");
  MarkdownText a = read_markdown(r.c, r["a"], "a");
  CHECK(a.first_line == 1);
  CHECK(a.yaml_column == 4);
  MarkdownText b = read_markdown(r.c, r["b"], "b");
  CHECK(b.first_line == 2);
  CHECK(b.yaml_column == 5);  // after the quote
  MarkdownText c = read_markdown(r.c, r["c"], "c");
  CHECK(c.first_line == 4);  // the line after '|'
  CHECK(c.yaml_column == 1);
  CHECK(c.text == "block\n");
  CHECK(c.path == "f.yaml");
}

TEST_CASE("Fields") {
  SUBCASE("unknown keys, with did-you-mean or the allowed keys") {
    Reader r("title: A\nstatu: x\nfarve: rød\n");
    Fields f(r.c, r.root, {"title", "status"}, "the initiative");
    CHECK(f.ok());
    REQUIRE(r.diags.items().size() == 2);
    CHECK(r.diags.items()[0].message == "unknown key 'statu' in the initiative");
    CHECK(r.diags.items()[0].hint == "did you mean 'status'?");
    CHECK(r.diags.items()[0].mark.line == 2);
    CHECK(r.diags.items()[1].hint == "allowed keys: title, status");
  }
  SUBCASE("a missing key is reported at the mapping, unless it was misspelt") {
    Reader r("summary: x\nstatu: y\n");
    Fields f(r.c, r.root, {"title", "status", "summary"}, "the initiative");
    CHECK(f.require("title") == nullptr);
    CHECK(f.require("status") == nullptr);
    CHECK(f.misspelt("status"));
    CHECK_FALSE(f.misspelt("title"));
    REQUIRE(r.diags.items().size() == 2);
    CHECK(r.diags.items()[0].message == "unknown key 'statu' in the initiative");
    CHECK(r.diags.items()[1].message == "missing key 'title' in the initiative");
    CHECK(r.diags.items()[1].mark.line == 1);
    CHECK(r.diags.items()[1].mark.column == 1);
  }
  SUBCASE("an empty value, null or blank text, is empty") {
    Reader r("a:\nb: \"\"\nc: '  '\nd: x\n");
    Fields f(r.c, r.root, {"a", "b", "c", "d"}, "plan.yaml");
    CHECK(f.require("a") == nullptr);
    CHECK(f.require("b") == nullptr);
    CHECK(f.require("c") == nullptr);
    REQUIRE(f.require("d") != nullptr);
    CHECK(f.get("a") == nullptr);  // an optional key left empty counts as not given
    REQUIRE(r.diags.items().size() == 3);
    CHECK(r.diags.items()[0].message == "'a' is empty in plan.yaml");
    CHECK(r.diags.items()[0].mark.line == 1);
    CHECK(r.diags.items()[0].mark.column == 3);
    CHECK(r.diags.items()[1].mark.column == 4);
  }
  SUBCASE("not a mapping") {
    Reader r("a: 5\nb:\n");
    Fields f(r.c, r["a"], {"amount"}, "budget", "write budget: {amount: 250000}");
    CHECK_FALSE(f.ok());
    CHECK(f.get("amount") == nullptr);
    Fields g(r.c, r["b"], {"amount"}, "an update");
    REQUIRE(r.diags.items().size() == 2);
    CHECK(r.diags.items()[0].message ==
          "budget must be a mapping of keys and values, not a single value");
    CHECK(r.diags.items()[0].hint == "write budget: {amount: 250000}");
    CHECK(r.diags.items()[1].message == "an update is empty");
  }
  SUBCASE("a Danish decimal comma inside { } is explained") {
    Reader r("v: {period: 2019, value: 1.494,5}\n");
    Fields f(r.c, r["v"], {"period", "value"}, "baseline");
    CHECK(r.only().message == "unknown key '5' in baseline");
    CHECK(r.only().hint ==
          "inside { } a ',' separates entries: write decimal numbers with '.' (1494.5), without "
          "thousands separators");
  }
}
