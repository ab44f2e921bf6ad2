#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "model/directives.hpp"
#include "model/plan.hpp"
#include "render/urls.hpp"

namespace overblik {

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
