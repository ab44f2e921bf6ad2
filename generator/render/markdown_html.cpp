#include "render/markdown_html.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <vector>

#include "load/markdown.hpp"
#include "model/links.hpp"
#include "support/text.hpp"

namespace overblik {

namespace {

/// A cross-reference's or asset's path from the site's root.
std::string resolve(const Link& link, const Urls* urls) {
  if (link.kind == Link::Kind::asset) return link.target + link.suffix;
  const Urls& u = *urls;
  std::string path;
  if (link.scheme == "initiative")
    path = u.initiative(link.target);
  else if (link.scheme == "theme")
    path = u.theme(link.target);
  else if (link.scheme == "indicator")
    path = u.indicator(link.target);
  else
    path = u.page(link.target);
  return path + link.suffix;
}

/// Replaces a node by its children (a link that may not be a link).
void unwrap(cmark_node* node) {
  while (cmark_node* child = cmark_node_first_child(node)) cmark_node_insert_before(node, child);
  cmark_node_free(node);
}

/// An image that may not be shown becomes its alt text.
void image_to_text(cmark_node* node) {
  unwrap(node);
}

std::string text_of(cmark_node* node) {
  std::string out;
  cmark_iter* it = cmark_iter_new(node);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev == CMARK_EVENT_ENTER &&
        (cmark_node_get_type(n) == CMARK_NODE_TEXT || cmark_node_get_type(n) == CMARK_NODE_CODE))
      out += cmark_node_get_literal(n);
    else if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_SOFTBREAK)
      out += ' ';
  }
  cmark_iter_free(it);
  return out;
}

/// Adds id attributes to the rendered headings, in document order. Heading
/// text is escaped in the HTML, so "<hN>" there is always a real tag.
std::string add_heading_ids(const std::string& html,
                            const std::vector<std::pair<int, std::string>>& headings,
                            const std::string& prefix) {
  // Copied into a new string piece by piece: inserting into the HTML moved
  // all that follows once per heading (a text of 200,000 headings took minutes).
  std::map<std::string, int> used;
  std::string out;
  out.reserve(html.size() + headings.size() * 16);
  size_t pos = 0;
  for (const auto& [level, base] : headings) {
    int n = ++used[base];
    std::string id = prefix + base + (n > 1 ? "-" + std::to_string(n) : "");
    const std::string tag = "<h" + std::to_string(level) + ">";
    const size_t at = html.find(tag, pos);
    if (at == std::string::npos) break;
    out.append(html, pos, at + 3 - pos).append(" id=\"" + id + "\"");
    pos = at + 3;
  }
  out.append(html, pos);
  return out;
}

bool may_hold_directive(const std::string& text) {
  for (const char* name : {":count[", ":value[", ":change[", ":target[", ":assessment["})
    if (text.find(name) != std::string::npos) return true;
  return false;
}

/// Replaces directives in text nodes by their rendered text (a text node is
/// escaped when rendered, so the result is safe whatever it holds).
void expand_directives(cmark_node* root, const LinkContext& ctx) {
  merge_text_nodes(root);
  std::vector<cmark_node*> texts;
  cmark_iter* it = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_TEXT) texts.push_back(n);
  }
  cmark_iter_free(it);
  for (cmark_node* n : texts) {
    const std::string literal = cmark_node_get_literal(n);
    auto found = find_directives(literal);
    if (found.empty()) continue;
    std::string out;
    size_t pos = 0;
    for (const Directive& d : found) {
      out += literal.substr(pos, d.offset - pos);
      out += ctx.directive(d, std::string_view(literal).substr(d.offset, d.length));
      pos = d.offset + d.length;
    }
    out += literal.substr(pos);
    cmark_node_set_literal(n, out.c_str());
  }
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
    s.replace(pos, from.size(), to);
}

