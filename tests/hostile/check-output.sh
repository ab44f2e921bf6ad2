#!/usr/bin/env bash
# Builds the plan tests/hostile/generate.py writes (hostile but valid content) and checks that
# the output is inert and reproducible.
#
#   tests/hostile/check-output.sh [BINARY]
#
# 1. overblik build exits 0 (raw-HTML and forbidden-link warnings expected).
# 2. check_output.py walks every output file (HTML, XML, SVG, JSON, CSV):
#    no script but the theme's own, no event handlers, no javascript:/
#    vbscript:/data: URLs, no iframe/object/embed/style-in-body, Mustache
#    from content shown as text and never interpreted.
# 3. The same content built twice into two folders gives identical trees.
# 4. A copy of the content made in reverse file order gives the same tree.
# 5. A build with -j 1 gives the same tree as the default (parallel) build.
#
# Ends with "hostile: N passed, M failed"; exit 1 on any failure.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
harness_init hostile '[BINARY]'
[ $# -le 1 ] || usage
find_binary "${1:-}"
HERE=$REPO/tests/hostile
TODAY=2026-01-01
PY=${PYTHON:-python3}
make_tmp

# The content is made here by generate.py (deterministic), not kept in git:
# it holds a body of several megabytes.
CONTENT=$TMP/content
if ! "$PY" "$HERE/generate.py" "$CONTENT" 2>/dev/null || [ ! -f "$CONTENT/plan.yaml" ]; then
  die "python3 tests/hostile/generate.py $CONTENT failed"
fi

# build NAME CONTENT_DIR [EXTRA ARGS...]: builds into $TMP/NAME, keeps stderr in $TMP/NAME.err
build() {
  local name=$1 content=$2
  shift 2
  local rc
  timeout 300 "$BIN" build --content "$content" --out "$TMP/$name" --today "$TODAY" "$@" \
    >"$TMP/$name.out" 2>"$TMP/$name.err"
  rc=$?
  echo "$rc" >"$TMP/$name.rc"
  return "$rc"
}

summarise_err() {  # the non-warning lines of a build's stderr, briefly
  grep -v -E ': warning: |^  [ 0-9]*\| |^    *\||^  hint: |warnings?$' "$1" | head -20 | sed 's/^/    /'
}

# same_tree LABEL DIR1 DIR2: asserts the two trees are byte-identical; on a
# difference lists the differing files, a few lines of each, and whether the
# trees agree apart from overblik's own .overblik-manifest.
same_tree() {
  local label=$1 x=$2 y=$3 out=$TMP/diff-$RANDOM.txt
  if diff -rq "$x" "$y" >"$out" 2>&1; then
    pass "$label"
    return
  fi
  fail "$label: $(wc -l <"$out") differences"
  head -10 "$out" | sed "s#$TMP/##g; s/^/    /"
  grep '^Files ' "$out" | head -3 | while read -r _ f1 _ f2 _; do
    diff "$f1" "$f2" | head -4 | cut -c1-200 | sed 's/^/      /'
  done
  if diff -rq -x .overblik-manifest "$x" "$y" >/dev/null 2>&1; then
    echo "    (the trees are identical apart from .overblik-manifest)"
  fi
}

# --- 1. the build succeeds ----------------------------------------------------
build a "$CONTENT"
rc=$(cat "$TMP/a.rc")
if [ "$rc" = 0 ]; then
  pass "build of tests/hostile/content exits 0 ($(grep -c ': warning: ' "$TMP/a.err") warnings)"
else
  fail "build of tests/hostile/content exits $rc (expected 0)"
  summarise_err "$TMP/a.err"
fi
if grep -q ': error: ' "$TMP/a.err"; then
  fail "build reports no errors"
  grep ': error: ' "$TMP/a.err" | head -10 | sed 's/^/    /'
else
  pass "build reports no errors"
fi

# --- 2. the output is inert -----------------------------------------------------
if [ -f "$TMP/a/index.html" ]; then
  "$PY" "$HERE/check_output.py" "$TMP/a" "$REPO/templates/assets" >"$TMP/check.txt"
  grep -v '^RESULT ' "$TMP/check.txt" | grep -v '^PASS ' || true
  read -r _ p f < <(grep '^RESULT ' "$TMP/check.txt" || echo "RESULT 0 1")
  passed=$((passed + p))
  failed=$((failed + f))
  echo "(output checks: $p passed, $f failed)"
else
  fail "no site to check: $TMP/a/index.html missing"
fi

# --- 3. two builds, two folders: identical --------------------------------------
build b "$CONTENT"
if [ "$(cat "$TMP/b.rc")" != "$rc" ]; then
  fail "second build exits $(cat "$TMP/b.rc"), the first $rc"
else
  same_tree "two builds into two folders are byte-identical" "$TMP/a" "$TMP/b"
fi

# --- 4. content copied in reverse file order: identical ---------------------------
REV=$TMP/content-reverse
mkdir -p "$REV"
# Create directories deepest-last-first and copy files in reverse order, so
# that readdir() order differs from the original folder's.
(cd "$CONTENT" && find . -mindepth 1 -type d | LC_ALL=C sort -r) | while IFS= read -r d; do
  mkdir -p "$REV/$d"
done
(cd "$CONTENT" && find . -type f | LC_ALL=C sort -r) | while IFS= read -r f; do
  cp -p "$CONTENT/$f" "$REV/$f"
done
build c "$REV"
if [ "$(cat "$TMP/c.rc")" != "$rc" ]; then
  fail "build of the reverse-order copy exits $(cat "$TMP/c.rc"), the original $rc"
else
  same_tree "a copy made in reverse file order builds byte-identical output" "$TMP/a" "$TMP/c"
fi
# Diagnostics must not depend on the order either (paths differ: compare without them).
sed "s#$REV#CONTENT#g" "$TMP/c.err" >"$TMP/c.err.norm"
sed "s#$CONTENT#CONTENT#g" "$TMP/a.err" >"$TMP/a.err.norm"
if cmp -s "$TMP/a.err.norm" "$TMP/c.err.norm"; then
  pass "diagnostics are the same, in the same order, for the reverse-order copy"
else
  fail "diagnostics differ for the reverse-order copy"
  diff "$TMP/a.err.norm" "$TMP/c.err.norm" | head -10 | cut -c1-300 | sed 's/^/    /'
fi

# --- 5. one worker thread: identical ----------------------------------------------
build d "$CONTENT" -j 1
if [ "$(cat "$TMP/d.rc")" != "$rc" ]; then
  fail "build with -j 1 exits $(cat "$TMP/d.rc"), the default $rc"
else
  same_tree "a build with -j 1 is byte-identical to the parallel build" "$TMP/a" "$TMP/d"
fi

finish
