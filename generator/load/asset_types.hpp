#pragma once
// Which files under assets/ a site may publish. Assets are served from the
// municipality's own domain, so a file a browser would run (HTML, JavaScript,
// an SVG with script) would let any content author run script there. Only
// passive types are allowed, and an SVG only without anything active in it.
#include <optional>
#include <string>
#include <string_view>

#include "support/diagnostic.hpp"

namespace overblik {

/// Why an asset may not be published.
struct AssetProblem {
  Mark mark;  ///< where in the file (1:1 for the type itself)
  std::string message;
  std::string hint;
};

/// The extensions (lower case, without the dot) an asset may have.
std::string_view allowed_asset_types();

/// True when the file name's extension (any case) is on the allowed list.
bool is_allowed_asset_type(std::string_view name);

/// True for a name ending in .svg (any case): its text must pass svg_problem.
bool is_svg_name(std::string_view name);

/// The first active or outside-loading thing in an SVG file, or nullopt.
/// A conservative scan of the markup, not a full XML parser (no XML library
/// is linked): it refuses script and foreignObject elements (and other
/// embedding ones), event attributes (on…), a DOCTYPE with an internal
/// subset (entities), xml-stylesheet instructions, links other than to
/// `#fragments` (and http(s) on <a>), animations of links, javascript:,
/// vbscript: and data: in attribute values, character references in
/// attribute values, and url(…) or @import that leaves the file.
std::optional<AssetProblem> svg_problem(std::string_view text);

}  // namespace overblik
