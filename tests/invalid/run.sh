#!/usr/bin/env bash
# Runs every invalid-content case: tests/invalid/NAME/ holds content/ and
# expected.txt, the exact stderr of
#   overblik check --content content --today 2026-01-01
# run from inside NAME/, after a first line "# exit: N" with the exit code.
#
#   run.sh BINARY              all cases
#   run.sh BINARY NAME...      the named cases only
#   run.sh BINARY --show NAME  print what the case gives now, in expected.txt's
#                              form, for review by hand (writes nothing)
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
  local dir=$1 err rc
  err=$(mktemp)
  (cd "$dir" && "$binary" check --content content --today 2026-01-01 >/dev/null 2>"$err")
  rc=$?
  printf '# exit: %d\n' "$rc"
  cat "$err"
  rm -f "$err"
}

if [[ ${1:-} == --show ]]; then
  [[ -d $here/${2:-} ]] || { echo "invalid: no case '${2:-}'" >&2; exit 2; }
  actual "$here/$2"
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
  if [[ ! -f $dir/expected.txt || ! -d $dir/content ]]; then
    echo "FAIL $name: needs content/ and expected.txt"
    failed=$((failed + 1))
    continue
  fi
  got=$(mktemp)
  actual "$dir" >"$got"
  if cmp -s "$dir/expected.txt" "$got"; then
    passed=$((passed + 1))
  else
    echo "FAIL $name"
    diff -u --label "$name/expected.txt" --label "$name (actual)" "$dir/expected.txt" "$got"
    failed=$((failed + 1))
  fi
  rm -f "$got"
done

echo "invalid: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
