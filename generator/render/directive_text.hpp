#pragma once
#include <string>

#include "model/directives.hpp"
#include "render/labels.hpp"

namespace overblik {

/// The text a directive renders as, in the interface language: "15",
/// "1.494 personer", "+17 sager", "600 sager (2022)", "fremgang".
/// A directive that does not resolve renders as it was written (the build
/// has already failed on it).
std::string directive_text(const Directive& d, const Plan& plan, const Labels& l,
                           std::string_view written);

}  // namespace overblik
