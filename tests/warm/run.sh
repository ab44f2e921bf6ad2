#!/usr/bin/env bash
# Warm builds: a build that finds the site up to date skips checking,
# rendering and writing, and still tells the same diagnostics; any change to
# the input, or a touched output file, makes it build again.
#
#   tests/warm/run.sh [BINARY]
#
# Ends with "warm: N passed, M failed"; exit 1 on any failure.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
harness_init warm '[BINARY]'
[ $# -le 1 ] || usage
find_binary "${1:-}"
TODAY=2026-11-23
expect() {  # expect WHAT ACTUAL WANTED
  if [ "$2" = "$3" ]; then pass "$1"; else fail "$1: got '$2', expected '$3'"; fi
}

make_tmp
cp -r "$REPO/content" "$TMP/content"
cd "$TMP" || exit 2

# build NAME [ARGS...]: builds content/ into site/; keeps stdout, stderr and exit code.
build() {
  local name=$1
  shift
  # --lang en: the lines below are matched in English (the plan is Danish).
  "$BIN" build --out site --today "${DAY:-$TODAY}" --lang en "$@" >"$name.out" 2>"$name.err"
  echo $? >"$name.rc"
}
wrote() { sed -n 's/^Wrote [^:]*: \(.*\)$/\1/p' "$1.out"; }
tree_sums() { (cd site && find . -type f ! -name .overblik-manifest -printf '%p %i %T@\n' | sort); }

build cold --content content
expect "the cold build succeeds" "$(cat cold.rc)" 0
n=$(find site -type f ! -name .overblik-manifest | wc -l)
expect "the cold build writes every file" "$(wrote cold)" "$n files ($n written, 0 unchanged, 0 removed)"
grep -q ': warning: ' cold.err && pass "the example plan has warnings to tell again" || fail "the example plan has no warnings: the replay is not tested"
tree_sums >before.txt

build warm --content content --stats
expect "the warm build succeeds" "$(cat warm.rc)" 0
expect "the warm build writes nothing" "$(wrote warm)" "$n files (0 written, $n unchanged, 0 removed)"
grep -q '^  up to date ' warm.out && pass "--stats says it was up to date" || fail "--stats does not say 'up to date'"
grep -q 'parse YAML  *0.0 ms  *0 items' warm.out && pass "nothing was parsed" || fail "the warm build parsed YAML"
if cmp -s cold.err warm.err; then pass "the warm build tells the same diagnostics, byte for byte"; else
  fail "the diagnostics differ"
  show_diff cold.err warm.err 10
fi
tree_sums >after.txt
cmp -s before.txt after.txt && pass "no output file was touched (same inode and time)" || fail "output files changed"

build strict --content content --strict
expect "--strict fails on the told warnings" "$(cat strict.rc)" 1
grep -q 'the site was not built' strict.err && pass "--strict says the site was not built" || fail "--strict message"

# A copy of the content elsewhere is the same input; its diagnostics name the copy.
cp -r content moved
build moved --content moved
expect "a copy of the content is up to date too" "$(wrote moved)" "$n files (0 written, $n unchanged, 0 removed)"
grep -q '^moved/initiatives/' moved.err && pass "the told diagnostics name the copy's files" || fail "diagnostics do not name moved/"
grep -q '^content/' moved.err && fail "a told diagnostic names the old folder" || pass "no told diagnostic names the old folder"

# Another build date is another input (staleness depends on it).
DAY=2026-11-24 build today --content content --stats
expect "another --today succeeds" "$(cat today.rc)" 0
grep -q '^  up to date ' today.out && fail "another --today was taken as up to date" || pass "another --today checks and renders again"
grep -q '^  render + write ' today.out && pass "…and renders" || fail "no render line: $(head -3 today.out)"

# A file in the output folder touched by hand: built again, and that file rewritten.
sleep 0.05
touch site/index.html
build touched --content content
expect "a touched output file is written again" "$(wrote touched)" "$n files (1 written, $((n - 1)) unchanged, 0 removed)"

# A file changed by hand with its size kept and an old time set (touch -d):
# not trusted, written again, and its bytes restored.
cp site/index.html index.orig
python3 - site/index.html <<'EOF_PY'
import sys
p = sys.argv[1]
b = bytearray(open(p, "rb").read())
i = b.index(b"<title>") + 7
b[i:i + 4] = b"HACK"
open(p, "wb").write(bytes(b))
EOF_PY
touch -d '2001-01-01' site/index.html
build tampered --content content
expect "a file changed with its size and an old time kept is written again" "$(wrote tampered)" \
  "$n files (1 written, $((n - 1)) unchanged, 0 removed)"
cmp -s site/index.html index.orig && pass "…and has its built bytes again" || fail "the tampered file was kept"
# The same in a build with other input (the file is kept only if its bytes are as recorded).
python3 - site/index.html <<'EOF_PY'
import sys
p = sys.argv[1]
b = bytearray(open(p, "rb").read())
i = b.index(b"<title>") + 7
b[i:i + 4] = b"HACK"
open(p, "wb").write(bytes(b))
EOF_PY
touch -d '2001-01-01' site/index.html
DAY=2026-11-25 build tampered2 --content content
grep -q HACK site/index.html && fail "a build with other input kept the tampered file" ||
  pass "a build with other input writes the tampered file again"

# A content change: built again.
printf '\nEn ny sætning.\n' >>"content/pages/$(ls content/pages | head -1)"
build edited --content content
w=$(wrote edited | sed 's/.*(\([0-9]*\) written.*/\1/')
[ "${w:-0}" -gt 0 ] && pass "a content edit writes the pages it changes ($w)" || fail "a content edit wrote nothing"

# A theme change: built again.
mkdir -p theme/assets
printf ':root { --color-brand: #123456; }\n' >theme/assets/custom.css
build themed --content content --templates theme
expect "a theme change writes the changed file only" "$(wrote themed)" "$n files (1 written, $((n - 1)) unchanged, 0 removed)"

# A broken content file is never skipped over.
mv "content/initiatives/$(ls content/initiatives | head -1)" aside.md
mkdir "content/initiatives/$(basename aside.md)"
build broken --content content --templates theme
expect "a folder where a file should be fails the build" "$(cat broken.rc)" 1

finish
