#!/usr/bin/env bash
# The layers are enforced by the compiler (docs/architecture.md, "Layers"):
#
# 1. In a scratch copy of the tree, configured as the build is, a source file
#    of each stage compiles as it is, and no longer compiles once it includes
#    a header of a stage above it (#include "render/site.hpp" in a model/
#    file); it still compiles with a header of a stage below. Only the one
#    object is built each time, without optimisation and stopping at the
#    first error, so this takes seconds.
# 2. In the real build (BUILD_DIR, Ninja only): the compiler's own record of
#    the headers each object read (ninja -t deps) shows kainjow only in
#    render/, httplib only in serve/ and libgit2 only in support/.
#
#   tests/layers/run.sh SOURCE_DIR BUILD_DIR
#
# Ends with "layers: N passed, M failed"; exit 1 on any failure.
set -u
if [ $# -ne 2 ]; then
  echo "usage: $0 SOURCE_DIR BUILD_DIR" >&2
  exit 2
fi
SRC=$(cd "$1" && pwd)
BUILD=$(cd "$2" && pwd)

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/overblik-layers.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# ---- 1. A backward include does not compile ----------------------------------
mkdir "$TMP/src"
for part in CMakeLists.txt cmake generator templates; do cp -r "$SRC/$part" "$TMP/src/"; done

cache() { sed -n "s/^$1:[A-Z]*=//p" "$BUILD/CMakeCache.txt"; }
compiler=$(cache CMAKE_CXX_COMPILER)
launcher=$(cache CMAKE_CXX_COMPILER_LAUNCHER)
# ccache with the scratch folder as base: the baseline objects are found in the
# cache by the next run, although its folder has another name.
export CCACHE_BASEDIR=$TMP
# No build type (no optimisation) and the first error ends the compilation.
if ! cmake -S "$TMP/src" -B "$TMP/build" -G Ninja -DCMAKE_BUILD_TYPE= \
  ${compiler:+-DCMAKE_CXX_COMPILER="$compiler"} \
  ${launcher:+-DCMAKE_CXX_COMPILER_LAUNCHER="$launcher"} \
  -DCMAKE_CXX_FLAGS=-Wfatal-errors -DBUILD_TESTING=OFF -DOVERBLIK_MIMALLOC=OFF \
  >"$TMP/configure.log" 2>&1; then
  cat "$TMP/configure.log"
  fail "the scratch copy configures"
  echo "layers: $passed passed, $failed failed"
  exit 1
fi

# compile STAGE FILE: builds the one object of generator/STAGE/FILE; the
# compiler's output is in $TMP/compile.log.
compile() {
  local object=CMakeFiles/overblik_$1.dir/generator/$1/$2.o
  rm -f "$TMP/build/$object"
  ninja -C "$TMP/build" "$object" >"$TMP/compile.log" 2>&1
}

# check STAGE HEADER compiles|fails: adds #include "HEADER" to the smallest
# source file of STAGE and builds its object, which must compile or fail.
check() {
  local stage=$1 header=$2 want=$3
  local file
  file=$(cd "$TMP/src/generator/$stage" && ls -S -r -- *.cpp | head -n 1)
  local path=$TMP/src/generator/$stage/$file
  cp "$path" "$TMP/original"
  sed -i "1i #include \"$header\"" "$path"
  if compile "$stage" "$file"; then got=compiles; else got=fails; fi
  cp "$TMP/original" "$path"
  local what="$stage/$file with #include \"$header\" $want"
  if [ "$got" != "$want" ]; then
    fail "$what"
    sed 's/^/     /' "$TMP/compile.log" | tail -n 8
  elif [ "$want" = fails ] && ! grep -q "$header is in a stage above this one" "$TMP/compile.log"; then
    fail "$what, but not for its include:"
    sed 's/^/     /' "$TMP/compile.log" | tail -n 8
  else
    pass "$what"
  fi
}

# baseline STAGE: the smallest source file of STAGE compiles as it is, so that
# its failure below is the include's doing.
baseline() {
  local file
  file=$(cd "$TMP/src/generator/$1" && ls -S -r -- *.cpp | head -n 1)
  if compile "$1" "$file"; then
    pass "$1/$file compiles as it is"
  else
    fail "$1/$file compiles as it is"
    sed 's/^/     /' "$TMP/compile.log" | tail -n 8
  fi
}

# The first header of a stage, for the checks that need one.
header_of() { (cd "$TMP/src/generator" && ls -- "$1"/*.hpp | head -n 1); }

# A failing check below must fail on its include (the stub's message); that the
# file compiles without it is shown once, for model, with the required case.
baseline model
check model render/site.hpp fails
check model "$(header_of load)" compiles
# Each stage against the one above it, and the side branches against each other.
for pair in support:load load:model model:diff diff:render render:write write:pipeline \
  pipeline:serve serve:scaffold scaffold:render scaffold:diff; do
  check "${pair%%:*}" "$(header_of "${pair#*:}")" fails
done

# ---- 2. Third-party headers stay in their stage ------------------------------
# only_in HEADER STAGE: every object of the program (generator/) that read
# HEADER is one of STAGE's. Unit tests and fuzz targets may test a stage's
# insides, so their objects are not counted.
only_in() {
  local readers
  readers=$(ninja -C "$BUILD" -t deps 2>/dev/null | awk -v h="$1" '
    /^[^ \t].*: #deps/ { object = $1; sub(/:$/, "", object) }
    /^[ \t]/ && index($1, h) && index(object, "/generator/") { print object }' | sort -u)
  if [ -z "$readers" ]; then
    fail "$1 is read by $2 (no object read it: is $BUILD built?)"
  elif echo "$readers" | grep -v "/overblik_$2\(_fuzz\)\?\.dir/" >"$TMP/strays"; then
    fail "$1 is read only in $2/, but also by:"
    sed 's/^/     /' "$TMP/strays"
  else
    pass "$1 is read only in $2/ ($(echo "$readers" | wc -l) objects)"
  fi
}
if [ -f "$BUILD/build.ninja" ]; then
  only_in kainjow/mustache.hpp render
  only_in httplib.h serve
  only_in git2.h support
else
  echo "skip third-party headers: $BUILD is not a Ninja build (ninja -t deps)"
fi

echo "layers: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
