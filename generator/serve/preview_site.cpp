#include "serve/preview_site.hpp"

#include <fmt/format.h>

#include <array>
#include <utility>

#include "render/escape.hpp"
#include "support/text.hpp"

namespace overblik {

namespace {

std::string_view extension_of(std::string_view path) {
  const size_t slash = path.rfind('/');
  const size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  return path.substr(dot + 1);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Styles of the preview's own pages: plain, readable, enough contrast in
// light and dark mode, nothing that depends on the theme.
constexpr std::string_view kPageStyle =
    "body{font:1rem/1.5 system-ui,sans-serif;margin:0;padding:1.5rem;color:#1a1a1a;"
    "background:#fff}\n"
    "main{max-width:60rem;margin:auto}\n"
    "h1{font-size:1.6rem;line-height:1.25}\n"
    "ol{padding-left:1.5rem}\n"
    "pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:.5rem 0 1rem;padding:.75rem 1rem;"
    "background:#f3f3f3;border-left:.3rem solid #b00020;"
    "font:.95rem/1.45 ui-monospace,Menlo,Consolas,monospace}\n"
    ".warnings pre{border-left-color:#7a5a00}\n"
    ".excerpt{display:block;white-space:pre;overflow-x:auto;overflow-wrap:normal}\n"
    "a{color:#0645ad}\n"
    "@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}"
    "pre{background:#222}a{color:#8ab4f8}}\n";

std::string page_html(std::string_view title, std::string_view main_html,
                      std::string_view lang = "en") {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n<main>\n{}</main>\n</body>\n</"
      "html>\n",
      lang, escape_html(title), kPageStyle, main_html);
}

std::string_view next_line(const std::string& text, size_t start) {
  if (start >= text.size()) return {};
  size_t end = text.find('\n', start);
  return std::string_view(text).substr(start, end == std::string::npos ? end : end - start);
}

/// Whether a line of format_diagnostic's text belongs to the source excerpt
/// ("  12 | start: 2026-H3" or the caret line under it).
bool excerpt_line(std::string_view line) {
  size_t bar = line.find(" | ");
  if (bar == std::string_view::npos) bar = line.find(" |");
  if (bar == std::string_view::npos) return false;
  return line.substr(0, bar).find_first_not_of(" 0123456789") == std::string_view::npos;
}

/// One diagnostic as HTML: its message and hint wrap to the window, while
/// the source line and its caret keep their columns in a block that
/// scrolls sideways, so that the caret stays under the mistake on a phone.
std::string diagnostic_html(const std::string& text) {
  std::string out = "<li><pre>";
  bool in_excerpt = false;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + start, end - start);
    bool excerpt = excerpt_line(line);
    if (excerpt && !in_excerpt) out += "<span class=\"excerpt\" tabindex=\"0\">";
    if (!excerpt && in_excerpt) out += "</span>";
    in_excerpt = excerpt;
    out += escape_html(line);
    if (end < text.size() && !(excerpt && !excerpt_line(next_line(text, end + 1)))) out += '\n';
    start = end + 1;
  }
  if (in_excerpt) out += "</span>";
  return out + "</pre></li>\n";
}

std::string diagnostic_list(const Diagnostics& diags, Severity severity,
                            const SourceTexts& sources) {
  std::string out = "<ol>\n";
  for (const Diagnostic& d : diags.items())
    if (d.severity == severity) out += diagnostic_html(format_diagnostic(d, sources));
  return out + "</ol>\n";
}

}  // namespace

std::string content_type_for(std::string_view path) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kTypes{{
      {"html", "text/html; charset=utf-8"},
      {"htm", "text/html; charset=utf-8"},
      {"css", "text/css; charset=utf-8"},
      {"js", "text/javascript; charset=utf-8"},
      {"mjs", "text/javascript; charset=utf-8"},
      {"svg", "image/svg+xml"},
      {"xml", "application/xml; charset=utf-8"},
      {"json", "application/json; charset=utf-8"},
      {"csv", "text/csv; charset=utf-8"},
      {"txt", "text/plain; charset=utf-8"},
      {"md", "text/plain; charset=utf-8"},
      {"png", "image/png"},
      {"jpg", "image/jpeg"},
      {"jpeg", "image/jpeg"},
      {"gif", "image/gif"},
      {"webp", "image/webp"},
      {"ico", "image/x-icon"},
      {"pdf", "application/pdf"},
      {"woff2", "font/woff2"},
      {"woff", "font/woff"},
  }};
  const std::string ext = lower(extension_of(path));
  for (const auto& [e, type] : kTypes)
    if (e == ext) return std::string(type);
  return "application/octet-stream";
}

std::string reload_script(std::string_view version) {
  return fmt::format(
      "<script>\n"
      "// overblik serve: reload this page when the site is rebuilt (preview only)\n"
      "(function () {{\n"
      "  var events = new EventSource(\"/_overblik/events?since={}\");\n"
      "  events.addEventListener(\"reload\", function () {{ events.close(); location.reload(); "
      "}});\n"
      "}})();\n"
      "</script>\n",
      version);
}

