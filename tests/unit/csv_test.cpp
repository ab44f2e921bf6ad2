#include "load/csv.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace overblik;

namespace {

struct Parsed {
  bool ok = false;
  std::vector<CsvRow> rows;
  Diagnostics diags;
};

Parsed parse(const std::string& text, char sep = ',') {
  Parsed p;
  p.ok = parse_csv(text, "x.csv", p.rows, p.diags, sep);
  return p;
}

std::vector<std::string> texts(const CsvRow& row) {
  std::vector<std::string> out;
  for (auto& f : row.fields) out.push_back(f.text);
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("parse_csv reads RFC 4180") {
  SUBCASE("rows, fields and their lines") {
    Parsed p = parse("series,period,value\nSager,2021,117\n");
    REQUIRE(p.ok);
    REQUIRE(p.rows.size() == 2);
    CHECK(texts(p.rows[0]) == Strings{"series", "period", "value"});
    CHECK(texts(p.rows[1]) == Strings{"Sager", "2021", "117"});
    CHECK(p.rows[0].line == 1);
    CHECK(p.rows[1].line == 2);
    CHECK(p.diags.items().empty());
  }
  SUBCASE("the last line may lack its newline") {
    Parsed p = parse("a,b\nc,d");
    REQUIRE(p.ok);
    CHECK(texts(p.rows[1]) == Strings{"c", "d"});
  }
  SUBCASE("quoted fields hold separators, doubled quotes and line breaks") {
    Parsed p = parse("\"Sager, i alt\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,1,2\n");
    REQUIRE(p.ok);
    REQUIRE(p.rows.size() == 2);
    CHECK(texts(p.rows[0]) == Strings{"Sager, i alt", "say \"hi\"", "two\nlines"});
    CHECK(p.rows[0].fields[0].quoted);
    CHECK(p.rows[1].line == 3);  // the quoted line break counts
    CHECK_FALSE(p.rows[1].fields[0].quoted);
  }
  SUBCASE("CRLF line endings, also inside quotes") {
    Parsed p = parse("a,b\r\n\"c\r\nd\",e\r\nf,g\r\n");
    REQUIRE(p.ok);
    REQUIRE(p.rows.size() == 3);
    CHECK(texts(p.rows[0]) == Strings{"a", "b"});
    CHECK(texts(p.rows[1]) == Strings{"c\nd", "e"});
    CHECK(p.rows[2].line == 4);
  }
  SUBCASE("empty fields") {
    Parsed p = parse("a,,c\n,,\nx,y,\n\"\",1,2\n");
    REQUIRE(p.ok);
    REQUIRE(p.rows.size() == 4);
    CHECK(texts(p.rows[0]) == Strings{"a", "", "c"});
    CHECK(texts(p.rows[1]) == Strings{"", "", ""});
    CHECK(texts(p.rows[2]) == Strings{"x", "y", ""});
    CHECK(texts(p.rows[3]) == Strings{"", "1", "2"});
    CHECK(p.rows[3].fields[0].quoted);
  }
  SUBCASE("spaces around a field are dropped, spaces inside quotes kept") {
    Parsed p = parse("  a , b b ,c \n  \" q \" , x\t,y\n");
    REQUIRE(p.ok);
    CHECK(texts(p.rows[0]) == Strings{"a", "b b", "c"});
    CHECK(texts(p.rows[1]) == Strings{" q ", "x", "y"});
  }
  SUBCASE("blank lines are skipped, keeping the line numbers of the rest") {
    Parsed p = parse("a\n\nb\n\n");
    REQUIRE(p.ok);
    REQUIRE(p.rows.size() == 2);
    CHECK(p.rows[1].line == 3);
  }
  SUBCASE("field positions point at the text, in characters") {
    Parsed p = parse("Mænd,  2021,5\n");
    REQUIRE(p.ok);
    CHECK(p.rows[0].fields[0].mark.column == 1);
    CHECK(p.rows[0].fields[1].mark.line == 1);
    CHECK(p.rows[0].fields[1].mark.column == 8);
    CHECK(p.rows[0].fields[2].mark.column == 13);
  }
  SUBCASE("another separator") {
    Parsed p = parse("a;\"b;c\";d,e\n", ';');
    REQUIRE(p.ok);
    CHECK(texts(p.rows[0]) == Strings{"a", "b;c", "d,e"});
    Parsed q = parse("a;b;c\n");
    CHECK(texts(q.rows[0]) == Strings{"a;b;c"});
  }
}

TEST_CASE("parse_csv reports errors at their position") {
  SUBCASE("a quote inside an unquoted field") {
    Parsed p = parse("series,period,value\nSag \"A\",2022,1\nok,2023,2\n");
    CHECK_FALSE(p.ok);
    REQUIRE(p.diags.items().size() == 1);
    const Diagnostic& d = p.diags.items().front();
    CHECK(d.message == "a quote inside a field that does not start with a quote");
    CHECK(d.path == "x.csv");
    CHECK(d.mark.line == 2);
    CHECK(d.mark.column == 5);
    // The bad row is left out; the rows around it are read.
    REQUIRE(p.rows.size() == 2);
    CHECK(p.rows[1].line == 3);
  }
  SUBCASE("text after a closing quote") {
    Parsed p = parse("\"Sæger\" x,2023,1\n");
    CHECK_FALSE(p.ok);
    REQUIRE(p.diags.items().size() == 1);
    CHECK(p.diags.items()[0].message == "text after the closing quote of a field");
    CHECK(p.diags.items()[0].mark.column == 9);
  }
  SUBCASE("every bad row in one run") {
    Parsed p = parse("a\"b,1\nc,2\nd\"e,3\n");
    CHECK_FALSE(p.ok);
    REQUIRE(p.diags.items().size() == 2);
    CHECK(p.diags.items()[0].mark.line == 1);
    CHECK(p.diags.items()[1].mark.line == 3);
    REQUIRE(p.rows.size() == 1);
    CHECK(texts(p.rows[0]) == Strings{"c", "2"});
  }
  SUBCASE("a quoted field never closed is reported where it opens") {
    Parsed p = parse("a,1\næ,\"Ledige, i alt,2022,5\nLedige,2023,6\n");
    CHECK_FALSE(p.ok);
    REQUIRE(p.diags.items().size() == 1);
    const Diagnostic& d = p.diags.items().front();
    CHECK(d.message == "quoted field is never closed");
    CHECK(d.mark.line == 2);
    CHECK(d.mark.column == 3);
    CHECK(p.rows.size() == 1);
  }
}

TEST_CASE("parse_csv with tab as the separator keeps empty fields") {
  Parsed p = parse("a\tb\tc\n1\t\t3\n\t\"x\"\t\n", '\t');
  REQUIRE(p.ok);
  REQUIRE(p.rows.size() == 3);
  CHECK(texts(p.rows[1]) == Strings{"1", "", "3"});
  CHECK(texts(p.rows[2]) == Strings{"", "x", ""});
}
