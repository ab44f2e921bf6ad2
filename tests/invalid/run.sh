#!/usr/bin/env bash
# Runs every invalid-content case: tests/invalid/NAME/ holds content/,
# expected.txt and expected.da.txt, the exact stderr of
#   overblik check --content content --today 2026-01-01 --lang en   (expected.txt)
#   overblik check --content content --today 2026-01-01 --lang da   (expected.da.txt)
# run from inside NAME/, after a first line "# exit: N" with the exit code.
#
#   run.sh BINARY                   all cases, in both languages
#   run.sh BINARY NAME...           the named cases only
#   run.sh BINARY --show [da] NAME  print what the case gives now, in the expected
#                                   file's form, for review by hand (writes nothing)
set -u

if [[ $# -lt 1 ]]; then
  echo "usage: $0 BINARY [NAME... | --show NAME]" >&2
  exit 2
fi

binary=$1
shift
if [[ $binary != /* ]]; then binary="$PWD/$binary"; fi
if [[ ! -x $binary ]]; then
  echo "invalid: $binary is not an executable" >&2
  exit 2
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export NO_COLOR=1

# Prints the result of one case in expected.txt's form.
actual() {
  local dir=$1 lang=${2:-en} err rc
  err=$(mktemp)
  (cd "$dir" && "$binary" check --content content --today 2026-01-01 --lang "$lang" >/dev/null 2>"$err")
  rc=$?
  printf '# exit: %d\n' "$rc"
  cat "$err"
  rm -f "$err"
}

if [[ ${1:-} == --show ]]; then
  lang=en
  if [[ ${2:-} == da ]]; then lang=da; shift; fi
  [[ -d $here/${2:-} ]] || { echo "invalid: no case '${2:-}'" >&2; exit 2; }
  actual "$here/$2" "$lang"
  exit 0
fi

cases=()
if [[ $# -gt 0 ]]; then
  for name in "$@"; do cases+=("$here/$name"); done
else
  for dir in "$here"/*/; do cases+=("${dir%/}"); done
fi

passed=0
failed=0
for dir in "${cases[@]}"; do
  name=$(basename "$dir")
  if [[ ! -f $dir/expected.txt || ! -f $dir/expected.da.txt || ! -d $dir/content ]]; then
    echo "FAIL $name: needs content/, expected.txt and expected.da.txt"
    failed=$((failed + 1))
    continue
  fi
  for lang in en da; do
    expected=$dir/expected.txt
    [[ $lang == da ]] && expected=$dir/expected.da.txt
    got=$(mktemp)
    actual "$dir" "$lang" >"$got"
    if cmp -s "$expected" "$got"; then
      passed=$((passed + 1))
    else
      echo "FAIL $name ($lang)"
      diff -u --label "$name/$(basename "$expected")" --label "$name (actual, $lang)" "$expected" "$got"
      failed=$((failed + 1))
    fi
    rm -f "$got"
  done
done

echo "invalid: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