/// cmark-gfm's footnote markup with ids unique to this text and the back
/// links named in the interface language.
std::string localise_footnotes(std::string html, const LinkContext& ctx) {
  const std::string p = ctx.id_prefix + ctx.footnote_prefix;
  for (const char* attr : {"href=\"#", "id=\""})
    for (const char* kind : {"fn-", "fnref-"})
      replace_all(html, std::string(attr) + kind, std::string(attr) + p + kind);
  // cmark-gfm names every back link "Back to content"; name it by its note's number instead.
  const std::string back = "aria-label=\"Back to content\"";
  size_t note = 0, scanned = 0;
  for (size_t pos = html.find(back); pos != std::string::npos; pos = html.find(back, pos + 1)) {
    for (size_t li = html.find("<li id=\"", scanned); li != std::string::npos && li < pos;
         li = html.find("<li id=\"", li + 1)) {
      ++note;
      scanned = li + 1;
    }
    std::string label = ctx.footnote_back;
    replace_all(label, "{n}", std::to_string(note));
    html.replace(pos, back.size(), "aria-label=\"" + label + "\"");
  }
  return html;
}

/// Link targets that depend on the page, marked in the prepared HTML: the
/// path to the site's root before a cross-reference or an asset, and the id
/// prefix after the '#' of a link within the text. Both are URL schemes that
/// classify_link forbids, so no link written in the content keeps them.
constexpr std::string_view kMark = "overblik-";
constexpr std::string_view kRootMark = "overblik-root:";
constexpr std::string_view kAnchorMark = "overblik-anchor:";

/// The tree's text without markup, for markdown_to_text.
std::string plain_text(const MarkdownTree& tree) {
  std::string out;
  for_each_node(tree, [&](cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE: {
        const char* lit = cmark_node_get_literal(node);
        if (lit) out += lit;
        break;
      }
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += ' ';
        break;
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_HEADING:
      case CMARK_NODE_ITEM:
        if (!out.empty() && out.back() != ' ') out += ' ';
        break;
      default:
        break;
    }
  });
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

/// A link's or image's target as prepare() keeps it.
void prepare_link(cmark_node* node, const LinkContext& ctx, std::vector<cmark_node*>& unwrap_links,
                  std::vector<cmark_node*>& text_images) {
  const char* url = cmark_node_get_url(node);
  Link link = classify_link(url ? url : "");
  const bool image = cmark_node_get_type(node) == CMARK_NODE_IMAGE;
  if (link.kind == Link::Kind::forbidden)
    (image ? text_images : unwrap_links).push_back(node);
  else if (link.kind == Link::Kind::asset || (link.kind == Link::Kind::cross_ref && ctx.urls))
    cmark_node_set_url(node, (std::string(kRootMark) + resolve(link, ctx.urls)).c_str());
  else if (link.kind == Link::Kind::anchor)
    cmark_node_set_url(node, (std::string(kAnchorMark) + std::string(url + 1)).c_str());
}

/// Raw HTML dropped, links and images made safe and marked (see kMark);
/// returns the headings, in document order.
std::vector<cmark_node*> clean_tree(const MarkdownTree& tree, const LinkContext& ctx) {
  std::vector<cmark_node*> drop, unwrap_links, text_images, headings;
  for_each_node(tree, [&](cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        drop.push_back(node);
        break;
      case CMARK_NODE_HEADING:
        headings.push_back(node);
        break;
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE:
        prepare_link(node, ctx, unwrap_links, text_images);
        break;
      default:
        break;
    }
  });
  // Change the tree only after walking it: the iterator must not see freed nodes.
  for (cmark_node* n : drop) cmark_node_free(n);
  for (cmark_node* n : unwrap_links) unwrap(n);
  for (cmark_node* n : text_images) image_to_text(n);
  return headings;
}

/// The one parse of a text in the render stage.
PreparedMarkdown prepare(const std::string& markdown, const LinkContext& ctx) {
  PreparedMarkdown out;
  MarkdownTree tree(markdown);
  if (ctx.directive && may_hold_directive(markdown)) expand_directives(tree.root(), ctx);
  out.text = plain_text(tree);
  for (cmark_node* h : clean_tree(tree, ctx)) {
    std::string base = suggest_id(text_of(h));
    if (base.empty()) base = "afsnit";
    out.headings.emplace_back(cmark_node_get_heading_level(h), std::move(base));
  }
  // No CMARK_OPT_UNSAFE: cmark's safe mode is a second guard behind the above.
  char* html = cmark_render_html(tree.root(), CMARK_OPT_DEFAULT, tree.extensions());
  out.html = html;
  free(html);
  return out;
}

