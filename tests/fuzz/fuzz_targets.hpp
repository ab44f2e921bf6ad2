#pragma once
// What each fuzz target does with one input, shared by the libFuzzer entry
// points (tests/fuzz/fuzz_*.cpp) and the regression test that replays
// tests/fuzz/regressions/ (tests/unit/fuzz_regressions_test.cpp), so that a
// reproducer is always fed to exactly the code that crashed on it.
//
// Every input goes the way a file of a content folder goes: raw bytes through
// decode_source (BOM, CRLF, UTF-8 check) first, since nothing else ever sees
// the bytes of a file.

#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "load/content_files.hpp"
#include "load/csv.hpp"
#include "load/front_matter.hpp"
#include "load/source_file.hpp"
#include "load/yaml_tree.hpp"
#include "model/build_plan.hpp"
#include "model/directives.hpp"
#include "model/known.hpp"
#include "model/markdown_check.hpp"
#include "model/period.hpp"
#include "render/directive_text.hpp"
#include "render/labels.hpp"
#include "render/markdown_html.hpp"
#include "render/urls.hpp"
#include "support/diagnostic.hpp"
#include "support/file_system.hpp"

namespace overblik::fuzz {

// A small valid plan (tests/hostile/broken/base); the fuzzed file replaces one of it.
inline const char* const kPlan =
    "title: Lille testplan\norganisation: Testkommune\nlanguage: da\nperiod: {start: 2024, end: "
    "2026}\n"
    "published: 2024-01-15\nbase_url: https://example.org/lille\n"
    "intro: |\n  En lille, gyldig plan. Se [A](initiative:a).\nstale_after_days: 3650\n";
inline const char* const kThemes =
    "- id: bolig\n  title: Bolig\n  number: 1\n- id: job\n  title: Job og uddannelse\n  number: "
    "2\n";
inline const char* const kInitiativeFront =
    "title: Første initiativ\nnumber: \"1.1\"\nthemes: [bolig, job]\nstatus: started\nindicators: "
    "[x]\n"
    "updates:\n  - date: 2025-11-01\n    status: started\n    text: Sat i gang.\n";
inline const char* const kInitiativeBody =
    "\nBrødtekst med et [link](https://example.org/) og en [fil](assets/fil.txt).\n";
inline const char* const kIndicator =
    "title: Hjemløse\nunit: personer\ndirection: decrease\nthemes: [bolig]\n"
    "baseline: {period: 2022, value: 120}\ntarget: {period: 2026, value: 80}\n"
    "series:\n  - name: Kommunen\n    values:\n      2022: 120\n      2024: 110\n";
/// The indicator whose data comes from indicators/y.csv.
inline const char* const kCsvIndicator =
    "title: Udsættelser\nunit: sager\ndirection: decrease\nthemes: [job]\n"
    "baseline: {period: 2021, value: 117}\n"
    "series:\n  - name: \"Sager, i alt\"\n    target: {period: 2026, value: 100}\n  - name: "
    "Kvinder\n";
inline const char* const kPage =
    "---\ntitle: Om planen\nmenu: 1\n---\n\nEn side om [A](initiative:a).\n";

/// The base plan with `rel` (inside the content folder) holding `bytes`. The
/// page and the CSV indicator are there only when the fuzzed file is one of
/// theirs: every file parsed costs runs per second.
inline MemoryFileSystem plan_with(const std::string& rel, std::string bytes) {
  MemoryFileSystem fs;
  fs.add("content/plan.yaml", kPlan);
  fs.add("content/themes.yaml", kThemes);
  fs.add("content/initiatives/a.md",
         std::string("---\n") + kInitiativeFront + "---\n" + kInitiativeBody);
  fs.add("content/indicators/x.yaml", kIndicator);
  if (rel == "indicators/y.csv") fs.add("content/indicators/y.yaml", kCsvIndicator);
  if (rel == "pages/p.md") fs.add("content/pages/p.md", kPage);
  fs.add("content/assets/fil.txt", "En fil.\n");
  fs.add("content/" + rel, std::move(bytes));
  return fs;
}

/// Loads and models the plan, and formats every diagnostic with its source
/// line, as `overblik check` does.
inline void build(const MemoryFileSystem& fs) {
  Diagnostics diags;
  ContentFiles files = load_content(fs, "content", diags);
  ModelOptions options;
  options.today = *parse_date("2026-01-01");
  Plan plan = build_plan(files, options, diags);
  diags.sort();
  const SourceTexts sources = source_texts(files);
  for (const Diagnostic& d : diags.items()) (void)format_diagnostic(d, sources);
}

/// The text a file would have after decoding, or false for bytes that no
/// loader would pass on (invalid UTF-8: reported and never parsed).
inline bool decoded(std::string_view bytes, std::string& text) {
  SourceFile f;
  f.path = f.rel = "fuzz";
  Diagnostics diags;
  if (!decode_source(std::string(bytes), f, diags)) return false;
  text = std::move(f.text);
  return true;
}

/// fuzz_front_matter: a Markdown file's front matter split and parsed, then the
/// whole file as an initiative and as a page.
inline void front_matter(std::string_view bytes) {
  std::string text;
  if (decoded(bytes, text)) {
    Diagnostics diags;
    FrontMatter fm;
    if (split_front_matter(text, "fuzz.md", fm, diags)) {
      YamlNode node;
      parse_yaml(fm.yaml, "fuzz.md", fm.yaml_line, node, diags);
    }
  }
  build(plan_with("initiatives/a.md", std::string(bytes)));
  build(plan_with("pages/p.md", std::string(bytes)));
}

/// fuzz_yaml: the text parsed as YAML, then read as plan.yaml, themes.yaml,
/// an initiative's front matter and an indicator.
inline void yaml(std::string_view bytes) {
  std::string text;
  if (decoded(bytes, text)) {
    Diagnostics diags;
    YamlNode node;
    parse_yaml(text, "fuzz.yaml", 1, node, diags);
  }
  const std::string b(bytes);
  build(plan_with("plan.yaml", b));
  build(plan_with("themes.yaml", b));
  build(plan_with("initiatives/a.md", "---\n" + b + "\n---\n" + kInitiativeBody));
  build(plan_with("indicators/x.yaml", b));
}

/// fuzz_csv: the text parsed as CSV (both separators), then read as an
/// indicator's CSV data.
inline void csv(std::string_view bytes) {
  std::string text;
  if (decoded(bytes, text)) {
    for (char sep : {',', ';'}) {
      Diagnostics diags;
      std::vector<CsvRow> rows;
      parse_csv(text, "fuzz.csv", rows, diags, sep);
    }
  }
  build(plan_with("indicators/y.csv", std::string(bytes)));
}

// ---------------------------------------------------------------------------
// The Markdown oracle: what the browser would make of the HTML produced.

/// A URL attribute's value as a browser reads it: entities decoded, leading
/// controls and spaces dropped, tabs and line breaks removed, lower case.
inline std::string browser_url(std::string_view value) {
  std::string decoded_value;
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] != '&') {
      decoded_value += value[i];
      continue;
    }
    size_t semi = value.find(';', i);
    if (semi == std::string_view::npos) {
      decoded_value += value[i];
      continue;
    }
    std::string_view ent = value.substr(i + 1, semi - i - 1);
    long cp = -1;
    if (ent == "amp")
      cp = '&';
    else if (ent == "lt")
      cp = '<';
    else if (ent == "gt")
      cp = '>';
    else if (ent == "quot")
      cp = '"';
    else if (ent == "apos")
      cp = '\'';
    else if (ent == "colon")
      cp = ':';
    else if (ent == "Tab")
      cp = '\t';
    else if (ent == "NewLine")
      cp = '\n';
    else if (ent.size() > 1 && ent[0] == '#') {
      bool hex = ent[1] == 'x' || ent[1] == 'X';
      std::string digits(ent.substr(hex ? 2 : 1));
      if (!digits.empty() && digits.size() < 8)
        cp = std::strtol(digits.c_str(), nullptr, hex ? 16 : 10);
    }
    if (cp < 0 || cp > 0x7F) {
      decoded_value += value[i];
      continue;
    }
    decoded_value += static_cast<char>(cp);
    i = semi;
  }
  std::string out;
  bool leading = true;
  for (char ch : decoded_value) {
    const auto u = static_cast<unsigned char>(ch);
    if (leading && u <= 0x20) continue;
    leading = false;
    if (ch == '\t' || ch == '\n' || ch == '\r') continue;
    out += static_cast<char>(std::tolower(u));
  }
  return out;
}

