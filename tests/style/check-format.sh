#!/usr/bin/env bash
# The C++ sources are formatted as .clang-format says: clang-format would
# change nothing. Fails with clang-format's own warnings (file:line:col) and
# the command that fixes them.
#
#   tests/style/check-format.sh [SOURCE_DIR]
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root"

if ! command -v clang-format >/dev/null 2>&1; then
  echo "format: clang-format is missing (scripts/install-deps.sh test installs it)" >&2
  exit 1
fi

mapfile -t files < <(find generator tests/unit tests/fuzz -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort)
if [ "${#files[@]}" -eq 0 ]; then
  echo "format: no C++ sources found under $root" >&2
  exit 1
fi

if clang-format --dry-run -Werror "${files[@]}"; then
  echo "format: ${#files[@]} files, all formatted ($(clang-format --version | head -n 1))"
else
  echo "format: reformat with: clang-format -i \$(git ls-files 'generator/*.[ch]pp' 'tests/unit/*.[ch]pp' 'tests/fuzz/*.[ch]pp')" >&2
  exit 1
fi