/// The root path and the id prefix put where prepare() marked them. Only a
/// link's or image's target starts with a mark: text and other attributes
/// are escaped, so `<a href="` is always cmark's own tag.
std::string unmark_links(const std::string& html, const LinkContext& ctx) {
  const std::string_view h = html;
  std::string out;
  out.reserve(html.size());
  size_t pos = 0;
  for (size_t at = h.find(kMark); at != std::string_view::npos; at = h.find(kMark, at + 1)) {
    const std::string_view before = h.substr(0, at);
    if (!ends_with(before, "<a href=\"") && !ends_with(before, "<img src=\"")) continue;
    const bool root = starts_with(h.substr(at), kRootMark);
    if (!root && !starts_with(h.substr(at), kAnchorMark)) continue;
    out.append(h.substr(pos, at - pos));
    out += root ? ctx.root : "#" + ctx.id_prefix;
    pos = at + (root ? kRootMark : kAnchorMark).size();
  }
  out.append(h.substr(pos));
  return out;
}

/// Moves the text's top heading level to `top` (down from h1, or up from h4),
/// keeping the steps between levels, so the page's outline has no gaps.
/// Returns the headings at their new levels.
std::vector<std::pair<int, std::string>> shift_headings(std::string& html,
                                                        const PreparedMarkdown& p, int top) {
  std::vector<std::pair<int, std::string>> headings = p.headings;
  if (headings.empty()) return headings;
  int min_level = 6;
  for (const auto& h : headings) min_level = std::min(min_level, h.first);
  const int shift = top - min_level;
  if (shift == 0) return headings;
  for (auto& h : headings) h.first = std::clamp(h.first + shift, 1, 6);
  // Heading text is escaped, so every "<hN>" and "</hN>" in the HTML is a heading's tag.
  for (size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    size_t n = at + 1;
    if (n < html.size() && html[n] == '/') ++n;
    if (n + 2 < html.size() && html[n] == 'h' && html[n + 1] >= '1' && html[n + 1] <= '6' &&
        html[n + 2] == '>')
      html[n + 1] = static_cast<char>('0' + std::clamp(html[n + 1] - '0' + shift, 1, 6));
  }
  return headings;
}

/// A prepared text finished for the page `ctx` describes.
std::string finish(const PreparedMarkdown& p, const LinkContext& ctx, int top_heading) {
  std::string out = unmark_links(p.html, ctx);
  const auto headings = shift_headings(out, p, top_heading);
  if (ctx.heading_ids) out = add_heading_ids(out, headings, ctx.id_prefix);
  if (out.find("data-footnote") != std::string::npos) out = localise_footnotes(std::move(out), ctx);
  return out;
}

}  // namespace

const PreparedMarkdown& MarkdownCache::get(const std::string& markdown, const LinkContext& ctx) {
  const bool directives = ctx.directive && may_hold_directive(markdown);
  Entry* entry = nullptr;
  {
    std::lock_guard lock(mutex_);
    std::unique_ptr<Entry>& slot = entries_[{markdown, directives}];
    if (!slot) slot = std::make_unique<Entry>();
    entry = slot.get();
  }
  // Parsed outside the map's lock, so that other texts are prepared meanwhile.
  std::call_once(entry->once, [&] { entry->value = prepare(markdown, ctx); });
  return entry->value;
}

std::string markdown_to_html(const std::string& markdown, const LinkContext& ctx, int top_heading) {
  if (markdown.empty()) return {};
  if (ctx.cache) return finish(ctx.cache->get(markdown, ctx), ctx, top_heading);
  return finish(prepare(markdown, ctx), ctx, top_heading);
}

std::string markdown_to_text(const std::string& markdown, const LinkContext& ctx) {
  if (markdown.empty()) return {};
  if (ctx.cache) return ctx.cache->get(markdown, ctx).text;
  return prepare(markdown, ctx).text;
}

}  // namespace overblik