std::string inject_before_body_end(std::string_view html, std::string_view snippet) {
  const size_t at = html.rfind("</body>");
  std::string out;
  out.reserve(html.size() + snippet.size());
  if (at == std::string_view::npos) {
    out.append(html).append(snippet);
  } else {
    out.append(html.substr(0, at)).append(snippet).append(html.substr(at));
  }
  return out;
}

std::string error_page_html(const Diagnostics& english, const SourceTexts& sources,
                            Language language) {
  Diagnostics diags = english;
  localize(diags, language);
  const bool da = language == Language::da;
  const int errors = diags.error_count();
  const int warnings = diags.warning_count();
  std::string main = fmt::format(
      fmt::runtime(da ? "<h1>Sitet kunne ikke bygges: {}</h1>\n"
                        "<p>overblik fandt {} i indholdet. Ret {}, og gem filen: siden her "
                        "genindlæser af sig selv, når sitet kan bygges igen.</p>\n"
                        "<h2>Fejl</h2>\n{}"
                      : "<h1>The site could not be built: {}</h1>\n"
                        "<p>overblik found {} in the content. Fix {} and save the file: this page "
                        "reloads by itself when the site builds again.</p>\n"
                        "<h2>Errors</h2>\n{}"),
      format_summary(errors, 0, language), escape_html(format_summary(errors, warnings, language)),
      da ? (errors == 1 ? "den" : "dem") : (errors == 1 ? "it" : "them"),
      diagnostic_list(diags, Severity::error, sources));
  if (warnings > 0)
    main += fmt::format("<details class=\"warnings\">\n<summary>{}</summary>\n{}</details>\n",
                        format_summary(0, warnings, language),
                        diagnostic_list(diags, Severity::warning, sources));
  return page_html(
      fmt::format(fmt::runtime(da ? "{} — overblik forhåndsvisning" : "{} — overblik preview"),
                  format_summary(errors, warnings, language)),
      main, da ? "da" : "en");
}

std::string error_page_html(std::string_view message, Language language) {
  if (language == Language::da)
    return page_html(
        "Sitet kunne ikke bygges — overblik forhåndsvisning",
        fmt::format("<h1>Sitet kunne ikke bygges</h1>\n<pre>{}</pre>\n"
                    "<p>Ret det, og gem filen: siden her genindlæser af sig selv.</p>\n",
                    escape_html(translate(message, language))),
        "da");
  return page_html("The site could not be built — overblik preview",
                   fmt::format("<h1>The site could not be built</h1>\n<pre>{}</pre>\n"
                               "<p>Fix it and save the file: this page reloads by itself.</p>\n",
                               escape_html(message)));
}

PreviewSite::PreviewSite(std::shared_ptr<const SiteFiles> files, std::string version,
                         Language language)
    : files_(std::move(files)), version_(std::move(version)), language_(language) {}

PreviewSite::PreviewSite(std::shared_ptr<const SiteFiles> last_good, std::string error_page,
                         std::string version, Language language)
    : files_(std::move(last_good)),
      error_page_(std::move(error_page)),
      version_(std::move(version)),
      language_(language) {}

PreviewResponse PreviewSite::html(int status, std::string_view page) const {
  return {
      status, content_type_for(".html"), inject_before_body_end(page, reload_script(version_)), {}};
}

PreviewResponse PreviewSite::not_found(std::string_view path) const {
  const bool da = language_ == Language::da;
  const std::string page =
      page_html(da ? "Ikke fundet — overblik forhåndsvisning" : "Not found — overblik preview",
                fmt::format(fmt::runtime(da ? "<h1>Ikke fundet</h1>\n<p>Sitet har ingen fil "
                                              "<code>/{}</code>.</p>\n"
                                              "<p><a href=\"/\">Gå til forsiden</a></p>\n"
                                            : "<h1>Not found</h1>\n<p>The site has no file "
                                              "<code>/{}</code>.</p>\n"
                                              "<p><a href=\"/\">Go to the front page</a></p>\n"),
                            escape_html(path)),
                da ? "da" : "en");
  return html(404, page);
}

PreviewResponse PreviewSite::respond(std::string_view url_path) const {
  std::string path(url_path);
  while (!path.empty() && path.front() == '/') path.erase(0, 1);
  if (path.empty() || path.back() == '/') path += "index.html";
  const bool page = ends_with(path, ".html") || ends_with(path, ".htm");
  // While the newest build has errors every page shows them, old or new.
  if (failed() && page) return html(500, error_page_);

  const SiteFiles empty;
  const SiteFiles& files = files_ ? *files_ : empty;
  if (auto it = files.find(path); it != files.end()) {
    const OutputFile& f = it->second;
    if (failed() && !f.copy_from.empty()) return not_found(path);
    if (page) return html(200, f.bytes);
    return {200, content_type_for(path), f.bytes, {}};
  }
  // "/initiativer/x" → "/initiativer/x/", as static hosts do.
  if (files.count(path + "/index.html")) return {301, {}, {}, "/" + path + "/"};
  if (failed() && extension_of(path).empty()) return html(500, error_page_);
  return not_found(path);
}

}  // namespace overblik
