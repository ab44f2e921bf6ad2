#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each one.
#
#   tests/fuzz/run.sh [SECONDS]      SECONDS per target, default 60
#
# Environment: FUZZ_BUILD_DIR (default build-fuzz), FUZZ_TARGETS (default
# "front_matter yaml csv markdown directives"), FUZZ_MAX_LEN (the largest
# input, default 65536), FUZZ_TIMEOUT (seconds for one input, default 10).
# With FUZZ_MAX_LEN above 65536 (make fuzz-long) each target also starts from
# large seeds made here (deep nesting, wide tables, long lines of links: the
# sizes at which overblik once crashed or took minutes), since mutation alone
# grows an input only slowly.
#
# Each target starts from a fresh copy of tests/fuzz/corpus/NAME/ plus the
# reproducers in tests/fuzz/regressions/NAME/ (the committed seeds are never
# changed), with the dictionary tests/fuzz/*.dict for its format. A crash, leak, timeout (> 10 s for one input) or OOM (> 2 GB)
# fails the target; its reproducer is printed, and kept under
# BUILD_DIR/fuzz-run/NAME/. Exit 1 when any target fails. The last line is
# "fuzz: N passed, M failed".
set -uo pipefail

cd "$(dirname "$0")/../.." || exit 2
SECONDS_PER_TARGET=${1:-60}
BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
TARGETS=${FUZZ_TARGETS:-front_matter yaml csv markdown directives}
MAX_LEN=${FUZZ_MAX_LEN:-65536}
TIMEOUT=${FUZZ_TIMEOUT:-10}

case $SECONDS_PER_TARGET in
  '' | *[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac

# large_seeds DIR: inputs of a few hundred kilobytes for the deeper run.
large_seeds() {
  python3 - "$1" <<'EOF_PY'
import os, sys
d = sys.argv[1]
seeds = {
    "large-deep-emphasis": "Se :count[initiatives].\n\n" + "*a **a " * 30000 + "b" + " a** a*" * 30000 + "\n",
    "large-deep-quote": "Se :value[x].\n\n" + "> " * 100000 + "tekst\n",
    "large-deep-list": "- " * 100000 + ":count[themes]\n",
    "large-wide-table": "|" + "x|" * 3000 + "\n|" + "-|" * 3000 + "\n" + "x\n" * 3000,
    "large-many-links": "[x](initiative:nej) " * 10000 + "\n",
    "large-many-directives": ":value[nej] " * 20000 + "\n",
    "large-brackets": "[" * 200000 + "\n",
}
for name, text in seeds.items():
    with open(os.path.join(d, name), "w", encoding="utf-8") as f:
        f.write(text)
EOF_PY
}

# A build folder made with another compiler cannot be switched to clang.
if [ -f "$BUILD_DIR/CMakeCache.txt" ] &&
   ! grep -q '^CMAKE_CXX_COMPILER:.*clang' "$BUILD_DIR/CMakeCache.txt"; then
  echo "fuzz: $BUILD_DIR was configured without clang; remove it and run again" >&2
  exit 2
fi
if [ ! -f "$BUILD_DIR/build.ninja" ] || ! grep -q '^OVERBLIK_FUZZ:BOOL=ON' "$BUILD_DIR/CMakeCache.txt"; then
  CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DOVERBLIK_FUZZ=ON >/dev/null || exit 2
fi
cmake --build "$BUILD_DIR" --target fuzzers || exit 2

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

passed=0
failed=0
for name in $TARGETS; do
  bin=$BUILD_DIR/fuzz_$name
  run=$BUILD_DIR/fuzz-run/$name
  rm -rf "$run"
  mkdir -p "$run/corpus" "$run/artifacts"
  cp tests/fuzz/corpus/"$name"/* "$run/corpus/" 2>/dev/null
  dict=()
  case $name in
    yaml | front_matter) dict=(-dict=tests/fuzz/yaml.dict) ;;
    csv | markdown) dict=(-dict="tests/fuzz/$name.dict") ;;
    directives) dict=(-dict=tests/fuzz/markdown.dict) ;;
  esac
  [ "$MAX_LEN" -gt 65536 ] && large_seeds "$run/corpus"
  seeds=()
  [ -d "tests/fuzz/regressions/$name" ] && seeds+=("tests/fuzz/regressions/$name")
  echo "fuzz: $name for ${SECONDS_PER_TARGET}s ($(ls "$run/corpus" | wc -l) seeds)"
  "$bin" -max_total_time="$SECONDS_PER_TARGET" -max_len="$MAX_LEN" -timeout="$TIMEOUT" -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$run/artifacts/" "${dict[@]}" "$run/corpus" "${seeds[@]}" \
    >"$run/log.txt" 2>&1
  status=$?
  artifacts=$(find "$run/artifacts" -type f | sort)
  if [ $status -eq 0 ] && [ -z "$artifacts" ]; then
    passed=$((passed + 1))
    echo "fuzz: $name passed: $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$run/log.txt" | grep -o '[0-9]*$') runs," \
         "$(ls "$run/corpus" | wc -l) inputs in the corpus"
  else
    failed=$((failed + 1))
    echo "fuzz: $name FAILED (exit $status); log: $run/log.txt"
    grep -E '^==[0-9]+==ERROR|runtime error|ALARM|out-of-memory|fuzz_(markdown|directives): unsafe' "$run/log.txt" | head -5 | sed 's/^/  /'
    for a in $artifacts; do
      echo "  reproducer: $a   (replay: $bin $a)"
    done
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
