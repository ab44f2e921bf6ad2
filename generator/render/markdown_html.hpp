#pragma once
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/directives.hpp"
#include "model/plan.hpp"
#include "render/urls.hpp"

namespace overblik {

class MarkdownCache;

/// Where a Markdown text is rendered: links are made relative to this page.
struct LinkContext {
  const Urls* urls = nullptr;
  std::string root;  ///< "../" per level of the page the text appears on
  /// Give headings an id from their text ("## Forventet effekt" → id="forventet-effekt")
  /// so `[…](#forventet-effekt)` works. Only for a page's main text: ids must be unique.
  bool heading_ids = false;
  /// Put before every heading id and every `#fragment` link, where several
  /// texts share a page (the print version: "en-indgang-").
  std::string id_prefix;
  /// Renders a figure bound to the data (`:count[…]`, `:value[…]`, …) as
  /// text; without it directives stay as written.
  std::function<std::string(const Directive&, std::string_view written)> directive;
  /// Footnotes (1.2): put before their ids ("fn-1", "fnref-1"), unique per
  /// text, so that texts on one page do not share them.
  std::string footnote_prefix;
  /// The back link's accessible name, with {n} for the reference ("Tilbage til henvisning {n}").
  std::string footnote_back = "Back to reference {n}";
  /// Texts parsed before in this build, reused instead of parsed again; none:
  /// every call parses. Every context given one cache must have the same
  /// `urls` and `directive` (a build's ViewContext has one of each).
  MarkdownCache* cache = nullptr;
};

/// A Markdown text parsed and rendered once, in a form that every page
/// finishes without parsing it again: the parts that depend on the page (the
/// path to the site's root in links, `#` links under an id prefix, heading
/// levels and ids, footnote ids) are marked in `html` or kept beside it.
struct PreparedMarkdown {
  std::string html;  ///< headings at the levels written; root and anchor links marked
  std::string text;  ///< the text without markup (markdown_to_text)
  /// Each heading's level as written and the id its text suggests, in document order.
  std::vector<std::pair<int, std::string>> headings;
};

/// Each distinct text parsed once per build and kept for the page, the print
/// version, the feed and the search index. Safe for several rendering
/// threads: the first thread to ask for a text parses it, and any other that
/// asks meanwhile waits for that result, so a text is parsed exactly once
/// whatever the number of threads, and the result is the same.
class MarkdownCache {
 public:
  /// The text prepared for `ctx`'s links and directives.
  const PreparedMarkdown& get(const std::string& markdown, const LinkContext& ctx);

 private:
  struct Entry {
    std::once_flag once;
    PreparedMarkdown value;
  };
  std::mutex mutex_;
  /// By the text and whether its directives are rendered; entries never move.
  std::map<std::pair<std::string, bool>, std::unique_ptr<Entry>> entries_;
};

/// Markdown → safe HTML. Raw HTML is dropped, links with other schemes than
/// http, https and mailto become their text, cross-references
/// (initiative:ID, …) and asset paths become relative links, and headings are
/// shifted so that the text's top level is `top_heading` (the page has the h1).
std::string markdown_to_html(const std::string& markdown, const LinkContext& ctx,
                             int top_heading = 2);

/// The text without markup, for search and meta descriptions; directives are
/// rendered when `ctx.directive` is set.
std::string markdown_to_text(const std::string& markdown, const LinkContext& ctx = {});

}  // namespace overblik
