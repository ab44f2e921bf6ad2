#!/usr/bin/env bash
# Builds the test plans the browser suite checks besides site/, each into
# build/e2e-sites/NAME (run.mjs checks every folder there):
# - every golden site under tests/sites/ (those with an `args` file), built
#   with its own arguments, --strict among them where the plan has no warning;
# - the awkward plan (tests/sites/awkward), with a fixed date.
#
#   tests/e2e/build-sites.sh OVERBLIK
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 OVERBLIK" >&2; exit 2; }
bin=$(realpath "$1")
repo=$(cd "$(dirname "$0")/../.." && pwd)
out="$repo/build/e2e-sites"
rm -rf "$out"
mkdir -p "$out"
for site in "$repo"/tests/sites/*/; do
  name=$(basename "$site")
  [ -d "$site/content" ] || continue
  args=()
  if [ -f "$site/args" ]; then
    read -r -a args < "$site/args"
  elif [ "$name" = awkward ]; then
    args=(--today 2026-01-01)
  else
    continue
  fi
  echo "e2e-sites: overblik build --content tests/sites/$name/content --out build/e2e-sites/$name --quiet ${args[*]}"
  (cd "$site" && "$bin" build --content content --out "$out/$name" --quiet "${args[@]}")
done
