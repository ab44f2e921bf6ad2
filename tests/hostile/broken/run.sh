#!/usr/bin/env bash
# Broken (and awkward-but-valid) inputs that overblik must handle cleanly.
#
#   tests/hostile/broken/run.sh [BINARY]
#
# Every case is base/ (a small valid plan) with the files of cases/NAME/
# copied over it and, for what git cannot hold (folders named like files,
# modes, FIFOs, symlinks, CRLF, multi-megabyte files), a change made here.
#
# Each case runs `overblik check` and `overblik build` under `timeout 20`
# and `ulimit -v 2000000` (under AddressSanitizer: hard_rss_limit_mb), and asserts:
#   - no crash: the exit code is 0, 1 or 2 (not a signal, >= 128);
#   - no hang: the command ends within 20 s (timeout's 124 = hang);
#   - bounded work: for a content folder under 1 MB, each command takes at
#     most 2 s of CPU time (user + system, all threads) and 300 MB of memory
#     (peak resident), measured by /usr/bin/time (skipped with a note when it
#     is missing, and under AddressSanitizer, whose own costs are larger);
#   - the expected result: exit 1 for broken input, 0 for valid input;
#   - where a file is at fault, an error "FILE:LINE:COLUMN: error:" on stderr
#     naming that file (and the exact line:column where the case knows it);
#   - for a failing build: the previously built site in --out is byte-for-byte
#     unchanged (sha256 of every file, and the list of every entry), and
#     nothing was left beside it;
#   - for a passing build: the site was written.
#
# Ends with "broken: N passed, M failed"; exit 1 on any failure.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/../../lib.sh"
harness_init broken '[BINARY]'
[ $# -le 1 ] || usage
find_binary "${1:-}"
HERE=$REPO/tests/hostile/broken
HOSTILE=$REPO/tests/hostile
TODAY=2026-01-01
LIMIT_S=20
LIMIT_KB=2000000
# The bound on work for small input: CPU seconds and peak resident memory
# per command, for a content folder under SMALL_BYTES.
BOUND_CPU_S=2
BOUND_RSS_MB=300
SMALL_BYTES=1000000
TIME_BIN=/usr/bin/time
[ -x "$TIME_BIN" ] || TIME_BIN=
PY=${PYTHON:-python3}

make_tmp
chmod 755 "$TMP"

# A binary built with AddressSanitizer (make test-sanitize) cannot run under
# `ulimit -v`; see limited().
ASAN=0
grep -q -a __asan_init "$BIN" && ASAN=1

IS_ROOT=0
[ "$(id -u)" = 0 ] && IS_ROOT=1
# As root, the unreadable-file case runs overblik as "nobody" (root reads
# anything). RUN_AS is empty otherwise.
RUN_AS=()

# limited OUT ERR CMD...: runs CMD with the memory and time limits; prints the exit code.
limited() {
  local out=$1 err=$2
  shift 2
  (
    if [ "$ASAN" = 1 ]; then
      # AddressSanitizer reserves terabytes of address space for its shadow
      # memory, so a limit on address space kills it at start; it enforces
      # the same limit itself on resident memory instead.
      export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}hard_rss_limit_mb=$((LIMIT_KB / 1024))"
    else
      ulimit -v "$LIMIT_KB" 2>/dev/null
    fi
    # glibc reserves 64 MB of address space per malloc arena (up to 8 per
    # core); on a many-core machine that alone would exceed the limit.
    export MALLOC_ARENA_MAX=4
    # /usr/bin/time writes the CPU time and peak memory of the command (of
    # timeout's child, which it waits for) to OUT.usage.
    rm -f "$out.usage"
    if [ -n "$TIME_BIN" ]; then
      exec "$TIME_BIN" -f '%U %S %M' -o "$out.usage" timeout -k 5 "$LIMIT_S" "${RUN_AS[@]}" "$@"
    fi
    exec timeout -k 5 "$LIMIT_S" "${RUN_AS[@]}" "$@"
  ) >"$out" 2>"$err"
  echo $?
}

