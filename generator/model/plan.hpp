#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/yaml_tree.hpp"
#include "model/period.hpp"
#include "support/diagnostic.hpp"

namespace overblik {

/// A figure bound to the data (content format 1.1), as written in Markdown:
/// `:count[initiatives]{status=started theme=ID}`, `:value[ID]{series="…" period=2024}`,
/// `:change[ID]{from=… to=…}`, `:target[ID]`, `:assessment[ID]`.
struct Directive {
  std::string name;    ///< count, value, change, target, assessment
  std::string target;  ///< between the brackets
  std::vector<std::pair<std::string, std::string>> attributes;  ///< in the order written
  size_t offset = 0;  ///< byte offset of the ':' in the scanned text
  size_t length = 0;  ///< bytes up to and including the closing ']' or '}'
  std::string error;  ///< a syntax problem in the braces, or empty

  const std::string* attribute(std::string_view key) const;
};

/// Markdown text from content, with where it starts so that problems inside it
/// (links, raw HTML) can be reported at their file line.
struct MarkdownText {
  std::string text;
  std::string path;    ///< diagnostic path of the file
  int first_line = 1;  ///< file line of the text's first line
  /// 0 when `text` is the file's text as written (a body). For Markdown inside
  /// YAML, the file column (code points) where the scalar's text begins on
  /// `first_line`: the text is then the scalar's value (indentation removed,
  /// lines folded), and positions in it are found by aligning it with the file.
  int yaml_column = 0;
  /// The directives in the text's text nodes, found when the text was checked
  /// (check_markdown), each with its `offset` in `text`: the directive check
  /// reads them here instead of parsing the text a second time.
  std::vector<Directive> directives;
  bool empty() const { return text.empty(); }
};

/// A decimal number from content, kept exactly: `text` is its shortest form
/// ("1.50" → "1.5"), `value` its double for arithmetic and charts.
struct Number {
  double value = 0;
  std::string text = "0";
  friend bool operator==(const Number& a, const Number& b) { return a.text == b.text; }
};

/// The `number` of a theme, initiative or indicator: shown as written, sorted naturally.
struct DisplayNumber {
  std::string text;
  Mark mark;  ///< where it is written, for diagnostics
};

/// `none` (1.2) is "not stated": only as a plan's default_status, never written on an initiative.
enum class Status { proposed, approved, started, completed, postponed, stopped, none };
enum class Cost { small, medium, large };
enum class Direction { none, decrease, increase };
enum class Assessment { met, progress, no_progress, pending, not_met, no_data, no_target };

const char* status_key(Status s);          ///< "started"; "none" for Status::none
const char* cost_key(Cost c);              ///< "small"
const char* direction_key(Direction d);    ///< "decrease"
const char* assessment_key(Assessment a);  ///< "no-progress"
std::optional<Status> parse_status(std::string_view s);
std::optional<Assessment> parse_assessment(std::string_view s);
extern const std::vector<std::string> kStatusKeys;
extern const std::vector<std::string> kAssessmentKeys;

struct Contact {
  std::string name, email, phone, address;
  bool empty() const { return name.empty() && email.empty() && phone.empty() && address.empty(); }
};

/// A plan's own name for one of its levels (1.2): "fokusområde"/"fokusområder", folder
/// "fokusomraader".
struct Term {
  std::string one, many;
  std::string segment;  ///< the output folder; empty: the interface's own
};

/// The plan's own words for its levels (1.2); an absent term keeps the interface's word.
struct Terms {
  std::optional<Term> initiative, theme, group, indicator;
  bool empty() const { return !initiative && !theme && !group && !indicator; }
};

/// Which overview pages the site has (1.2); the data exports are always written.
struct Sections {
  bool matrix = true, action_plan = true, updates = true;
};

struct PlanInfo {
  std::string title, subtitle, organisation, department;
  std::string language = "da";
  std::optional<int> period_start, period_end;
  Date published;
  /// False when `published` is missing or unreadable: its error is reported,
  /// and nothing is then counted from it (no "stale since 1970").
  bool published_ok = false;
  /// (1.2) `published` given as a year or month: shown as written; `published` is its first day.
  std::optional<Period> published_period;
  bool ended = false;  ///< status: ended (1.2): nothing is stale, every page says so
  Status default_status = Status::proposed;  ///< (1.2) may be Status::none
  Terms terms;
  Sections sections;
  std::string base_url;  ///< without trailing slash; empty when not given
  MarkdownText intro;
  Contact contact;
  std::string accessibility_statement;
  std::string licence;
  std::string logo;  ///< path inside the content folder, "assets/…"
  int stale_after_days = 365;
  /// Markdown images from other sites (`![x](https://…)`) without a warning.
  bool allow_external_images = false;
  YamlNode extra;
};

/// An expected result of a theme (1.2), optionally bound to an indicator's series.
struct ThemeResult {
  MarkdownText text;
  std::string indicator;  ///< empty: not bound
  std::string series;     ///< empty: the indicator's only series
  Mark mark;              ///< where the result is written, for its checks
};

struct Theme {
  std::string id;
  std::string title;
  std::optional<DisplayNumber> number;
  std::string short_label;
  std::string parent;  ///< empty: top level
  MarkdownText summary;
  MarkdownText goal;                 ///< (1.2)
  std::vector<ThemeResult> results;  ///< (1.2)
  YamlNode extra;
  Mark mark;  ///< where the theme's entry starts in themes.yaml

