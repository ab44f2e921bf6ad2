#!/usr/bin/env bash
# Golden sites: builds tests/sites/NAME/content with the arguments in
# tests/sites/NAME/args and compares the whole output with
# tests/sites/NAME/expected/, byte for byte (the manifest, which records
# modification times, is left out). A difference fails and is shown as a diff.
#
#   run.sh [BINARY]
#
# The expected trees are reviewed by hand when they change. To write them
# anew after a deliberate change: OVERBLIK_UPDATE_GOLDEN=1 tests/sites/run.sh BINARY
# — then read `git diff tests/sites` before committing.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
harness_init sites '[BINARY]'
[ $# -le 1 ] || usage
find_binary "${1:-}"
make_tmp

for site in "$REPO"/tests/sites/*/; do
  site=${site%/}
  name=$(basename "$site")
  [ -f "$site/args" ] || continue  # golden sites have an args file
  [ -d "$site/content" ] || continue
  read -r -a args <"$site/args"
  out="$TMP/$name"
  if ! (cd "$site" && "$BIN" build --content content --out "$out" --quiet "${args[@]}") >"$TMP/$name.log" 2>&1; then
    fail "$name: the build failed"
    indent <"$TMP/$name.log"
    continue
  fi
  rm -f "$out/.overblik-manifest"
  if [ -n "${OVERBLIK_UPDATE_GOLDEN:-}" ]; then
    rm -rf "$site/expected"
    cp -r "$out" "$site/expected"
    pass "$name: expected/ written anew"
    continue
  fi
  expect_same_tree "$name: output differs from expected/ (first 200 lines of the diff)" "$site/expected" "$out" 200 &&
    echo "ok   $name"
done

finish
