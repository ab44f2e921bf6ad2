#!/usr/bin/env bash
# The C++ sources are formatted as .clang-format says: clang-format would
# change nothing. Fails with clang-format's own warnings (file:line:col) and
# the command that fixes them; a file is a pass or a failure.
#
#   tests/style/check-format.sh [SOURCE_DIR]     default: this repository
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
harness_init format '[SOURCE_DIR]'
[ $# -le 1 ] || usage
root=${1:-$REPO}
cd "$root" || die "no folder $root"

command -v clang-format >/dev/null 2>&1 ||
  die "clang-format is missing (scripts/install-deps.sh test installs it)"

mapfile -t files < <(find generator tests/unit tests/fuzz -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort)
[ "${#files[@]}" -gt 0 ] || die "no C++ sources found under $root"

make_tmp
clang-format --dry-run -Werror "${files[@]}" 2>"$TMP/warnings"
rc=$?
cat "$TMP/warnings" >&2
# The files clang-format would change: those its warnings name.
declare -A unformatted=()
while IFS= read -r file; do unformatted[$file]=1; done < <(sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: .*/\1/p' "$TMP/warnings")
for file in "${files[@]}"; do
  if [ -n "${unformatted[$file]:-}" ]; then fail "$file is not formatted"; else pass; fi
done
# Any other complaint (an unreadable file, a bad .clang-format) fails too.
if [ "$rc" -ne 0 ] && [ "${#unformatted[@]}" -eq 0 ]; then
  fail "clang-format exits $rc: $(head -n 1 "$TMP/warnings")"
fi
echo "format: ${#files[@]} files checked by $(clang-format --version | head -n 1)"
if [ "$failed" -gt 0 ]; then
  echo "format: reformat with: clang-format -i \$(git ls-files 'generator/*.[ch]pp' 'tests/unit/*.[ch]pp' 'tests/fuzz/*.[ch]pp')" >&2
fi
finish
