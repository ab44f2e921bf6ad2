#pragma once
// Diagnostics for machines: `check` and `build` with --format json, github,
// sarif or codequality. The text form, for people, is format_diagnostic().
#include <optional>
#include <string>
#include <vector>

#include "support/diagnostic.hpp"

namespace overblik {

/// The output forms of `--format`.
enum class DiagnosticFormat { text, json, github, sarif, codequality };

/// "text", "json", "github", "sarif", "codequality" → the format; nullopt otherwise.
std::optional<DiagnosticFormat> parse_diagnostic_format(const std::string& name);

/// The names parse_diagnostic_format() accepts, in the order the help lists them.
std::vector<std::string> diagnostic_format_names();

/// The top folder of the git repository (worktree) that holds `dir`: the
/// nearest folder, from `dir` upwards, with a `.git` entry. Empty outside one.
std::string find_repository_root(const std::string& dir);

/// `path` (as a diagnostic names it, relative to `cwd` or absolute) made
/// relative to `root`, with '/' separators; unchanged when `root` is empty,
/// when the path lies outside it, or when it names a git revision (git:REF:PATH).
std::string relative_to_root(const std::string& path, const std::string& cwd,
                             const std::string& root);

/// One JSON array of {file, line, column, severity, message, hint}, then a newline.
std::string format_json(const std::vector<Diagnostic>& diags);

/// One GitHub Actions workflow command per diagnostic,
/// `::error file=F,line=L,col=C,title=overblik::MESSAGE`, escaped by GitHub's rules.
std::string format_github(const std::vector<Diagnostic>& diags);

/// A SARIF 2.1.0 log with one run; `version` is overblik's.
std::string format_sarif(const std::vector<Diagnostic>& diags, const std::string& version);

/// A GitLab Code Quality report (the Code Climate issue subset GitLab reads).
std::string format_codequality(const std::vector<Diagnostic>& diags);

/// `text` escaped for the message of a workflow command: % CR LF.
std::string github_escape_data(const std::string& text);
/// `text` escaped for a property of a workflow command: % CR LF : and ','.
std::string github_escape_property(const std::string& text);

}  // namespace overblik