# bounded CASE WHAT OUT CONTENT: for content under SMALL_BYTES, the command
# whose stdout was OUT used at most BOUND_CPU_S of CPU and BOUND_RSS_MB of memory.
bounded() {
  local case=$1 what=$2 usage=$3.usage content=$4 bytes user sys rss
  [ -n "$TIME_BIN" ] && [ "$ASAN" = 0 ] && [ -s "$usage" ] || return 0
  bytes=$(du -s -b "$content" 2>/dev/null | cut -f1)
  [ -n "$bytes" ] && [ "$bytes" -lt "$SMALL_BYTES" ] || return 0
  read -r user sys rss < <(tail -1 "$usage")
  if awk -v u="$user" -v s="$sys" -v r="$rss" -v c="$BOUND_CPU_S" -v m="$BOUND_RSS_MB" \
       'BEGIN { exit !(u + s <= c && r <= m * 1024) }'; then
    pass "$case: $what stays within ${BOUND_CPU_S} s CPU and ${BOUND_RSS_MB} MB ($(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }') s, $((rss / 1024)) MB, input $((bytes / 1024)) KB)"
  else
    fail "$case: $what takes $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }') s CPU and $((rss / 1024)) MB for $((bytes / 1024)) KB of content (bound: ${BOUND_CPU_S} s, ${BOUND_RSS_MB} MB)"
  fi
}

# verdict CASE WHAT RC EXPECT: the no-crash, no-hang and expected-result assertions.
verdict() {
  local case=$1 what=$2 rc=$3 expect=$4 err=$5
  if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
    fail "$case: $what hangs (killed after ${LIMIT_S}s)"
    return 1
  fi
  if [ "$rc" -ge 128 ]; then
    fail "$case: $what crashes (exit $rc = signal $((rc - 128)))"
    tail -5 "$err" | cut -c1-300 | sed 's/^/    /'
    return 1
  fi
  if [ "$rc" -gt 2 ]; then
    fail "$case: $what exits $rc (expected 0, 1 or 2)"
    return 1
  fi
  pass "$case: $what neither crashes nor hangs (exit $rc)"
  local want=0
  [ "$expect" = fail ] && want=1
  if [ "$rc" = "$want" ]; then
    pass "$case: $what exits $want as expected"
  else
    fail "$case: $what exits $rc, expected $want"
    grep -v -E '^  [ 0-9]*\| |^    *\||^  hint: ' "$err" | head -6 | cut -c1-300 | sed 's/^/    /'
  fi
}

# position CASE WHAT ERRFILE CONTENT AT...: each AT is REL or REL:LINE:COL (regex parts allowed).
position() {
  local case=$1 what=$2 err=$3 content=$4
  shift 4
  local at re
  for at in "$@"; do
    if [[ "$at" == *:* ]]; then
      re="^$(printf '%s' "$content/" | sed 's/[][\.*^$/]/\\&/g')${at}: error: "
    else
      re="^$(printf '%s' "$content/$at" | sed 's/[][\.*^$/]/\\&/g'):[0-9]+:[0-9]+: error: "
    fi
    if grep -q -E "$re" "$err"; then
      pass "$case: $what reports an error at $at"
    else
      fail "$case: $what reports no error at $at (file:line:column)"
      grep -E ': (error|warning): ' "$err" | head -4 | cut -c1-300 | sed 's/^/    /'
      [ -s "$err" ] || echo "    (stderr is empty)"
    fi
  done
}

snapshot() {  # snapshot DIR: every entry and every file's hash
  (cd "$1" && find . -printf '%y %p\n' | LC_ALL=C sort && find . -type f -exec sha256sum {} + | LC_ALL=C sort -k2)
}

# --- the good site that failing builds must leave alone ---------------------------
GOOD=$TMP/good-site
good_rc=$(limited "$TMP/good.out" "$TMP/good.err" "$BIN" build --content "$HERE/base" --out "$GOOD" --today "$TODAY")
if [ "$good_rc" != 0 ] || [ ! -f "$GOOD/index.html" ]; then
  fail "base: the valid base plan builds (exit $good_rc)"
  grep -v -E '^  [ 0-9]*\| |^    *\||^  hint: ' "$TMP/good.err" | head -5 | sed 's/^/    /'
  NO_GOOD=1
else
  pass "base: the valid base plan builds"
  NO_GOOD=0
