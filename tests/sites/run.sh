#!/usr/bin/env bash
# Golden sites: builds tests/sites/NAME/content with the arguments in
# tests/sites/NAME/args and compares the whole output with
# tests/sites/NAME/expected/, byte for byte (the manifest, which records
# modification times, is left out). A difference fails and is shown as a diff.
#
# The expected trees are reviewed by hand when they change. To write them
# anew after a deliberate change: OVERBLIK_UPDATE_GOLDEN=1 tests/sites/run.sh BINARY
# — then read `git diff tests/sites` before committing.
set -uo pipefail
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
passed=0 failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for site in "$here"/*/; do
  name=$(basename "$site")
  [ -f "$site/args" ] || continue  # golden sites have an args file
  [ -d "$site/content" ] || continue
  args=()
  [ -f "$site/args" ] && read -r -a args < "$site/args"
  out="$tmp/$name"
  if ! (cd "$site" && "$bin" build --content content --out "$out" --quiet "${args[@]}") > "$tmp/$name.log" 2>&1; then
    echo "FAIL $name: the build failed"; cat "$tmp/$name.log"; failed=$((failed + 1)); continue
  fi
  rm -f "$out/.overblik-manifest"
  if [ -n "${OVERBLIK_UPDATE_GOLDEN:-}" ]; then
    rm -rf "$site/expected"; cp -r "$out" "$site/expected"; echo "updated $name"; passed=$((passed + 1)); continue
  fi
  if diff -r "$site/expected" "$out" > /dev/null; then
    echo "ok   $name"; passed=$((passed + 1))
  else
    echo "FAIL $name: output differs from expected/ (first 200 lines of the diff):"
    diff -ru "$site/expected" "$out" | head -200
    failed=$((failed + 1))
  fi
done
echo "sites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
