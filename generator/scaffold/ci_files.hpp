#pragma once
// The CI files that `overblik init --ci github|gitlab` writes: a workflow that
// checks a pull/merge request and reports what it changes, and builds and
// publishes the site from the main branch. docs/ci.md explains them.
#include <optional>
#include <string>

#include "scaffold/file_writer.hpp"

namespace overblik::scaffold {

enum class Forge { github, gitlab };

/// "github" or "gitlab" → the forge; nullopt otherwise.
std::optional<Forge> parse_forge(const std::string& name);

/// The workflow for `forge`, reading the plan from `content_dir` (a path from
/// the repository's top folder): `.github/workflows/overblik.yml` for GitHub,
/// `.gitlab-ci.yml` for GitLab, relative to that folder.
PlannedFile ci_file(Forge forge, const std::string& content_dir);

}  // namespace overblik::scaffold