fi

# prepare NAME: $TMP/NAME/content = base + cases/NAME
prepare() {
  local name=$1
  assemble "$HERE/base" "$HERE/cases/$name" "$TMP/$name/content"
  chmod -R a+rX "$TMP/$name"
  echo "$TMP/$name/content"
}

# run_case NAME EXPECT(fail|pass) [AT...]
run_case() {
  local name=$1 expect=$2
  shift 2
  local dir=$TMP/$name content=$TMP/$name/content rc
  # check
  rc=$(limited "$dir/check.out" "$dir/check.err" "$BIN" check --content "$content" --today "$TODAY" --lang en)
  verdict "$name" check "$rc" "$expect" "$dir/check.err"
  bounded "$name" check "$dir/check.out" "$content"
  if [ "$expect" = fail ] && [ $# -gt 0 ] && [ "$rc" -lt 124 ]; then
    position "$name" check "$dir/check.err" "$content" "$@"
  fi
  # build over a copy of the good site
  if [ "$NO_GOOD" = 1 ]; then
    fail "$name: build not tried (no good site to build over)"
    return
  fi
  mkdir -p "$dir/out"
  cp -a "$GOOD" "$dir/out/site"
  [ "${#RUN_AS[@]}" -gt 0 ] && chown -R 65534:65534 "$dir/out"
  snapshot "$dir/out/site" >"$dir/before.txt"
  ls -A "$dir/out" >"$dir/beside-before.txt"
  rc=$(limited "$dir/build.out" "$dir/build.err" "$BIN" build --content "$content" --out "$dir/out/site" --today "$TODAY" --lang en)
  verdict "$name" build "$rc" "$expect" "$dir/build.err"
  bounded "$name" build "$dir/build.out" "$content"
  if [ "$expect" = fail ]; then
    if [ $# -gt 0 ] && [ "$rc" -lt 124 ]; then
      position "$name" build "$dir/build.err" "$content" "$@"
    fi
    snapshot "$dir/out/site" >"$dir/after.txt"
    ls -A "$dir/out" >"$dir/beside-after.txt"
    if cmp -s "$dir/before.txt" "$dir/after.txt"; then
      pass "$name: the previous site in --out is unchanged after the build (exit $rc)"
    else
      fail "$name: the build (exit $rc) changed the previous site in --out"
      diff "$dir/before.txt" "$dir/after.txt" | head -8 | cut -c1-200 | sed 's/^/    /'
    fi
    if cmp -s "$dir/beside-before.txt" "$dir/beside-after.txt"; then
      pass "$name: nothing was left beside the site folder"
    else
      fail "$name: the build (exit $rc) left files beside the site folder"
      diff "$dir/beside-before.txt" "$dir/beside-after.txt" | head -5 | sed 's/^/    /'
    fi
  elif [ "$rc" = 0 ]; then
    if [ -f "$dir/out/site/index.html" ]; then
      pass "$name: the build wrote the site"
    else
      fail "$name: the build exited 0 but wrote no index.html"
    fi
  fi
}

# ---------------------------------------------------------------------------------
# Cases held in cases/ (files that replace base/'s)
# ---------------------------------------------------------------------------------

# YAML alias bomb ("billion laughs": 9^9 values) under extra: in plan.yaml.
prepare alias-bomb >/dev/null
run_case alias-bomb fail plan.yaml

# 10,000-deep flow sequence as an initiative's tags.
prepare deep-nesting >/dev/null
run_case deep-nesting fail 'initiatives/a.md:6:[0-9]+'

# 10,000-deep flow mapping under extra: (which overblik does not otherwise check).
prepare deep-nesting-extra >/dev/null
run_case deep-nesting-extra fail 'initiatives/a.md:7:[0-9]+'

# A value with 400 digits.
prepare big-number >/dev/null
run_case big-number fail 'indicators/x.yaml:9:13'

# .nan, .inf, -.inf, .NaN, NaN, Infinity, 1e400 as values and as a baseline.
prepare nan-inf >/dev/null
run_case nan-inf fail 'indicators/x.yaml:5:33' 'indicators/x.yaml:9:13' 'indicators/x.yaml:10:13' \
  'indicators/x.yaml:11:13' 'indicators/x.yaml:12:13' 'indicators/x.yaml:13:13' 'indicators/x.yaml:14:13' \
  'indicators/x.yaml:15:13'

# An empty plan.yaml.
prepare empty-plan >/dev/null
run_case empty-plan fail 'plan.yaml:1:1'

# A byte that is not UTF-8 (0xFF) on line 2, column 12 of themes.yaml.
prepare invalid-utf8 >/dev/null
run_case invalid-utf8 fail 'themes.yaml:2:12'

# Display numbers with 400-digit runs (valid text; natural sort must cope).
prepare long-display-number >/dev/null
run_case long-display-number pass

# ---------------------------------------------------------------------------------
# Cases made here
# ---------------------------------------------------------------------------------

# BOM + CRLF in every text file: valid, and the site must equal base's.
c=$(prepare bom-crlf)
find "$c" -type f \( -name '*.yaml' -o -name '*.md' -o -name '*.csv' \) -print0 |
  while IFS= read -r -d '' f; do
    "$PY" - "$f" <<'EOF'
import sys
p = sys.argv[1]
data = open(p, "rb").read().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
open(p, "wb").write(b"\xef\xbb\xbf" + data)
EOF
  done
run_case bom-crlf pass
if [ -f "$TMP/bom-crlf/out/site/index.html" ] && [ "$NO_GOOD" = 0 ]; then
  if diff -r "$GOOD" "$TMP/bom-crlf/out/site" >"$TMP/bom-crlf/diff.txt" 2>&1; then
    pass "bom-crlf: the site equals the one built from the LF, BOM-less base"
  else
    fail "bom-crlf: the site differs from the one built from the LF, BOM-less base"
    head -10 "$TMP/bom-crlf/diff.txt" | cut -c1-200 | sed 's/^/    /'
  fi
fi

# A folder named plan.yaml.
c=$(prepare plan-is-folder)
rm "$c/plan.yaml"
mkdir "$c/plan.yaml"
cp "$HERE/base/plan.yaml" "$c/plan.yaml/plan.yaml"
run_case plan-is-folder fail 'plan.yaml:1:1'

# A folder named like an initiative file.
c=$(prepare initiative-is-folder)
mkdir "$c/initiatives/b.md"
run_case initiative-is-folder fail 'initiatives/b.md:1:1'

# Unreadable files and folders (chmod 000). Root reads them anyway, so as
# root overblik runs as nobody for these cases (when setpriv exists).
# unreadable_case NAME PATH AT: chmod 000 PATH (relative to the content folder)
unreadable_case() {
  local name=$1 rel=$2 at=$3 c
  c=$(prepare "$name")
  chmod 000 "$c/$rel"
  if [ "$IS_ROOT" = 0 ]; then
    run_case "$name" fail "$at"
  elif command -v setpriv >/dev/null 2>&1; then
    note "$name: running as root; overblik runs as nobody (setpriv) for this case"
    cp "$BIN" "$TMP/overblik-copy" && chmod 755 "$TMP/overblik-copy"
    local saved=$BIN
    BIN=$TMP/overblik-copy
    RUN_AS=(setpriv --reuid=65534 --regid=65534 --clear-groups --)
    run_case "$name" fail "$at"
    RUN_AS=()
    BIN=$saved
  else
    note "$name: SKIPPED (running as root, which reads a chmod 000 file, and setpriv is missing)"
  fi
}
unreadable_case unreadable-file initiatives/a.md 'initiatives/a.md:1:1'
# An unreadable folder must be an error at the folder, not "no initiatives"
# (which is what a reader would conclude), and pages/ or assets/ must not
# silently vanish from the site.
unreadable_case unreadable-initiatives-folder initiatives 'initiatives:1:1'
unreadable_case unreadable-pages-folder pages 'pages:1:1'
unreadable_case unreadable-assets-folder assets 'assets:1:1'

# FIFOs (opening one for reading blocks forever): as plan.yaml, as an
# initiative, and under assets/ (a stray special file there is only a warning).
c=$(prepare fifo-plan)
rm "$c/plan.yaml"
mkfifo "$c/plan.yaml"
run_case fifo-plan fail 'plan.yaml:1:1'

c=$(prepare fifo-initiative)
mkfifo "$c/initiatives/b.md"
run_case fifo-initiative fail 'initiatives/b.md:1:1'

c=$(prepare fifo-asset)
mkfifo "$c/assets/pipe.txt"
run_case fifo-asset pass

# Symlinks that lead out of the content folder: a file, a folder, and a
# symlink to a file outside that is linked from Markdown; plus a loop.
mkdir -p "$TMP/outside/dir"
cp "$HERE/base/initiatives/a.md" "$TMP/outside/b.md"
echo "hemmelig" >"$TMP/outside/dir/secret.txt"
chmod -R a+rX "$TMP/outside"

c=$(prepare symlink-file-out)
ln -s "$TMP/outside/b.md" "$c/initiatives/b.md"
run_case symlink-file-out fail 'initiatives/b.md:1:1'

c=$(prepare symlink-relative-out)
ln -s ../../../outside/b.md "$c/initiatives/b.md"
run_case symlink-relative-out fail 'initiatives/b.md:1:1'

c=$(prepare symlink-folder-out)
ln -s "$TMP/outside/dir" "$c/assets/ude"
run_case symlink-folder-out fail 'assets/ude:1:1'

c=$(prepare symlink-content-folder-out)
ln -s "$TMP/outside/dir" "$c/pages/ude.md"
run_case symlink-content-folder-out fail 'pages/ude.md:1:1'

c=$(prepare symlink-loop)
ln -s loop.md "$c/initiatives/loop.md"
run_case symlink-loop fail 'initiatives/loop.md:1:1'

# Valid but huge: 2.2 MB bodies that must still build within the time limit.
# big_body CASE STYLE: the hostile plan's big initiative (generate.py
# --big=STYLE) in base, its theme, number and cross-references made base's.
big_body() {
  local case=$1 style=$2 c
  c=$(prepare "$case")
  "$PY" "$HOSTILE/generate.py" "$TMP/$style-src" --big="$style" 2>/dev/null
  cp "$TMP/$style-src/initiatives/stor-broedtekst.md" "$c/initiatives/stor.md"
  sed -i 's/^themes: \[spor-a2\]$/themes: [bolig]/; s/^number: "3"$/number: "9"/' "$c/initiatives/stor.md"
  "$PY" - "$c/initiatives/stor.md" <<'EOF_PY'
import sys
p = sys.argv[1]
t = open(p, encoding="utf-8").read()
t = t.replace("initiative:alle-felter", "initiative:a").replace("theme:spor-a1", "theme:bolig")
open(p, "w", encoding="utf-8").write(t)
EOF_PY
  run_case "$case" pass
}
big_body dense-hostile-body dense
big_body many-links-body links

# Alias bomb through size rather than count: a 1 MiB scalar repeated 4,000
# times (4 GiB once expanded) under extra:.
c=$(prepare scalar-alias-bomb)
"$PY" - "$c/plan.yaml" <<'EOF'
import sys
p = sys.argv[1]
t = open(p, encoding="utf-8").read().rstrip("\n")
t += "\nextra:\n  stor: &s \"" + "x" * (1 << 20) + "\"\n  kopier: [" + ", ".join(["*s"] * 4000) + "]\n"
open(p, "w", encoding="utf-8").write(t)
EOF
run_case scalar-alias-bomb fail 'plan.yaml'

# ---------------------------------------------------------------------------------
# Resource exhaustion: small inputs that once cost minutes, gigabytes, a crash or
# a hang (issue 14, items 1-5), written by exhaustion.py at test time. Each is
# bounded like every case above (2 s CPU, 300 MB for content under 1 MB).
# ---------------------------------------------------------------------------------

# exhaust NAME EXPECT [AT...]: base + the files exhaustion.py writes for NAME, then run_case.
exhaust() {
  local name=$1 c
  c=$(prepare "$name")
  if ! "$PY" "$HERE/exhaustion.py" "$name" "$c"; then
    fail "$name: exhaustion.py could not write the case"
    return
  fi
  run_case "$@"
}

# stderr_small CASE WHAT ERRFILE: the diagnostics of a file are capped and
# their source lines cut to a window, so stderr stays small.
stderr_small() {
  local case=$1 what=$2 err=$3 size longest
  size=$(wc -c <"$err")
  longest=$(awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }' "$err")
  if [ "$size" -le 65536 ] && [ "$longest" -le 1200 ]; then
    pass "$case: $what prints $size bytes of diagnostics, no line longer than $longest bytes"
  else
    fail "$case: $what prints $size bytes of diagnostics, the longest line $longest bytes (bound: 64 KB, 1200)"
  fi
  if grep -q -E '^.*: error: [0-9]+ more errors? in this file (is|are) not shown$' "$err"; then
    pass "$case: $what says how many diagnostics it leaves out"
  else
    fail "$case: $what does not say how many diagnostics it leaves out"
  fi
}

# 1. Tables: cmark-gfm pads each row to the header's width (CVE-2023-37463).
exhaust table-cells fail 'initiatives/stor.md:9:1'
exhaust table-cells-quoted fail 'initiatives/stor.md:9:1'
exhaust table-cells-list fail 'initiatives/stor.md:11:1'
exhaust table-cells-many fail 'initiatives/stor.md'
exhaust table-cells-intro fail 'plan.yaml:11:3'
exhaust table-ok pass
exhaust markdown-large fail 'initiatives/stor.md'
# 2. Nesting a hundred thousand deep, in a text with a directive (':').
exhaust deep-emphasis pass
exhaust deep-quotes pass
exhaust deep-lists pass
exhaust deep-links pass
exhaust deep-emphasis-intro pass
# 3. Long lines and many nodes: label fitting, CSV and YAML positions, duplicate keys.
exhaust long-unit pass
exhaust long-series-name pass
exhaust long-title pass
exhaust csv-wide-row fail 'indicators/y.csv:2:1'
exhaust csv-cr-only pass
exhaust csv-cr-only-error fail 'indicators/y.csv:5:12'
exhaust csv-bad-rows fail 'indicators/y.csv:2:1'
exhaust yaml-empty-values pass
exhaust yaml-long-line pass
exhaust yaml-many-keys pass
exhaust yaml-many-keys-duplicate fail 'plan.yaml:90012:3'
# 4. Output amplification: labels filled inside labels; a diagnostic per link of one long line.
exhaust label-amplification pass
if [ -d "$TMP/label-amplification/out/site" ]; then
  biggest=$(find "$TMP/label-amplification/out/site" -type f -printf '%s\n' | sort -n | tail -1)
  if [ "${biggest:-0}" -le 4000000 ]; then
    pass "label-amplification: the largest file written is $biggest bytes"
  else
    fail "label-amplification: a file of $biggest bytes was written for 100 KB of content"
  fi
  if grep -r -q -F '{unit}' "$TMP/label-amplification/out/site/indikatorer"; then
    pass "label-amplification: '{unit}' in the title is shown as it is written"
  else
    fail "label-amplification: '{unit}' in the title was replaced"
  fi
fi
exhaust many-bad-links fail 'initiatives/stor.md:9:[0-9]+'
stderr_small many-bad-links check "$TMP/many-bad-links/check.err"
stderr_small many-bad-links build "$TMP/many-bad-links/build.err"
exhaust many-bad-links-intro fail 'plan.yaml:9:[0-9]+'
stderr_small many-bad-links-intro check "$TMP/many-bad-links-intro/check.err"
exhaust many-bad-directives fail 'initiatives/stor.md:9:[0-9]+'
stderr_small many-bad-directives check "$TMP/many-bad-directives/check.err"
# 5. Symbolic link loops under assets/: reported as loops, at the link.
exhaust symlink-loops fail 'assets/a:1:1' 'assets/b:1:1'
if grep -q 'assets/a:1:1: error: symbolic link makes a loop' "$TMP/symlink-loops/check.err"; then
  pass "symlink-loops: the error says the link makes a loop"
else
  fail "symlink-loops: the error does not say the link makes a loop"
fi
exhaust symlink-loop-deep fail 'assets/x/y/op:1:1'
exhaust symlink-fanout pass

# File names with control characters, and the output folder (issue 14, items 6–10).
# shellcheck source=output-and-names.sh
source "$HERE/output-and-names.sh"

finish
