#!/usr/bin/env bash
# Configure (once) and build with a short output: a progress line every 10 %
# instead of one line per step, and every line the compiler or a tool prints
# besides (warnings, errors) in full. For make; a developer may call
# cmake --build directly for the usual output.
#
#   scripts/build-quiet.sh BUILD_DIR BUILD_TYPE [TARGET...]   (no target: all)
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 BUILD_DIR BUILD_TYPE [TARGET...]" >&2; exit 2; }
dir=$1 type=$2
shift 2

if [ ! -f "$dir/build.ninja" ]; then
  mkdir -p "$dir"
  echo "configure: cmake -S . -B $dir -G Ninja -DCMAKE_BUILD_TYPE=$type ${OVERBLIK_CMAKE_ARGS:-}"
  # shellcheck disable=SC2086 # OVERBLIK_CMAKE_ARGS holds several arguments
  if ! cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" ${OVERBLIK_CMAKE_ARGS:-} >"$dir/configure.log" 2>&1; then
    cat "$dir/configure.log" >&2
    exit 1
  fi
fi

start=$SECONDS
# Ninja prints "[DONE/TOTAL] what" for every step when its output is not a
# smart terminal, but into a pipe it holds the lines back until it ends.
# Under `script` (util-linux) it writes to a terminal, of TERM=dumb, and so
# prints each line as it happens. Only the step that crosses the next tenth
# is shown; cmake's own "-- " lines, when it configures again, are left out.
run_ninja() {
  if command -v script >/dev/null 2>&1; then
    TERM=dumb script -qefc "$(printf '%q ' ninja -C "$dir" "$@")" /dev/null
  else
    ninja -C "$dir" "$@"
  fi
}
run_ninja "$@" | tr -d '\r' | awk -v label="build" '
  /^\[[0-9]+\/[0-9]+\] / {
    split(substr($1, 2, length($1) - 2), n, "/")
    tenth = int(n[1] * 10 / n[2])
    if (tenth > shown) { printf "%s: %3d %% (%d of %d steps)\n", label, tenth * 10, n[1], n[2]; shown = tenth }
    fflush()
    next
  }
  /^ninja: no work to do/ { print label ": up to date"; next }
  /^-- / || /^ninja: Entering directory/ { next }
  { print; fflush() }
'
echo "build: done in $((SECONDS - start)) s"
