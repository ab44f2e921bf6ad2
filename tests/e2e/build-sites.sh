#!/usr/bin/env bash
# Builds the test plans the browser suite checks besides site/, each into
# build/e2e-sites/NAME (run.mjs checks every folder there):
# - every golden site under tests/sites/ (those with an `args` file), built
#   with its own arguments, --strict among them where the plan has no warning;
# - the awkward plan (tests/sites/awkward), with a fixed date.
#
#   tests/e2e/build-sites.sh [OVERBLIK]
#
# Ends with "e2e-sites: N passed, M failed" (a site built is a pass); exit 1
# when a build failed.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
harness_init e2e-sites '[OVERBLIK]'
[ $# -le 1 ] || usage
find_binary "${1:-}"
out="$REPO/build/e2e-sites"
rm -rf "$out"
mkdir -p "$out"
for site in "$REPO"/tests/sites/*/; do
  name=$(basename "$site")
  [ -d "$site/content" ] || continue
  args=()
  if [ -f "$site/args" ]; then
    read -r -a args <"$site/args"
  elif [ "$name" = awkward ]; then
    args=(--today 2026-01-01)
  else
    continue
  fi
  echo "e2e-sites: overblik build --content tests/sites/$name/content --out build/e2e-sites/$name --quiet ${args[*]}"
  if (cd "$site" && "$BIN" build --content content --out "$out/$name" --quiet "${args[@]}"); then
    pass
  else
    fail "$name: the build failed"
  fi
done
finish
