#include "scaffold/ci_files.hpp"

#include <string_view>

namespace overblik::scaffold {

namespace {

// The shell that installs overblik, shared by both forges (as a YAML block
// scalar, indented by the caller). A .deb from OVERBLIK_DEB_URL when set,
// else a build from OVERBLIK_SOURCE_URL (make install installs the build
// dependencies itself). The images are Debian 12, as the package is.
constexpr std::string_view kInstall = R"sh(set -eu
if [ -n "${OVERBLIK_DEB_URL:-}" ]; then
  curl -fsSL --retry 3 -o "${TMPDIR:-/tmp}/overblik.deb" "$OVERBLIK_DEB_URL"
  apt-get install -y --no-install-recommends "${TMPDIR:-/tmp}/overblik.deb"
elif [ -n "${OVERBLIK_SOURCE_URL:-}" ]; then
  git clone --quiet --depth 1 --branch "$OVERBLIK_SOURCE_REF" "$OVERBLIK_SOURCE_URL" "${TMPDIR:-/tmp}/overblik-src"
  make -C "${TMPDIR:-/tmp}/overblik-src" install PREFIX=/usr/local
else
  echo "Set OVERBLIK_DEB_URL (or OVERBLIK_SOURCE_URL) at the top of this file." >&2
  exit 1
fi
overblik --version
)sh";

// What changed in the plan between the target branch and this change, as
// Markdown, into the file $1. A plan that is new, or broken on either side,
// gets a sentence instead of a report.
constexpr std::string_view kDiff = R"sh(set -u
target=$1 out=$2
git fetch --quiet origin "+refs/heads/$target:refs/remotes/origin/$target"
{
  echo "# Hvad ændringen gør ved planen"
  echo
  if ! overblik diff "git:origin/$target:$OVERBLIK_CONTENT" "$OVERBLIK_CONTENT" --format markdown 2>"${TMPDIR:-/tmp}/overblik-diff.err"; then
    echo "Ingen sammenligning med \`$target\`: $(head -n 1 "${TMPDIR:-/tmp}/overblik-diff.err")"
  fi
} >>"$out"
)sh";

// `overblik check` as annotations (GitHub) or a Code Quality report (GitLab),
// with its summary line; the step fails when the content has errors.
constexpr std::string_view kGithubCheck = R"sh(status=0
overblik check --content "$OVERBLIK_CONTENT" --format github 2>"${TMPDIR:-/tmp}/overblik-check.txt" || status=$?
cat "${TMPDIR:-/tmp}/overblik-check.txt" >&2
{
  echo "# overblik check"
  echo
  tail -n 1 "${TMPDIR:-/tmp}/overblik-check.txt"
  echo
} >>"$GITHUB_STEP_SUMMARY"
exit "$status"
)sh";

std::string indent(std::string_view text, int spaces) {
  const std::string pad(static_cast<size_t>(spaces), ' ');
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty()) out += pad;
    out += line;
    out += '\n';
    start = end + 1;
  }
  return out;
}

/// A YAML single-quoted scalar.
std::string quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

/// The variables a user sets, as YAML lines (indented by 2) under `env:` or `variables:`.
std::string settings(const std::string& content) {
  return "  # Where overblik comes from; set one of the two. The address of an\n"
         "  # overblik_VERSION_amd64.deb (a release asset, built by `make deb`):\n"
         "  OVERBLIK_DEB_URL: ''\n"
         "  # or overblik's source repository, built with `make install`:\n"
         "  OVERBLIK_SOURCE_URL: ''\n"
         "  OVERBLIK_SOURCE_REF: main\n"
         "  # The plan's content folder, from the top of this repository.\n"
         "  OVERBLIK_CONTENT: " +
         quoted(content) + "\n";
}

/// The first steps of both GitHub jobs: tools, checkout with history, overblik.
std::string github_setup_steps() {
  return "      - name: Install git and curl\n"
         "        run: apt-get update -qq && apt-get install -y -qq --no-install-recommends "
         "ca-certificates curl git make\n"
         "      - uses: actions/checkout@v4\n"
         "        with:\n"
         "          fetch-depth: 0\n"
         "      - name: Trust the checkout\n"
         "        run: git config --global --add safe.directory \"$GITHUB_WORKSPACE\"\n"
         "      - name: Install overblik\n"
         "        run: |\n" +
         indent(kInstall, 10);
}

