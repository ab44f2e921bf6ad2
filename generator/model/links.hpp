#pragma once
#include <string>
#include <string_view>

namespace overblik {

/// What a link in content Markdown points at, as the content format defines it.
struct Link {
  enum class Kind {
    web,        ///< http, https, mailto: kept
    cross_ref,  ///< initiative:ID, theme:ID, indicator:ID, page:SLUG
    anchor,     ///< #fragment
    asset,      ///< assets/… or /assets/…, resolved from the site root
    relative,   ///< any other link without a scheme: kept as written
    forbidden,  ///< another scheme (javascript:, data:, file:, …): dropped to its text
  };
  Kind kind = Kind::relative;
  std::string scheme;  ///< lower case, for web, cross_ref and forbidden
  std::string target;  ///< the ID for cross_ref, the path "assets/x.pdf" for asset
  std::string suffix;  ///< "#…" or "?…" after an asset path or cross-reference
};

Link classify_link(std::string_view url);

}  // namespace overblik