/// The scheme a browser finds in a URL (WHATWG: ALPHA *(ALNUM / + / - / .) ":"), or "".
inline std::string browser_scheme(const std::string& url) {
  if (url.empty() || !std::isalpha(static_cast<unsigned char>(url[0]))) return {};
  for (size_t i = 1; i < url.size(); ++i) {
    const auto c = static_cast<unsigned char>(url[i]);
    if (c == ':') return url.substr(0, i);
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return {};
  }
  return {};
}

/// What is wrong with HTML made from content Markdown, or "" when nothing is.
/// cmark escapes every '<' of text, so each '<' must open one of the tags
/// cmark-gfm writes, with only the attributes it writes: no script, no event
/// handler, no URL with a scheme other than http, https and mailto (unless
/// `check_schemes` is false).
inline std::string html_violation(std::string_view html, bool check_schemes = true) {
  static const std::vector<std::string_view> tags = {
      "p",  "h1",         "h2",    "h3",    "h4", "h5",     "h6", "ul",  "ol",
      "li", "blockquote", "pre",   "code",  "em", "strong", "a",  "img", "hr",
      "br", "table",      "thead", "tbody", "tr", "th",     "td", "del"};
  static const std::vector<std::string_view> attributes = {"href", "src",   "alt",   "title",
                                                           "id",   "align", "start", "class"};
  auto lower = [](std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  auto in = [](const std::vector<std::string_view>& list, std::string_view s) {
    for (auto x : list)
      if (x == s) return true;
    return false;
  };
  const std::string low = lower(html);
  if (low.find("<script") != std::string::npos) return "a <script> tag";
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  for (size_t i = 0; i < low.size(); ++i) {
    if (low[i] == '>') return "a '>' outside a tag";
    if (low[i] != '<') continue;
    if (low.compare(i, 4, "<!--") == 0) return "an HTML comment";
    size_t p = i + 1;
    if (p < low.size() && low[p] == '/') ++p;
    size_t name_start = p;
    while (p < low.size() && std::isalnum(static_cast<unsigned char>(low[p]))) ++p;
    const std::string name = low.substr(name_start, p - name_start);
    if (!in(tags, name)) return "a tag <" + name + "> cmark does not write";
    while (true) {
      while (p < low.size() && (space(low[p]) || low[p] == '/')) ++p;
      if (p >= low.size()) return "a tag that is never closed";
      if (low[p] == '>') break;
      size_t a = p;
      while (p < low.size() && !space(low[p]) && low[p] != '/' && low[p] != '>' && low[p] != '=')
        ++p;
      const std::string attr = low.substr(a, p - a);
      if (attr.size() >= 2 && attr[0] == 'o' && attr[1] == 'n')
        return "an event handler attribute " + attr;
      if (!in(attributes, attr)) return "an attribute " + attr + " cmark does not write";
      while (p < low.size() && space(low[p])) ++p;
      std::string_view value;
      if (p < low.size() && low[p] == '=') {
        ++p;
        while (p < low.size() && space(low[p])) ++p;
        if (p < low.size() && (low[p] == '"' || low[p] == '\'')) {
          const char q = low[p];
          const size_t end = low.find(q, p + 1);
          if (end == std::string::npos) return "an attribute value that is never closed";
          value = std::string_view(html).substr(p + 1, end - p - 1);
          p = end + 1;
        } else {
          return "an unquoted attribute value";
        }
      }
      if (check_schemes && (attr == "href" || attr == "src")) {
        const std::string scheme = browser_scheme(browser_url(value));
        if (!scheme.empty() && scheme != "http" && scheme != "https" && scheme != "mailto")
          return "a " + attr + " with the scheme " + scheme + ":";
      }
    }
    i = p;
  }
  return {};
}

/// fuzz_markdown: the text checked as a page body and as a YAML block
/// scalar, rendered as a page's main text (heading ids, from the site root and
/// from two folders down, with an id prefix) and as plain text. Returns the
/// first violation of the HTML oracle, or "".
///
/// A build renders only content whose check gave no error. When the check
/// reports an error (a cross-reference to an unknown ID above all), the HTML is
/// still made and checked, but not its URL schemes: `page:x:y` from the site
/// root gives href="x:y/index.html", which is harmless only because the check
/// refuses the unknown page (see docs/security.md).
inline std::string markdown(std::string_view bytes) {
  std::string text;
  if (!decoded(bytes, text)) return {};
  Known known;
  known.themes = {{"bolig", {}}, {"job", {}}, {"gruppe", {"bolig", "job"}}};
  known.initiatives = {"a", "en-indgang"};
  known.indicators = {"x"};
  known.pages = {"p"};
  known.assets = {"assets/fil.txt"};
  // The text as a file's body (column 0) or a YAML value starting at `column`.
  auto text_at = [&](const char* path, int line, int column) {
    MarkdownText md;
    md.text = text;
    md.path = path;
    md.first_line = line;
    md.yaml_column = column;
    return md;
  };
  Diagnostics diags;
  check_markdown(text_at("content/pages/p.md", 5, 0), known, diags);
  const bool clean = !diags.has_errors();
  // The same text as the value of `intro: |` in plan.yaml, indented by two.
  std::string source = "title: T\nintro: |\n  ";
  for (char c : text) {
    source += c;
    if (c == '\n') source += "  ";
  }
  Diagnostics yaml_diags;
  check_markdown(text_at("content/plan.yaml", 3, 3), known, yaml_diags, source);

  static const Urls urls("da");
  std::string problem;
  for (int round = 0; round < 3 && problem.empty(); ++round) {
    LinkContext ctx;
    ctx.urls = &urls;
    ctx.root = round == 0 ? "" : "../../";
    ctx.heading_ids = round != 1;
    if (round == 2) ctx.id_prefix = "en-indgang-";
    const std::string html = markdown_to_html(text, ctx, round == 0 ? 1 : 2);
    problem = html_violation(html, clean);
    if (!problem.empty()) problem += " in: " + html;
  }
  (void)markdown_to_text(text);
  return problem;
}

/// fuzz_directives: the text as the body of a second initiative of the base
/// plan. The directive check runs over the whole plan, as a build runs it
/// (so a large or deeply nested text reaches merge_text_nodes and the
/// Markdown limits), its diagnostics are formatted (capped per file, source
/// lines cut to a window); then the text is rendered with its directives
/// filled in, as a page does, and the HTML is held to the same oracle as
/// fuzz_markdown's. Returns the first violation, or "".
inline std::string directives(std::string_view bytes) {
  std::string text;
  if (!decoded(bytes, text)) return {};
  const MemoryFileSystem fs =
      plan_with("initiatives/b.md", "---\ntitle: B\nnumber: \"2\"\nthemes: [bolig]\n---\n" + text);
  Diagnostics diags;
  ContentFiles files = load_content(fs, "content", diags);
  ModelOptions options;
  options.today = *parse_date("2026-01-01");
  const Plan plan = build_plan(files, options, diags);
  const SourceTexts sources = source_texts(files);
  check_directives(plan, diags, &sources);
  const bool clean = !diags.has_errors();
  diags.sort();
  diags.limit_per_file();
  for (const Diagnostic& d : diags.items()) (void)format_diagnostic(d, sources);

  static const Urls urls("da");
  static const Labels labels;  // every label "[key]": the words do not matter here
  LinkContext ctx;
  ctx.urls = &urls;
  ctx.root = "../../";
  ctx.directive = [&](const Directive& d, std::string_view written) {
    return directive_text(d, plan, labels, written);
  };
  const std::string html = markdown_to_html(text, ctx, 2);
  std::string problem = html_violation(html, clean);
  if (!problem.empty()) problem += " in: " + html;
  (void)markdown_to_text(text, ctx);
  return problem;
}

}  // namespace overblik::fuzz