std::string github_check_job() {
  return "  check:\n"
         "    if: github.event_name == 'pull_request'\n"
         "    runs-on: ubuntu-latest\n"
         "    container: debian:bookworm\n"
         "    steps:\n" +
         github_setup_steps() +
         "      - name: Check the content\n"
         "        run: |\n" +
         indent(kGithubCheck, 10) +
         "      - name: Report what the change does to the plan\n"
         "        if: always()\n"
         "        run: |\n" +
         indent(std::string("report() {\n") + indent(kDiff, 2) + "}\n" +
                    "report \"$GITHUB_BASE_REF\" \"$GITHUB_STEP_SUMMARY\"\n",
                10);
}

std::string github_publish_jobs() {
  return "  build:\n"
         "    if: github.event_name != 'pull_request'\n"
         "    runs-on: ubuntu-latest\n"
         "    container: debian:bookworm\n"
         "    steps:\n" +
         github_setup_steps() +
         "      - name: Build the site\n"
         "        run: overblik build --content \"$OVERBLIK_CONTENT\" --out _site --format github\n"
         "      - uses: actions/upload-pages-artifact@v3\n"
         "        with:\n"
         "          path: _site\n"
         "  deploy:\n"
         "    needs: build\n"
         "    runs-on: ubuntu-latest\n"
         "    permissions:\n"
         "      pages: write\n"
         "      id-token: write\n"
         "    environment:\n"
         "      name: github-pages\n"
         "      url: ${{ steps.deployment.outputs.page_url }}\n"
         "    steps:\n"
         "      - id: deployment\n"
         "        uses: actions/deploy-pages@v4\n";
}

std::string github_workflow(const std::string& content) {
  return "# Written by `overblik init --ci github`; docs/ci.md explains every step.\n"
         "# Pull requests: the content is checked (problems are shown on the changed\n"
         "# lines) and the job summary tells what the change does to the plan.\n"
         "# The main branch: the site is built and published on GitHub Pages\n"
         "# (Settings → Pages → Source: GitHub Actions).\n"
         "name: overblik\n"
         "on:\n"
         "  pull_request:\n"
         "  push:\n"
         "    branches: [main]\n"
         "  workflow_dispatch:\n"
         "env:\n" +
         settings(content) +
         "defaults:\n"
         "  run:\n"
         "    shell: bash\n"
         "permissions:\n"
         "  contents: read\n"
         "jobs:\n" +
         github_check_job() + github_publish_jobs();
}

std::string gitlab_ci(const std::string& content) {
  return "# Written by `overblik init --ci gitlab`; docs/ci.md explains every step.\n"
         "# Merge requests: the content is checked (problems appear in the merge\n"
         "# request's Code Quality report) and overblik-changes.md tells what the\n"
         "# change does to the plan. The default branch: the site is built and\n"
         "# published on GitLab Pages.\n"
         "variables:\n" +
         settings(content) +
         "  GIT_DEPTH: 0\n"
         "default:\n"
         "  image: debian:bookworm\n"
         "  before_script:\n"
         "    - apt-get update -qq && apt-get install -y -qq --no-install-recommends "
         "ca-certificates curl git make\n"
         "    - |\n" +
         indent(kInstall, 6) +
         "overblik-check:\n"
         "  stage: test\n"
         "  rules:\n"
         "    - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"\n"
         "  script:\n"
         "    - |\n" +
         indent(std::string("report() {\n") + indent(kDiff, 2) + "}\n" +
                    "report \"$CI_MERGE_REQUEST_TARGET_BRANCH_NAME\" overblik-changes.md\n"
                    "cat overblik-changes.md\n",
                6) +
         "    - overblik check --content \"$OVERBLIK_CONTENT\" --format codequality > "
         "gl-code-quality-report.json\n"
         "  artifacts:\n"
         "    when: always\n"
         "    expose_as: overblik changes\n"
         "    paths:\n"
         "      - overblik-changes.md\n"
         "    reports:\n"
         "      codequality: gl-code-quality-report.json\n"
         "pages:\n"
         "  stage: deploy\n"
         "  rules:\n"
         "    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n"
         "  script:\n"
         "    - overblik build --content \"$OVERBLIK_CONTENT\" --out public\n"
         "  artifacts:\n"
         "    paths:\n"
         "      - public\n";
}

}  // namespace

std::optional<Forge> parse_forge(const std::string& name) {
  if (name == "github") return Forge::github;
  if (name == "gitlab") return Forge::gitlab;
  return std::nullopt;
}

PlannedFile ci_file(Forge forge, const std::string& content_dir) {
  if (forge == Forge::github)
    return {".github/workflows/overblik.yml", github_workflow(content_dir), false};
  return {".gitlab-ci.yml", gitlab_ci(content_dir), false};
}

}  // namespace overblik::scaffold
