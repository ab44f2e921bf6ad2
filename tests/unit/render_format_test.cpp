#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "model/fields.hpp"
#include "render/exports.hpp"
#include "render/labels.hpp"
#include "render/urls.hpp"

using namespace overblik;

namespace {
Labels labels(const std::string& lang) {
  std::ifstream in(std::string(OVERBLIK_TEST_DIR) + "/../templates/i18n/" + lang + ".yaml");
  std::stringstream s;
  s << in.rdbuf();
  return parse_labels(s.str(), lang);
}
}  // namespace

TEST_CASE("numbers are formatted for the interface language") {
  const Labels da = labels("da"), en = labels("en");
  CHECK(da.number(1494, 0) == "1.494");
  CHECK(da.number(3.8, 1) == "3,8");
  CHECK(da.number(-12, 0) == "−12");
  CHECK(da.number(1234567.25, 2) == "1.234.567,25");
  CHECK(da.number(999, 0) == "999");
  CHECK(da.number(-0.04, 1) == "0,0");
  CHECK(en.number(1494, 0) == "1,494");
  CHECK(en.number(3.8, 1) == "3.8");
  CHECK(da.number(*parse_number("1494.50")) == "1.494,5");
}

TEST_CASE("dates and periods read naturally") {
  const Labels da = labels("da"), en = labels("en");
  CHECK(da.date({2024, 6, 30}) == "30. juni 2024");
  CHECK(en.date({2024, 6, 30}) == "30 June 2024");
  CHECK(da.period(*parse_period("2024-H2")) == "2. halvår 2024");
  CHECK(da.period(*parse_period("2024-Q3")) == "3. kvartal 2024");
  CHECK(da.period(*parse_period("2024-05")) == "maj 2024");
  CHECK(da.period(*parse_period("2024")) == "2024");
  CHECK(da.period(*parse_period("2024-05-17")) == "17. maj 2024");
  CHECK(en.period(*parse_period("2024-H1")) == "H1 2024");
  CHECK(da.status(Status::started) == "igangsat");
  CHECK(da.assessment(Assessment::no_progress) == "ingen fremgang");
}

TEST_CASE("a missing label keeps its own text when another label is missing too") {
  const Labels da = labels("da");
  // Held the way a caller holds a label: a reference that must not change under it.
  auto&& first = da.get("no_such_label_a");
  auto&& second = da.get("no_such_label_b");
  CHECK(first == "[no_such_label_a]");
  CHECK(second == "[no_such_label_b]");
  CHECK(da.get("status_started") == "igangsat");
}

TEST_CASE("URLs follow the interface language") {
  Urls da("da"), en("en");
  CHECK(da.initiative("x") == "initiativer/x/index.html");
  CHECK(en.initiative("x") == "initiatives/x/index.html");
  CHECK(da.action_plan() == "handleplan/index.html");
  CHECK(en.action_plan() == "action-plan/index.html");
  CHECK(da.feed() == "opdateringer/feed.xml");
  CHECK(en.print() == "print/index.html");
  CHECK(Urls::pretty("temaer/a/index.html") == "temaer/a/");
  CHECK(Urls::pretty("index.html") == "");
  CHECK(Urls::root_of("index.html") == "");
  CHECK(Urls::root_of("temaer/a/index.html") == "../../");
}

TEST_CASE("CSV fields are quoted only when RFC 4180 needs it") {
  CHECK(csv_field("enkel") == "enkel");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("sagde \"hej\"") == "\"sagde \"\"hej\"\"\"");
  CHECK(csv_field("to\nlinjer") == "\"to\nlinjer\"");
  CHECK(csv_field(" kant") == "\" kant\"");
  CHECK(csv_line({"a", "", "c"}) == "a,,c\n");
}
