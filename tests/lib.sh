# The shared prologue of the shell test runners (tests/*/run.sh and the
# like), sourced, never run:
#
#   source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
#   harness_init NAME 'BINARY [NAME...]'   # the suite's name and its arguments
#   [ $# -ge 1 ] || usage
#   find_binary "${1:-}"                   # BIN: the argument, else build/overblik
#   make_tmp                               # TMP, removed on exit
#   ... pass MSG / fail MSG / expect_same LABEL EXPECTED ACTUAL ...
#   finish                                 # "NAME: N passed, M failed", exit 0 or 1
#
# Every runner ends with that one summary line and exits 1 when anything
# failed, 2 on a usage error (a missing binary among them). See tests/README.md.

# REPO: the top of the repository (this file is tests/lib.sh).
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HARNESS_NAME=test
HARNESS_USAGE=
passed=0
failed=0
export NO_COLOR=1

# harness_init NAME ARGS: the suite's name (the summary line and the error
# messages start with it) and the synopsis of its arguments, for usage.
harness_init() {
  HARNESS_NAME=$1
  HARNESS_USAGE=${2:-}
}

# usage: the one usage message, on stderr; exits 2.
usage() {
  echo "usage: ${0#"$REPO"/} $HARNESS_USAGE" >&2
  exit 2
}

# die MSG: an error that stops the runner before any test (exit 2).
die() {
  echo "$HARNESS_NAME: $*" >&2
  exit 2
}

# find_binary [PATH]: BIN = PATH made absolute, or build/overblik of this
# repository when PATH is empty. Dies when it is not an executable.
find_binary() {
  local given=${1:-}
  if [ -z "$given" ]; then
    BIN=$REPO/build/overblik
    [ -x "$BIN" ] || die "no binary given, and none at build/overblik (cmake --build build makes it)"
    return
  fi
  case $given in
    /*) BIN=$given ;;
    *) BIN=$PWD/$given ;;
  esac
  [ -f "$BIN" ] && [ -x "$BIN" ] || die "$given is not an executable"
}

# make_tmp: TMP = a new temporary folder, removed with everything in it when
# the runner exits (also what a case made unreadable). Commands given to
# at_exit run first.
HARNESS_AT_EXIT=()
make_tmp() {
  TMP=$(mktemp -d "${TMPDIR:-/tmp}/overblik-$HARNESS_NAME.XXXXXX") || die "mktemp failed"
  trap harness_cleanup EXIT
}
at_exit() { HARNESS_AT_EXIT+=("$*"); }
harness_cleanup() {
  local cmd
  for cmd in "${HARNESS_AT_EXIT[@]}"; do eval "$cmd"; done
  if [ -n "${TMP:-}" ] && [ -d "$TMP" ]; then
    chmod -R u+rwX "$TMP" 2>/dev/null
    rm -rf "$TMP"
  fi
}

# pass [MSG], fail MSG, note MSG: count a passed or failed check; MSG is printed
# ("ok   MSG", "FAIL MSG"); a pass without MSG is counted silently.
pass() {
  passed=$((passed + 1))
  [ $# -eq 0 ] || echo "ok   $*"
}
fail() {
  failed=$((failed + 1))
  echo "FAIL $*"
}
note() { echo "NOTE $*"; }

# indent [N]: the first N lines (default 40) of stdin, cut to 300 characters
# and indented, for the detail under a FAIL line.
indent() { head -n "${1:-40}" | cut -c1-300 | sed 's/^/    /'; }

# show_diff EXPECTED ACTUAL [LINES]: a unified diff of two files, the
# expected one named by its path in the repository, at most LINES lines (all
# when LINES is 0; default 60).
show_diff() {
  local expected=$1 actual=$2 lines=${3:-60}
  if [ "$lines" = 0 ]; then lines=1000000000; fi
  diff -u --label "expected: ${expected#"$REPO"/}" --label "actual" "$expected" "$actual" | indent "$lines"
}

# expect_same LABEL EXPECTED ACTUAL [LINES]: the files are byte-identical;
# else a failure with the diff (at most LINES lines, 0: all), and status 1.
# A missing EXPECTED fails too; EXPECTED may be a <(command).
expect_same() {
  local label=$1 expected=$2 actual=$3
  if [ -p "$expected" ]; then  # <(…): read it once, into a file
    cat "$expected" >"$actual.expected"
    expected=$actual.expected
  fi
  if [ ! -f "$expected" ]; then
    fail "$label: ${expected#"$REPO"/} is missing"
  elif cmp -s "$expected" "$actual"; then
    pass
    return 0
  else
    fail "$label"
    show_diff "$expected" "$actual" "${4:-60}"
  fi
  return 1
}

# expect_same_tree LABEL EXPECTED_DIR ACTUAL_DIR [LINES]: both trees hold
# the same files with the same bytes (diff -r); else a failure with the diff
# (at most LINES lines, default 200), and status 1.
expect_same_tree() {
  local label=$1 expected=$2 actual=$3
  if diff -r "$expected" "$actual" >/dev/null 2>&1; then
    pass
    return 0
  fi
  fail "$label"
  diff -ru "$expected" "$actual" 2>&1 | sed "s#$REPO/##g" | indent "${4:-200}"
  return 1
}

# assemble BASE OVERLAY DEST [REMOVE]: DEST (new) = a copy of the folder BASE,
# without the paths listed in the file REMOVE (one a line, relative to BASE,
# files or folders), with the files of OVERLAY (if it exists) copied over it.
# Symbolic links are copied as links, modes are kept. This is the overlay
# convention of tests/invalid, tests/hostile/broken and tests/diff.
assemble() {
  local base=$1 overlay=$2 dest=$3 remove=${4:-} rel
  [ ! -e "$dest" ] || die "assemble: $dest exists already"
  mkdir -p "$(dirname "$dest")"
  cp -a "$base" "$dest" || die "cannot copy $base"
  if [ -n "$remove" ] && [ -f "$remove" ]; then
    while IFS= read -r rel || [ -n "$rel" ]; do
      [ -n "$rel" ] || continue
      [ -e "$dest/$rel" ] || [ -L "$dest/$rel" ] || die "${remove#"$REPO"/}: '$rel' is not in ${base#"$REPO"/}"
      rm -rf "${dest:?}/$rel"
    done <"$remove"
  fi
  if [ -d "$overlay" ]; then
    cp -a --remove-destination "$overlay/." "$dest/" || die "cannot copy $overlay over $base"
  fi
  return 0
}

# finish: the summary line "NAME: N passed, M failed"; exits 1 when anything
# failed (or nothing was checked at all), else 0.
finish() {
  echo "$HARNESS_NAME: $passed passed, $failed failed"
  if [ "$failed" -eq 0 ] && [ "$passed" -eq 0 ]; then
    echo "$HARNESS_NAME: nothing was checked" >&2
    exit 1
  fi
  [ "$failed" -eq 0 ] && exit 0
  exit 1
}
