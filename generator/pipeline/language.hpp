#pragma once
#include <optional>

#include "pipeline/pipeline.hpp"
#include "support/messages.hpp"

namespace overblik {

/// The language to report on a checked content folder in: `chosen` (--lang)
/// when given; else the `language:` line of its plan.yaml, read from the text
/// so that a plan with errors still has one (Danish when it has none); else,
/// with no plan.yaml at all, the environment's (language_from_environment).
Language report_language(const Checked& checked, std::optional<Language> chosen = std::nullopt);

}  // namespace overblik
