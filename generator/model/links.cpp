#include "model/links.hpp"

#include <cctype>

#include "support/text.hpp"

namespace overblik {

namespace {

/// The URL's scheme (RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"), lower-cased.
std::string scheme_of(std::string_view url) {
  // Browsers ignore leading spaces and control characters, and tabs or
  // newlines inside the scheme ("java\tscript:"); so do we when judging it.
  std::string cleaned;
  for (char ch : url) {
    if (ch == ':') break;
    if (static_cast<unsigned char>(ch) <= 0x20) continue;
    cleaned += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  if (cleaned.size() == url.size() || url.find(':') == std::string_view::npos) return {};
  if (cleaned.empty() || !std::isalpha(static_cast<unsigned char>(cleaned[0]))) return {};
  for (char ch : cleaned)
    if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '+' && ch != '-' && ch != '.')
      return {};
  return cleaned;
}

void split_suffix(std::string_view rest, Link& link) {
  size_t cut = rest.find_first_of("#?");
  link.target = std::string(rest.substr(0, cut));
  if (cut != std::string_view::npos) link.suffix = std::string(rest.substr(cut));
}

}  // namespace

Link classify_link(std::string_view url) {
  Link link;
  std::string scheme = scheme_of(url);
  if (!scheme.empty()) {
    link.scheme = scheme;
    if (scheme == "http" || scheme == "https" || scheme == "mailto") {
      link.kind = Link::Kind::web;
    } else if (scheme == "initiative" || scheme == "theme" || scheme == "indicator" ||
               scheme == "page") {
      link.kind = Link::Kind::cross_ref;
      split_suffix(url.substr(url.find(':') + 1), link);
    } else {
      link.kind = Link::Kind::forbidden;
    }
    return link;
  }
  if (starts_with(url, "//")) {  // protocol-relative: the web, over the page's own scheme
    link.kind = Link::Kind::web;
    return link;
  }
  if (starts_with(url, "#")) {
    link.kind = Link::Kind::anchor;
    return link;
  }
  std::string_view path = url;
  if (starts_with(path, "/")) path.remove_prefix(1);
  if (starts_with(path, "assets/")) {
    link.kind = Link::Kind::asset;
    split_suffix(path, link);
    return link;
  }
  link.kind = Link::Kind::relative;
  return link;
}

}  // namespace overblik
