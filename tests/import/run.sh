#!/usr/bin/env bash
# Imports every spreadsheet export tests/import/NAME.csv and compares the result.
#
#   NAME.csv           the export, bytes as Excel writes them (see make-inputs.py)
#   NAME/start/        optional: the content folder before the import
#   NAME/expected/     the files the import writes (whole files, also an appended themes.yaml)
#   NAME/stdout.txt    its exact standard output
#   NAME/stderr.txt    "# exit: N", then its exact standard error
#   NAME/stdout.da.txt, NAME/stderr.da.txt   the same with Danish messages (--lang da)
#
# Each case runs, in a temporary folder (messages in English: --lang en),
#   overblik import NAME.csv --content content --today 2026-01-01 --lang en
# and checks that
#   1. --dry-run writes nothing and says what the real run then does,
#   2. exit code, stdout and stderr are as expected,
#   3. the folder is start/ with expected/ written over it, nothing more,
#   4. overblik check accepts the result (exit 0),
#   5. a second import without --force refuses (exit 2) and changes nothing,
#   6. a second import with --force writes the same files again,
#   7. with --lang da, --dry-run and the import say the same in Danish.
#
#   run.sh [BINARY]            all cases
#   run.sh BINARY NAME...      the named cases only
#   run.sh BINARY --show NAME [da]  run the import of NAME and print what it
#                              gives, in the expected files' form (writes
#                              nothing here); with da, in Danish
set -u
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
harness_init import '[BINARY [NAME... | --show NAME]]'
find_binary "${1:-}"
[ $# -gt 0 ] && shift
make_tmp
here=$REPO/tests/import
today=2026-01-01
lang=en  # the language of the messages, --lang

# A fresh work folder for case $1: the export, and content/ from start/ if any.
prepare() {
  local name=$1 work
  work=$(mktemp -d "$TMP/$name.XXXXXX")
  cp "$here/$name.csv" "$work/"
  if [[ -d $here/$name/start ]]; then
    mkdir "$work/content"
    cp -R "$here/$name/start/." "$work/content/"
  fi
  echo "$work"
}

# import inside $1 with extra arguments; leaves out, err and rc in $1.
run_import() {
  local work=$1 name=$2
  shift 2
  (cd "$work" && "$BIN" import "$name.csv" --content content --today "$today" --lang "$lang" "$@" >out 2>err)
  echo $? >"$work/rc"
}

# A listing of every file under $1 with its checksum ("absent" if no folder).
snapshot() {
  if [[ ! -d $1 ]]; then echo absent; return; fi
  (cd "$1" && find . -type f | LC_ALL=C sort | xargs -r md5sum)
}

# What a dry run prints, made from what the real run printed (in $lang).
dry_stdout() {
  if [[ $lang == da ]]; then
    sed -e 's/^oprettede /ville oprette /' -e 's/^overskrev /ville overskrive /' -e 's/^tilføjede til /ville tilføje til /' \
        -e 's/^Importerede \(.*\)$/Ville importere \1; intet blev skrevet (--dry-run)/' "$1"
  else
    sed -e 's/^created /would create /' -e 's/^overwrote /would overwrite /' -e 's/^appended to /would append to /' \
        -e 's/^Imported \(.*\)$/Would import \1; nothing was written (--dry-run)/' "$1"
  fi
}

show() {
  local name=$1 work suffix=
  [[ $lang == da ]] && suffix=.da
  work=$(prepare "$name")
  run_import "$work" "$name"
  echo "== stdout$suffix.txt"; cat "$work/out"
  echo "== stderr$suffix.txt"; printf '# exit: %s\n' "$(cat "$work/rc")"; cat "$work/err"
  echo "== result folder (copy the files the import wrote into $name/expected/): $work/content"
}

# problem WHAT: case $name fails (it counts once, however many problems it has).
problem() {
  echo "FAIL $name: $*"
  ok=0
}

# same WHAT EXPECTED ACTUAL: a problem, shown as a diff, when the files differ.
same() {
  cmp -s "$2" "$3" && return
  problem "$1"
  show_diff "$2" "$3" 0
}

# Runs case $name; sets ok=0 on any problem.
check_case() {
  local work want exp_rc before
  work=$(prepare "$name")
  want=$(mktemp -d "$TMP/want.XXXXXX")
  [[ -d $here/$name/start ]] && cp -R "$here/$name/start/." "$want/"
  cp -R "$here/$name/expected/." "$want/"
  exp_rc=$(head -n 1 "$here/$name/stderr.txt" | sed 's/^# exit: //')
  tail -n +2 "$here/$name/stderr.txt" >"$want.stderr"

  before=$(snapshot "$work/content")
  run_import "$work" "$name" --dry-run
  [[ $(snapshot "$work/content") == "$before" ]] || problem "--dry-run changed the content folder"
  [[ $(cat "$work/rc") == "$exp_rc" ]] || problem "--dry-run exited with $(cat "$work/rc"), expected $exp_rc"
  dry_stdout "$here/$name/stdout.txt" >"$want.dry-stdout"
  same "--dry-run stdout (expected: stdout.txt in the dry run's words)" "$want.dry-stdout" "$work/out"
  same "--dry-run stderr (expected: stderr.txt without its first line)" "$want.stderr" "$work/err"

  run_import "$work" "$name"
  [[ $(cat "$work/rc") == "$exp_rc" ]] || problem "exit code $(cat "$work/rc"), expected $exp_rc"
  same "stdout" "$here/$name/stdout.txt" "$work/out"
  same "stderr (expected: stderr.txt without its first line)" "$want.stderr" "$work/err"
  if ! diff -r "$want" "$work/content" >/dev/null 2>&1; then
    problem "the content folder differs from start/ + expected/"
    diff -ru "$want" "$work/content" | indent 100
  fi

  (cd "$work" && "$BIN" check --content content --today "$today" >/dev/null 2>"$work/check.err") ||
    { problem "overblik check rejects the result:"; indent <"$work/check.err"; }

  before=$(snapshot "$work/content")
  run_import "$work" "$name"
  [[ $(cat "$work/rc") == 2 ]] || problem "a second import without --force exited with $(cat "$work/rc"), expected 2"
  grep -q "use --force" "$work/err" || problem "a second import without --force does not say why it refuses"
  [[ $(snapshot "$work/content") == "$before" ]] || problem "a second import without --force changed the folder"

  run_import "$work" "$name" --force
  [[ $(cat "$work/rc") == "$exp_rc" ]] || problem "a second import with --force exited with $(cat "$work/rc")"
  [[ $(snapshot "$work/content") == "$before" ]] || problem "a second import with --force gave other files"

  rm -rf "$work" "$want" "$want.stderr" "$want.dry-stdout"
}

# Case $name in Danish: --dry-run, then the import, print stdout.da.txt and
# stderr.da.txt (the files written are those of the English run).
check_danish() {
  local work exp_rc
  work=$(prepare "$name")
  exp_rc=$(head -n 1 "$here/$name/stderr.da.txt" | sed 's/^# exit: //')
  tail -n +2 "$here/$name/stderr.da.txt" >"$work/want.err"
  run_import "$work" "$name" --dry-run
  [[ $(cat "$work/rc") == "$exp_rc" ]] || problem "--lang da --dry-run exited with $(cat "$work/rc"), expected $exp_rc"
  diff -u --label "dry run: expected stdout (da)" --label "actual" <(dry_stdout "$here/$name/stdout.da.txt") "$work/out" || problem "--lang da --dry-run stdout"
  diff -u --label "dry run: expected stderr (da)" --label "actual" "$work/want.err" "$work/err" || problem "--lang da --dry-run stderr"
  run_import "$work" "$name"
  [[ $(cat "$work/rc") == "$exp_rc" ]] || problem "--lang da: exit code $(cat "$work/rc"), expected $exp_rc"
  diff -u --label "$name/stdout.da.txt" --label "actual" "$here/$name/stdout.da.txt" "$work/out" || problem "--lang da: stdout"
  diff -u --label "$name/stderr.da.txt" --label "actual" "$work/want.err" "$work/err" || problem "--lang da: stderr"
  run_import "$work" "$name"
  grep -q "brug --force" "$work/err" || problem "--lang da: a second import without --force does not say why it refuses"
  rm -rf "$work"
}

if [[ ${1:-} == --show ]]; then
  [[ -f $here/${2:-}.csv ]] || die "no case '${2:-}'"
  [[ ${3:-} == da ]] && lang=da
  trap - EXIT  # the result folder stays, for the reader to copy from
  show "$2"
  exit 0
fi

names=()
if [[ $# -gt 0 ]]; then
  names=("$@")
else
  for csv in "$here"/*.csv; do names+=("$(basename "$csv" .csv)"); done
fi

for name in "${names[@]}"; do
  ok=1
  if [[ ! -f $here/$name.csv || ! -d $here/$name/expected || ! -f $here/$name/stdout.txt || ! -f $here/$name/stderr.txt ||
        ! -f $here/$name/stdout.da.txt || ! -f $here/$name/stderr.da.txt ]]; then
    problem "needs $name.csv, $name/expected/, $name/stdout.txt, $name/stderr.txt and their .da.txt"
  else
    lang=en
    check_case
    lang=da
    check_danish
  fi
  if [[ $ok == 1 ]]; then pass "$name"; else failed=$((failed + 1)); fi
done

finish