  std::vector<std::string> children;  ///< leaf themes under a group, in file order
  bool is_group() const { return !children.empty(); }
};

struct Update {
  Date date;
  std::optional<Status> status;
  std::optional<int> progress;
  MarkdownText text;
  int order = 0;  ///< position in the file, for ties on the same date
  Mark mark;
};

struct Resource {
  std::string unit;
  int load = 1;
};

struct Budget {
  Number amount;
  std::string currency = "DKK";
  std::string note;
};

struct Initiative {
  std::string id;
  std::string path;  ///< diagnostic path of the file
  std::string title;
  std::optional<DisplayNumber> number;
  std::string summary;
  std::vector<std::string> themes;  ///< leaf themes, primary first
  Status status =
      Status::proposed;  ///< the current status (given, or from updates, or the plan's default)
  bool status_stated = false;  ///< given, or from an update: not the plan's default
  std::vector<std::string> owners, partners;
  std::optional<Period> start, end;
  std::optional<Cost> cost;
  std::optional<Budget> budget;
  std::optional<bool> quick_win;
  std::vector<Resource> resources;
  std::vector<std::string> indicators;
  std::vector<std::string> tags;
  std::vector<Update> updates;  ///< newest first
  MarkdownText body;
  YamlNode extra;

  // Derived by the model.
  std::optional<int> progress;      ///< from the newest update that carries one
  std::optional<Date> last_update;  ///< the newest update's date
  bool stale = false;
};

struct Baseline {
  Period period;
  Number value;
};

struct Target {
  Period period;
  Number low, high;  ///< equal unless a range
  bool range = false;
};

struct DataPoint {
  Period period;
  std::optional<Number> value;  ///< nullopt: "no data"
};

struct Series {
  std::string name;
  std::vector<DataPoint> points;  ///< in period order
  std::optional<Baseline> baseline;
  std::optional<Target> target;
  Assessment assessment = Assessment::no_target;
  bool assessment_given = false;  ///< an override from the content
  MarkdownText assessment_note;
  std::optional<DataPoint> latest;  ///< newest non-null value
};

struct Indicator {
  std::string id;
  std::string path;
  std::string title;
  std::optional<DisplayNumber> number;
  std::string unit;
  MarkdownText description;
  std::string source, source_url;
  Direction direction = Direction::none;
  int decimals = 0;
  std::vector<std::string> themes;
  std::vector<Series> series;
  std::vector<MarkdownText> notes;
  YamlNode extra;
};

/// Where a page stands in the print version (1.2).
enum class PrintPlace { back, front, none };

struct Page {
  std::string slug;
  std::string path;
  std::string title;
  std::optional<int> menu;
  PrintPlace print = PrintPlace::back;
  std::string summary;
  MarkdownText body;
  YamlNode extra;
};

/// A validated plan. Collections are in display order (see the content format's "Order").
struct Plan {
  PlanInfo info;
  std::vector<Theme> themes;  ///< display order: groups followed by their children
  std::vector<Initiative> initiatives;
  std::vector<Indicator> indicators;
  std::vector<Page> pages;
  std::vector<std::string> assets;  ///< "assets/…"
  std::string content_dir;
  Date today;  ///< the build date

  const Theme* theme(std::string_view id) const;
  const Initiative* initiative(std::string_view id) const;
  const Indicator* indicator(std::string_view id) const;
  const Page* page(std::string_view slug) const;
  /// Leaf themes in display order: the matrix columns.
  std::vector<const Theme*> leaf_themes() const;
};

}  // namespace overblik
