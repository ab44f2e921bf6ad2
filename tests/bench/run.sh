#!/usr/bin/env bash
# Benchmark overblik against Hugo on synthetic plans ("Fast at every size").
#
#   tests/bench/run.sh [N...]      default N: $BENCH_SIZES or "1000 10000 50000"
#
# For each N: generate the plan and its Hugo twin (tests/bench/gen.py, cached
# in build-bench/bench/N/), check the plan, then time, BENCH_RUNS times each
# (default 3), interleaved: overblik cold build (empty output folder), overblik
# warm rebuild (same content, output present), Hugo cold, Hugo warm. Reports
# medians of wall time and peak RSS, pages per second, overblik/Hugo ratios,
# the files overblik's warm rebuild wrote, and time per page across sizes.
# Prints figures, asserts nothing. The table goes to stdout and to
# build-bench/bench-results.md; progress goes to stderr.
#
# Environment: BENCH_SIZES, BENCH_RUNS (3), BENCH_RUNS_N (runs for size N,
# e.g. BENCH_RUNS_50000=1, where one Hugo build takes minutes), BENCH_TIMEOUT (seconds per build,
# 1800), BENCH_KEEP=1 keeps the output folders, BENCH_REPORT_ONLY=1 prints the
# tables again from the logs of an earlier run, OVERBLIK (binary; default:
# build-bench/overblik, built Release here), HUGO (hugo).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH_SRC=$ROOT/tests/bench
BUILD_DIR=$ROOT/build-bench
WORK=$BUILD_DIR/bench
RESULTS=$BUILD_DIR/bench-results.md
RUNS=${BENCH_RUNS:-3}
TIMEOUT=${BENCH_TIMEOUT:-1800}
HUGO=${HUGO:-hugo}
TODAY=2026-01-01
if [ $# -gt 0 ]; then SIZES="$*"; else SIZES=${BENCH_SIZES:-"1000 10000 50000"}; fi

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Runs apt-get install as root, through sudo -n, or says what to run.
apt_install() {
  local prefix=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo -n true 2>/dev/null || die "missing package(s) $*: run sudo apt-get install -y $*"
    prefix="sudo -n"
  fi
  $prefix apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=300 "$@" >/dev/null 2>&1 ||
    { $prefix apt-get update >/dev/null 2>&1 && $prefix apt-get install -y --no-install-recommends "$@" >/dev/null 2>&1; } ||
    die "could not install $*"
}

ensure_tools() {
  command -v "$HUGO" >/dev/null 2>&1 || "$ROOT/scripts/install-deps.sh" bench >&2
  command -v "$HUGO" >/dev/null 2>&1 || die "hugo not found"
  [ -x /usr/bin/time ] || { log "installing time"; apt_install time; }
  command -v python3 >/dev/null 2>&1 || die "python3 not found"
  if [ -z "${OVERBLIK:-}" ]; then
    [ -f "$BUILD_DIR/build.ninja" ] ||
      cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    log "ninja -C build-bench"
    ninja -C "$BUILD_DIR" overblik >/dev/null
    OVERBLIK=$BUILD_DIR/overblik
  fi
  [ -x "$OVERBLIK" ] || die "no overblik binary at $OVERBLIK"
}

# Generates plan/ and hugo/ for N unless the generator is unchanged since.
generate() {
  local n=$1 dir=$WORK/$1 stamp
  stamp=$(cat "$BENCH_SRC"/gen.py "$BENCH_SRC"/words.py "$BENCH_SRC"/hugo_site.py \
    "$BENCH_SRC"/hugo_layouts.py "$ROOT"/templates/assets/* | sha1sum | cut -d' ' -f1)
  if [ -f "$dir/.stamp" ] && [ "$(cat "$dir/.stamp")" = "$stamp" ]; then
    log "N=$n: content up to date in ${dir#"$ROOT"/}"
    return
  fi
  log "N=$n: generating plan and Hugo site"
  local t0=$SECONDS
  rm -rf "$dir"
  mkdir -p "$dir"
  python3 "$BENCH_SRC/gen.py" "$n" "$dir/plan" "$dir/hugo"
  echo "$stamp" >"$dir/.stamp"
  log "N=$n: generated in $((SECONDS - t0)) s ($(du -sm "$dir/plan" | cut -f1) MB of content)"
}

# measure NAME CMD...: runs CMD under /usr/bin/time; sets T (wall seconds,
# from a nanosecond clock: %e has 10 ms steps), M (peak RSS in KB, %M) and C
# (CPU seconds, user + system: less disturbed than wall time when other jobs
# share the machine). Notes the load average before. Output goes to
# $LOGS/NAME.out and .err. Returns 1 on failure or timeout.
measure() {
  local name=$1
  shift
  local t0 t1 rc=0
  cut -d' ' -f1 /proc/loadavg >>"$LOGS/load"
  t0=$(date +%s%N)
  timeout "$TIMEOUT" /usr/bin/time -f '%e %M %U %S' -o "$LOGS/$name.time" "$@" \
    >"$LOGS/$name.out" 2>"$LOGS/$name.err" || rc=$?
  t1=$(date +%s%N)
  T=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
  M=$(awk 'END { print $2 }' "$LOGS/$name.time" 2>/dev/null || true)
  M=${M:-0}
  C=$(awk 'END { printf "%.2f", $3 + $4 }' "$LOGS/$name.time" 2>/dev/null || true)
  if [ $rc -ne 0 ]; then
    log "$name failed (exit $rc$([ $rc -eq 124 ] && echo ", timeout ${TIMEOUT}s")); see $LOGS/$name.err"
    return 1
  fi
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One size: R[key] holds the medians.
declare -A R
bench_size() {
  local n=$1 dir=$WORK/$1 run
  LOGS=$dir/logs
  rm -rf "$LOGS"
  mkdir -p "$LOGS"
  log "N=$n: overblik check"
  "$OVERBLIK" check --content "$dir/plan" --today "$TODAY" --quiet ||
    die "N=$n: the generated plan has errors"
  : >"$LOGS/o_cold" && : >"$LOGS/o_warm" && : >"$LOGS/h_cold" && : >"$LOGS/h_warm"
  local runs_var="BENCH_RUNS_$n" RUNS=${RUNS}
  RUNS=${!runs_var:-$RUNS}
  for run in $(seq "$RUNS"); do
    log "N=$n run $run/$RUNS: overblik cold"
    rm -rf "$dir/out-overblik"
    measure "o_cold_$run" "$OVERBLIK" build --content "$dir/plan" --out "$dir/out-overblik" \
      --today "$TODAY" --quiet && echo "$T $M $C" >>"$LOGS/o_cold"
    log "N=$n run $run/$RUNS: overblik warm   (cold ${T}s, $((M / 1024)) MB)"
    # Without --quiet, which would hide the "Wrote …" line; the diagnostics
    # (warnings) go to a file.
    measure "o_warm_$run" "$OVERBLIK" build --content "$dir/plan" --out "$dir/out-overblik" \
      --today "$TODAY" && echo "$T $M $C" >>"$LOGS/o_warm"
    log "N=$n run $run/$RUNS: hugo cold       (overblik warm ${T}s: $(grep -o '([^)]*)' "$LOGS/o_warm_$run.out" | tail -1))"
    rm -rf "$dir/out-hugo"
    measure "h_cold_$run" "$HUGO" --quiet -s "$dir/hugo" -d "$dir/out-hugo" && echo "$T $M $C" >>"$LOGS/h_cold"
    log "N=$n run $run/$RUNS: hugo warm       (cold ${T}s, $((M / 1024)) MB)"
    measure "h_warm_$run" "$HUGO" --quiet -s "$dir/hugo" -d "$dir/out-hugo" && echo "$T $M $C" >>"$LOGS/h_warm"
    log "N=$n run $run/$RUNS: done            (hugo warm ${T}s)"
  done
  # Counted now: the output folders are removed below unless BENCH_KEEP=1.
  {
    echo "o.pages $(find "$dir/out-overblik" -name '*.html' | wc -l)"
    echo "h.pages $(find "$dir/out-hugo" -name '*.html' | wc -l)"
    echo "o.files $(find "$dir/out-overblik" -type f | wc -l)"
    echo "h.files $(find "$dir/out-hugo" -type f | wc -l)"
  } >"$LOGS/counts"
  log "N=$n: overblik --stats (one more cold build, untimed)"
  rm -rf "$dir/out-stats"
  "$OVERBLIK" build --content "$dir/plan" --out "$dir/out-stats" --today "$TODAY" --stats \
    >"$dir/stats.txt" 2>/dev/null || true
  rm -rf "$dir/out-stats"
  if [ "${BENCH_KEEP:-0}" != 1 ]; then rm -rf "$dir/out-overblik" "$dir/out-hugo"; fi
}

# Reads the medians and counts of size N from its logs into R.
collect() {
  local n=$1 LOGS=$WORK/$1/logs
  local k
  for k in o_cold o_warm h_cold h_warm; do
    R[$n.$k.t]=$(cut -d' ' -f1 "$LOGS/$k" | median)
    R[$n.$k.m]=$(cut -d' ' -f2 "$LOGS/$k" | median)
    R[$n.$k.c]=$(cut -d' ' -f3 "$LOGS/$k" | median)
  done
  R[$n.load]=$(median <"$LOGS/load" | awk '{ printf "%.1f", $1 }')
  local key value
  while read -r key value; do R[$n.$key]=$value; done <"$LOGS/counts"
  # "Wrote DIR: N files (W written, U unchanged, R removed)" of every warm run.
  R[$n.o.wrote]=$(cat "$LOGS"/o_warm_*.out | sed -n 's/.*: \([0-9]*\) files (\([0-9]*\) written, \([0-9]*\) unchanged, \([0-9]*\) removed).*/\2/p' | sort -n | tail -1)
  R[$n.o.wrote_line]=$(grep -h '^Wrote' "$LOGS/o_warm_1.out" | sed 's/^Wrote [^:]*: //')
}

fmt() { awk -v x="$1" -v f="$2" 'BEGIN { if (x == "nan" || x == "") print "–"; else printf f, x }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "nan" || b == "nan" || b == 0) print "–"; else printf "%.2f", a / b }'; }
mb() { awk -v k="$1" 'BEGIN { if (k == "nan" || k == "") print "–"; else printf "%.0f MB", k / 1024 }'; }
pps() { awk -v p="$1" -v t="$2" 'BEGIN { if (t == "nan" || t == 0) print "–"; else printf "%.0f", p / t }'; }
per_page() { awk -v p="$1" -v t="$2" 'BEGIN { if (t == "nan" || p == 0) print "nan"; else printf "%.0f", t / p * 1e6 }'; }

report() {
  local n first last
  echo "| N | tool | pages (files) | cold build | CPU | pages/s | peak RSS | warm rebuild | CPU | peak RSS | warm rebuild wrote |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  for n in $SIZES; do
    echo "| $n | overblik | ${R[$n.o.pages]} (${R[$n.o.files]}) | $(fmt "${R[$n.o_cold.t]}" '%.2f s') | $(fmt "${R[$n.o_cold.c]}" '%.2f s') | $(pps "${R[$n.o.pages]}" "${R[$n.o_cold.t]}") | $(mb "${R[$n.o_cold.m]}") | $(fmt "${R[$n.o_warm.t]}" '%.2f s') | $(fmt "${R[$n.o_warm.c]}" '%.2f s') | $(mb "${R[$n.o_warm.m]}") | ${R[$n.o.wrote_line]:-–} |"
    echo "| $n | Hugo | ${R[$n.h.pages]} (${R[$n.h.files]}) | $(fmt "${R[$n.h_cold.t]}" '%.2f s') | $(fmt "${R[$n.h_cold.c]}" '%.2f s') | $(pps "${R[$n.h.pages]}" "${R[$n.h_cold.t]}") | $(mb "${R[$n.h_cold.m]}") | $(fmt "${R[$n.h_warm.t]}" '%.2f s') | $(fmt "${R[$n.h_warm.c]}" '%.2f s') | $(mb "${R[$n.h_warm.m]}") | all |"
  done
  echo
  echo "| N | overblik ÷ Hugo: cold time | cold CPU | warm time | peak RSS (cold) | overblik warm ÷ cold | files written by overblik's warm rebuilds | load average during the runs |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
  for n in $SIZES; do
    echo "| $n | $(ratio "${R[$n.o_cold.t]}" "${R[$n.h_cold.t]}") | $(ratio "${R[$n.o_cold.c]}" "${R[$n.h_cold.c]}") | $(ratio "${R[$n.o_warm.t]}" "${R[$n.h_warm.t]}") | $(ratio "${R[$n.o_cold.m]}" "${R[$n.h_cold.m]}") | $(ratio "${R[$n.o_warm.t]}" "${R[$n.o_cold.t]}") | ${R[$n.o.wrote]:-–} | ${R[$n.load]} |"
  done
  set -- $SIZES
  first=$1
  last=${!#}
  echo
  echo "Cold build time per page (µs), N = $first → $last (goal: flat within 20 %). Wall time follows the"
  echo "load of the machine; CPU time (user + system) is the steadier measure on a shared machine."
  echo
  echo "| tool | wall, N = $first | wall, N = $last | change | CPU, N = $first | CPU, N = $last | change |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  local tool k row a b m
  for tool in overblik:o Hugo:h; do
    k=${tool#*:}
    row="| ${tool%:*} |"
    for m in t c; do
      a=$(per_page "${R[$first.$k.pages]}" "${R[$first.${k}_cold.$m]}")
      b=$(per_page "${R[$last.$k.pages]}" "${R[$last.${k}_cold.$m]}")
      row="$row $a | $b | $(awk -v a="$a" -v b="$b" 'BEGIN { if (a == "nan" || b == "nan") print "–"; else printf "%+.0f %%", (b / a - 1) * 100 }') |"
    done
    echo "$row"
  done
}

header() {
  local cpu
  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
  echo "# overblik vs Hugo"
  echo
  echo "- date: $(date -u +%Y-%m-%d), command: \`${BENCH_COMMAND:-BENCH_SIZES=\"$SIZES\" tests/bench/run.sh}\`, BENCH_RUNS=$RUNS$(env | grep "^BENCH_RUNS_" | sort | sed "s/^/, /" | tr -d "\n") (medians)"
  echo "- machine: $(nproc) cores ($cpu), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr)"
  echo "- $("$OVERBLIK" --version) (Release, $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- generator templates 2>/dev/null || echo ' + uncommitted changes')), $("$HUGO" version | cut -d' ' -f1-2)"
  echo "- overblik: \`overblik build --today $TODAY --quiet\` (warm: without --quiet, to read its Wrote line); Hugo: \`hugo --quiet\`; default threads (one per core) for both"
  echo
}

main() {
  ensure_tools
  mkdir -p "$WORK"
  local n t0
  for n in $SIZES; do
    [[ $n =~ ^[0-9]+$ ]] || die "not a size: $n"
    t0=$SECONDS
    if [ "${BENCH_REPORT_ONLY:-0}" != 1 ]; then
      generate "$n"
      bench_size "$n"
      log "N=$n: finished in $((SECONDS - t0)) s"
    fi
    collect "$n"
  done
  {
    header
    report
    echo
    for n in $SIZES; do
      echo "overblik --stats at N=$n (one cold build):"
      echo
      echo '```'
      cat "$WORK/$n/stats.txt"
      echo '```'
      echo
    done
  } >"$RESULTS"
  report
  log "written ${RESULTS#"$ROOT"/}"
}

main
