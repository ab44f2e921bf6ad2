#!/usr/bin/env bash
# Runs every invalid-content case. A case is cases/NAME/ with
#   content/         the files that differ from base/ (a small valid plan)
#   remove           optional: paths of base/ the case does without, one a line
#   expected.txt     "# exit: N", then the exact stderr of the check, in English
#   expected.da.txt  the same in Danish
# and anything else the case keeps beside content/ (targets of its links).
# The case is assembled in a temporary folder as NAME/ (the case's files) with
# NAME/content = base/ - remove + content/ (tests/lib.sh, assemble), and
#   overblik check --content content --today 2026-01-01 --lang en|da
# runs from inside NAME/, so the paths in the diagnostics are content/….
#
#   run.sh [BINARY]                   all cases, in both languages
#   run.sh BINARY NAME...             the named cases only
#   run.sh BINARY --show [da] NAME    print what the case gives now, in the expected
#                                     file's form, for review by hand (writes nothing)
#   run.sh --assemble DEST [NAME...]  put the cases (default: all) together in
#                                     DEST/NAME, as they are run (check_formats.py)
set -u
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
harness_init invalid '[BINARY [NAME... | --show [da] NAME] | --assemble DEST [NAME...]]'
here=$REPO/tests/invalid

# prepare NAME DEST: DEST (new), the case put together.
prepare() {
  local name=$1 dir=$here/cases/$1 work=$2
  [ -n "$name" ] && [ -d "$dir" ] || die "no case '$name' in tests/invalid/cases"
  mkdir -p "$work"
  cp -a "$dir/." "$work/"
  rm -rf "$work/content" "$work/remove"
  assemble "$here/base" "$dir/content" "$work/content" "$dir/remove"
}

# all_cases: the names of every case.
all_cases() {
  local dir
  for dir in "$here"/cases/*/; do basename "$dir"; done
}

if [ "${1:-}" = --assemble ]; then
  [ $# -ge 2 ] || usage
  dest=$2
  shift 2
  names=("$@")
  [ $# -gt 0 ] || mapfile -t names < <(all_cases)
  for name in "${names[@]}"; do prepare "$name" "$dest/$name"; done
  exit 0
fi

find_binary "${1:-}"
[ $# -gt 0 ] && shift
make_tmp

# actual NAME LANG: the result of the assembled case NAME in expected.txt's form.
actual() {
  local name=$1 lang=$2 rc
  (cd "$TMP/$name" && "$BIN" check --content content --today 2026-01-01 --lang "$lang" >/dev/null 2>"$TMP/$name.err")
  rc=$?
  printf '# exit: %d\n' "$rc"
  cat "$TMP/$name.err"
}

if [ "${1:-}" = --show ]; then
  lang=en
  if [ "${2:-}" = da ]; then lang=da; shift; fi
  prepare "${2:-}" "$TMP/${2:-}"
  actual "$2" "$lang"
  exit 0
fi

# A case folder beside cases/ would be skipped: say so instead.
for dir in "$here"/*/; do
  name=$(basename "$dir")
  [ "$name" = base ] || [ "$name" = cases ] ||
    fail "tests/invalid/$name: cases are folders under cases/, with only the files that differ from base/"
done

names=()
if [ $# -gt 0 ]; then
  names=("$@")
else
  mapfile -t names < <(all_cases)
fi
echo "invalid: ${#names[@]} cases, each in English and Danish"

for name in "${names[@]}"; do
  dir=$here/cases/$name
  if [ ! -f "$dir/expected.txt" ] || [ ! -f "$dir/expected.da.txt" ] ||
     { [ ! -d "$dir/content" ] && [ ! -f "$dir/remove" ]; }; then
    fail "$name: needs expected.txt, expected.da.txt and content/ or remove"
    continue
  fi
  prepare "$name" "$TMP/$name"
  for lang in en da; do
    expected=$dir/expected.txt
    [ "$lang" = da ] && expected=$dir/expected.da.txt
    actual "$name" "$lang" >"$TMP/$name.$lang.txt"
    expect_same "$name ($lang)" "$expected" "$TMP/$name.$lang.txt" 0
  done
done

finish
