#pragma once
#include "model/plan.hpp"
#include "render/labels.hpp"

namespace overblik {

/// The interface words with the plan's own terms (1.2) put in. Every label
/// that names a level has a pattern `terms.KEY` in the language file
/// ("{Initiatives} og {themes}: …"); a pattern replaces the label only where
/// the plan renames a level it names, so a plan without terms reads as before.
/// `{theme:}` names a level without putting its word in ("primær tilknytning{theme:}").
Labels with_terms(const Labels& base, const Terms& terms);

/// The first letter in upper case ("fokusområder" → "Fokusområder", "øvrige" → "Øvrige").
std::string capitalise(const std::string& word);

}  // namespace overblik
