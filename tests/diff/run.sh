#!/usr/bin/env bash
# What changed between two versions of a plan: `overblik diff OLD NEW` and
# `overblik build --previous OLD`.
#
#   tests/diff/run.sh [BINARY]
#   OVERBLIK_UPDATE_GOLDEN=1 tests/diff/run.sh BINARY   write the expected reports anew
#
# 1. Golden reports. Each cases/NAME/ is a pair of small plans: the old
#    version is base/ with cases/NAME/both/ and cases/NAME/old/ copied over
#    it, the new one base/ with both/ and new/ (cases/NAME/base names another
#    base folder, such as base-en). `overblik diff old new --format F` must
#    exit 0, print nothing on stderr, and print exactly
#    cases/NAME/expected.txt, .md or .json. After OVERBLIK_UPDATE_GOLDEN=1,
#    read every changed expected file before committing it: it is the
#    specification of the report.
# 2. Exit codes: 1 with the diagnostics when a version has content errors;
#    2 when a version is missing or is not git:REF:PATH, for a bad --format.
# 3. git: a temporary repository with two commits; git:HEAD~1:content against
#    git:HEAD:content and against the working folder must give the same
#    reports as the folders they hold; a bad revision or path exits 2.
# 4. build --previous: the changes page, the words in the matrix cells, the
#    front-page link and the one feed entry (checked by check_site.py).
#
# Ends with "diff: N passed, M failed"; exit 1 on any failure.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
harness_init diff '[BINARY]'
[ $# -le 1 ] || usage
find_binary "${1:-}"
HERE=$REPO/tests/diff
TODAY=2026-01-01
PY=${PYTHON:-python3}
UPDATE=${OVERBLIK_UPDATE_GOLDEN:-}
# Run from a git hook, these would send the test's git commands to another repository.
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES
make_tmp

# The expected messages are English; the plans are Danish, so every run says --lang en.
REAL_BIN=$BIN
BIN=$TMP/overblik-en
printf '#!/bin/sh\nexec "%s" "$@" --lang en\n' "$REAL_BIN" >"$BIN"
chmod +x "$BIN"

# show FILE: the first lines of FILE, indented
show() { indent 12 <"$1"; }

# version CASE SIDE DEST: DEST = the case's base + both/ + SIDE/
version() {
  local case=$HERE/cases/$1 side=$2 dest=$3 base=base
  [ -f "$case/base" ] && base=$(cat "$case/base")
  assemble "$HERE/$base" "$case/both" "$dest"
  [ -d "$case/$side" ] && cp -a "$case/$side/." "$dest/"
  return 0
}

# run DIR OUT ERR ARGS...: runs overblik in DIR; prints the exit code
run() {
  local dir=$1 out=$2 err=$3
  shift 3
  (cd "$dir" && "$BIN" "$@") >"$out" 2>"$err"
  echo $?
}

# golden LABEL EXPECTED ACTUAL: compare byte for byte (or write EXPECTED)
golden() {
  local label=$1 expected=$2 actual=$3
  if [ -n "$UPDATE" ]; then
    if ! cmp -s "$expected" "$actual"; then
      cp "$actual" "$expected"
      echo "updated $label ($expected)"
    fi
    pass
  elif [ ! -f "$expected" ]; then
    fail "$label: $expected is missing (OVERBLIK_UPDATE_GOLDEN=1 writes it; then read it)"
  else
    expect_same "$label: the report differs from $(basename "$expected")" "$expected" "$actual" 40
  fi
}

# expect_rc LABEL RC WANT ERR
expect_rc() {
  if [ "$2" = "$3" ]; then
    pass
  else
    fail "$1: exit $2, expected $3"
    show "$4"
  fi
}

# expect_grep LABEL FILE REGEX: FILE has a line matching the extended REGEX
expect_grep() {
  if grep -q -E -- "$3" "$2"; then
    pass
  else
    fail "$1: no line matches /$3/ in:"
    show "$2"
  fi
}

# ---------------------------------------------------------------------------
# 1. Golden reports
# ---------------------------------------------------------------------------
declare -A EXT=([text]=txt [markdown]=md [json]=json)
ncases=0
for dir in "$HERE"/cases/*/; do
  dir=${dir%/}
  name=$(basename "$dir")
  ncases=$((ncases + 1))
  work=$TMP/cases/$name
  version "$name" old "$work/old"
  version "$name" new "$work/new"
  for format in text markdown json; do
    out=$work/report.${EXT[$format]}
    rc=$(run "$work" "$out" "$work/$format.err" diff old new --format "$format" --today "$TODAY")
    expect_rc "$name --format $format" "$rc" 0 "$work/$format.err"
    if [ -s "$work/$format.err" ]; then
      fail "$name --format $format: stderr is not empty"
      show "$work/$format.err"
    else
      pass
    fi
    golden "$name --format $format" "$dir/expected.${EXT[$format]}" "$out"
  done
  if "$PY" -m json.tool "$work/report.json" >/dev/null 2>&1; then pass; else fail "$name: the JSON report does not parse"; fi
  # The default format is text.
  rc=$(run "$work" "$work/default.txt" "$work/default.err" diff old new --today "$TODAY")
  [ -z "$UPDATE" ] && expect_same "$name: the default format is not text" "$dir/expected.txt" "$work/default.txt"
done
[ "$ncases" -gt 0 ] || fail "no cases in $HERE/cases"

# The same versions in the other order: the added initiative is a removed one.
work=$TMP/cases/initiatives-added
rc=$(run "$work" "$work/rev.out" "$work/rev.err" diff new old --today "$TODAY")
expect_rc "initiatives-added reversed" "$rc" 0 "$work/rev.err"
expect_grep "initiatives-added reversed" "$work/rev.out" '^Fjernede initiativer$'
expect_grep "initiatives-added reversed" "$work/rev.out" '^  Hjælp med huslejerestancer \(husleje-hjaelp\)$'

# ---------------------------------------------------------------------------
# 2. Exit codes
# ---------------------------------------------------------------------------
err=$TMP/errors
version no-changes old "$err/ok"
version no-changes new "$err/broken"
sed -i 's/^themes: \[job\]$/themes: [jobb]/' "$err/broken/initiatives/en-indgang.md"
version no-changes new "$err/broken2"
sed -i 's/^status: approved$/status: godkendt/' "$err/broken2/initiatives/en-indgang.md"

# A content error in the new version: exit 1, nothing on stdout, the diagnostic.
rc=$(run "$err" "$err/1.out" "$err/1.err" diff ok broken --today "$TODAY")
expect_rc "content error in NEW" "$rc" 1 "$err/1.err"
cat >"$err/1.want" <<'EOF'
broken/initiatives/en-indgang.md:5:10: error: unknown theme 'jobb'
  5 | themes: [jobb]
    |          ^
  hint: did you mean 'job'?
1 error
EOF
expect_same "content error in NEW: stderr is not the diagnostic" "$err/1.want" "$err/1.err"
[ -s "$err/1.out" ] && fail "content error in NEW: a report was printed" || pass

# In the old version, and in both: every error of both, each side's summary.
rc=$(run "$err" "$err/2.out" "$err/2.err" diff broken ok --format json --today "$TODAY")
expect_rc "content error in OLD" "$rc" 1 "$err/2.err"
expect_grep "content error in OLD" "$err/2.err" "^broken/initiatives/en-indgang\.md:5:10: error: unknown theme 'jobb'$"
rc=$(run "$err" "$err/3.out" "$err/3.err" diff broken broken2 --today "$TODAY")
expect_rc "content errors in both" "$rc" 1 "$err/3.err"
expect_grep "content errors in both" "$err/3.err" "^broken/initiatives/en-indgang\.md:5:10: error: unknown theme 'jobb'$"
expect_grep "content errors in both" "$err/3.err" "^broken2/initiatives/en-indgang\.md:7:9: error: status 'godkendt' is not allowed$"

# A missing folder, a file instead of a folder: exit 2, a message that names it.
rc=$(run "$err" "$err/4.out" "$err/4.err" diff ok nowhere --today "$TODAY")
expect_rc "missing NEW folder" "$rc" 2 "$err/4.err"
expect_same "missing NEW folder: message" <(echo "overblik: cannot read the new version 'nowhere': the folder does not exist") "$err/4.err"
rc=$(run "$err" "$err/5.out" "$err/5.err" diff ok/plan.yaml ok --today "$TODAY")
expect_rc "OLD is a file" "$rc" 2 "$err/5.err"
expect_same "OLD is a file: message" <(echo "overblik: cannot read the old version 'ok/plan.yaml': it is not a folder") "$err/5.err"
# git: without REF:PATH is neither a folder nor a revision.
rc=$(run "$err" "$err/6.out" "$err/6.err" diff git:HEAD ok --today "$TODAY")
expect_rc "git:HEAD without a path" "$rc" 2 "$err/6.err"
expect_same "git:HEAD without a path: message" <(printf '%s\n' "overblik: cannot read the old version 'git:HEAD': a git revision is written git:REF:PATH" "  hint: for example git:HEAD~1:content") "$err/6.err"
# Usage errors.
rc=$(run "$err" "$err/7.out" "$err/7.err" diff ok ok --format html)
expect_rc "--format html" "$rc" 2 "$err/7.err"
rc=$(run "$err" "$err/8.out" "$err/8.err" diff ok ok --today 2026-02-30)
expect_rc "--today 2026-02-30" "$rc" 2 "$err/8.err"
rc=$(run "$err" "$err/9.out" "$err/9.err" diff ok)
expect_rc "one version only" "$rc" 2 "$err/9.err"

# The same lines without --lang speak the plan's language: Danish for these
# plans, English for an English one (the new version's, else the old one's).
run_plan_lang() {
  local dir=$1 out=$2 err=$3
  shift 3
  (cd "$dir" && "$REAL_BIN" "$@") >"$out" 2>"$err"
  echo $?
}
rc=$(run_plan_lang "$err" "$err/da1.out" "$err/da1.err" diff ok broken --today "$TODAY")
expect_rc "content error in NEW (da)" "$rc" 1 "$err/da1.err"
cat >"$err/da1.want" <<'EOF'
broken/initiatives/en-indgang.md:5:10: error: ukendt tema 'jobb'
  5 | themes: [jobb]
    |          ^
  hint: mente du 'job'?
1 fejl
EOF
expect_same "content error in NEW (da): stderr is not the Danish diagnostic" "$err/da1.want" "$err/da1.err"
rc=$(run_plan_lang "$err" "$err/da4.out" "$err/da4.err" diff ok nowhere --today "$TODAY")
expect_rc "missing NEW folder (da)" "$rc" 2 "$err/da4.err"
expect_same "missing NEW folder (da): message" <(echo "overblik: den nye version 'nowhere' kan ikke læses: mappen findes ikke") "$err/da4.err"
rc=$(run_plan_lang "$err" "$err/da5.out" "$err/da5.err" diff ok/plan.yaml ok --today "$TODAY")
expect_rc "OLD is a file (da)" "$rc" 2 "$err/da5.err"
expect_same "OLD is a file (da): message" <(echo "overblik: den gamle version 'ok/plan.yaml' kan ikke læses: det er ikke en mappe") "$err/da5.err"
rc=$(run_plan_lang "$err" "$err/da6.out" "$err/da6.err" diff git:HEAD ok --today "$TODAY")
expect_rc "git:HEAD without a path (da)" "$rc" 2 "$err/da6.err"
expect_same "git:HEAD without a path (da): message" <(printf '%s\n' "overblik: den gamle version 'git:HEAD' kan ikke læses: en version i git skrives git:REF:STI" "  hint: for eksempel git:HEAD~1:content") "$err/da6.err"
rc=$(run_plan_lang "$err" "$err/da8.out" "$err/da8.err" diff ok ok --today 2026-02-30)
expect_rc "--today 2026-02-30 (da)" "$rc" 2 "$err/da8.err"
expect_same "--today 2026-02-30 (da): message" <(echo "overblik: --today skal være en dato ÅÅÅÅ-MM-DD, ikke '2026-02-30'") "$err/da8.err"
version english old "$err/en-old"
rc=$(run_plan_lang "$err" "$err/en4.out" "$err/en4.err" diff en-old nowhere --today "$TODAY")
expect_rc "missing NEW folder (en plan)" "$rc" 2 "$err/en4.err"
expect_same "missing NEW folder (en plan): message" <(echo "overblik: cannot read the new version 'nowhere': the folder does not exist") "$err/en4.err"

# ---------------------------------------------------------------------------
# 3. git revisions (read with libgit2; git is only used here to make the repository)
# ---------------------------------------------------------------------------
if ! command -v git >/dev/null 2>&1; then
  echo "NOTE git is not installed: the git tests are skipped"
else
  repo=$TMP/repo
  mkdir -p "$repo"
  g() { git -C "$repo" -c user.name=t -c user.email=t@example.org -c commit.gpgsign=false "$@"; }
  g init -q
  git -C "$repo" symbolic-ref HEAD refs/heads/main  # whatever init.defaultBranch says
  version status-changes old "$repo/content"
  g add content && g commit -q -m "old"
  rm -rf "$repo/content"
  version status-changes new "$repo/content"
  g add -A content && g commit -q -m "new"
  # the working folder: HEAD plus an uncommitted new initiative
  cp "$HERE/cases/initiatives-added/new/initiatives/husleje-hjaelp.md" "$repo/content/initiatives/"

  for format in text markdown json; do
    ext=${EXT[$format]}
    rc=$(run "$repo" "$repo/a.$ext" "$repo/a.err" diff git:HEAD~1:content git:HEAD:content --format "$format" --today "$TODAY")
    expect_rc "git:HEAD~1:content git:HEAD:content ($format)" "$rc" 0 "$repo/a.err"
    [ -z "$UPDATE" ] && expect_same "git:HEAD~1:content git:HEAD:content ($format) differs from cases/status-changes/expected.$ext" \
      "$HERE/cases/status-changes/expected.$ext" "$repo/a.$ext"
    rc=$(run "$repo" "$repo/b.$ext" "$repo/b.err" diff git:HEAD:content content --format "$format" --today "$TODAY")
    expect_rc "git:HEAD:content content ($format)" "$rc" 0 "$repo/b.err"
    [ -z "$UPDATE" ] && expect_same "git:HEAD:content content ($format) differs from cases/initiatives-added/expected.$ext" \
      "$HERE/cases/initiatives-added/expected.$ext" "$repo/b.$ext"
  done
  # From a folder inside the repository: PATH is from the top of the repository;
  # main is the branch name, ./ and a trailing / are allowed.
  rc=$(run "$repo/content/initiatives" "$repo/c.txt" "$repo/c.err" diff git:main~1:./content/ git:main:content --today "$TODAY")
  expect_rc "git: from a subfolder" "$rc" 0 "$repo/c.err"
  [ -z "$UPDATE" ] && expect_same "git: from a subfolder" "$HERE/cases/status-changes/expected.txt" "$repo/c.txt"
  # The same revision twice.
  rc=$(run "$repo" "$repo/d.txt" "$repo/d.err" diff git:HEAD:content git:HEAD:content --today "$TODAY")
  expect_rc "git: HEAD against HEAD" "$rc" 0 "$repo/d.err"
  [ -z "$UPDATE" ] && expect_same "git: HEAD against HEAD" "$HERE/cases/no-changes/expected.txt" "$repo/d.txt"

  # A content error in a revision is reported at its git:REF:PATH file and line.
  sed -i 's/^themes: \[job\]$/themes: [jobb]/' "$repo/content/initiatives/en-indgang.md"
  g commit -q -a -m "broken"
  rc=$(run "$repo" "$repo/e.out" "$repo/e.err" diff git:HEAD~1:content git:HEAD:content --today "$TODAY")
  expect_rc "git: content error in a revision" "$rc" 1 "$repo/e.err"
  expect_grep "git: content error in a revision" "$repo/e.err" "^git:HEAD:content/initiatives/en-indgang\.md:5:10: error: unknown theme 'jobb'$"

  # Revisions and paths that are not there: exit 2 with a clear message.
  rc=$(run "$repo" "$repo/f.out" "$repo/f.err" diff git:nope:content content --today "$TODAY")
  expect_rc "git: unknown revision" "$rc" 2 "$repo/f.err"
  expect_grep "git: unknown revision" "$repo/f.err" "^overblik: cannot read the old version 'git:nope:content': 'nope' is not a revision of the repository"
  rc=$(run "$repo" "$repo/g.out" "$repo/g.err" diff git:HEAD~9:content content --today "$TODAY")
  expect_rc "git: HEAD~9 of three commits" "$rc" 2 "$repo/g.err"
  expect_grep "git: HEAD~9 of three commits" "$repo/g.err" "^overblik: cannot read the old version 'git:HEAD~9:content': 'HEAD~9' is not a revision of the repository"
  rc=$(run "$repo" "$repo/h.out" "$repo/h.err" diff git:HEAD:indhold content --today "$TODAY")
  expect_rc "git: a path the revision lacks" "$rc" 2 "$repo/h.err"
  expect_same "git: a path the revision lacks: message" <(printf '%s\n' \
    "overblik: cannot read the old version 'git:HEAD:indhold': 'indhold' does not exist in revision 'HEAD'" \
    "  hint: PATH in git:REF:PATH starts at the top folder of the repository") "$repo/h.err"
  rc=$(run "$repo" "$repo/i.out" "$repo/i.err" diff content git:HEAD:content/plan.yaml --today "$TODAY")
  expect_rc "git: a file, not a folder" "$rc" 2 "$repo/i.err"
  expect_grep "git: a file, not a folder" "$repo/i.err" "^overblik: cannot read the new version 'git:HEAD:content/plan.yaml': 'content/plan.yaml' is not a folder in revision 'HEAD'$"
  # Outside any repository.
  mkdir -p "$TMP/norepo"
  cp -R "$repo/content" "$TMP/norepo/content"
  rc=$(run "$TMP/norepo" "$repo/j.out" "$repo/j.err" diff git:HEAD:content content --today "$TODAY")
  if git -C "$TMP/norepo" rev-parse --git-dir >/dev/null 2>&1; then
    echo "NOTE $TMP is inside a git repository: the no-repository case is skipped"
  else
    expect_rc "git: no repository" "$rc" 2 "$repo/j.err"
    expect_grep "git: no repository" "$repo/j.err" "^overblik: cannot read the old version 'git:HEAD:content': there is no git repository in '\.' or a folder above it"
  fi
  # A plan at the top of its repository: an empty PATH.
  top=$TMP/top
  version no-changes old "$top"
  git -C "$top" init -q && git -C "$top" add -A &&
    git -C "$top" -c user.name=t -c user.email=t@example.org -c commit.gpgsign=false commit -q -m "plan"
  rc=$(run "$top" "$top.txt" "$top.err" diff git:HEAD: . --today "$TODAY")
  expect_rc "git:HEAD: (the top folder)" "$rc" 0 "$top.err"
  [ -z "$UPDATE" ] && expect_same "git:HEAD: (the top folder)" "$HERE/cases/no-changes/expected.txt" "$top.txt"
  # build --previous takes a revision too.
  rm -rf "$repo/content"
  g checkout -q HEAD~1 -- content
  rc=$(run "$repo" "$repo/k.out" "$repo/k.err" build --content content --previous git:HEAD~2:content --out "$TMP/git-site" --today "$TODAY" --quiet)
  expect_rc "git: build --previous git:HEAD~2:content" "$rc" 0 "$repo/k.err"
  if [ -f "$TMP/git-site/aendringer/index.html" ]; then pass; else fail "git: build --previous git:HEAD~2:content wrote no aendringer/index.html"; fi
fi

# ---------------------------------------------------------------------------
# 4. build --previous
# ---------------------------------------------------------------------------
b=$TMP/cases/build-previous
rc=$(run "$b" "$b/build.out" "$b/build.err" build --content new --previous old --out "$b/site" --today "$TODAY" --quiet)
expect_rc "build --previous" "$rc" 0 "$b/build.err"
if "$PY" "$HERE/check_site.py" "$b/site" --lang da --report "$HERE/cases/build-previous/expected.txt" \
  --title "Ændret siden 1. oktober 2024" --feed-entries 5 \
  --cell "opsoegende-sundhed|bolig|ændret: var sekundært tema" \
  --cell "opsoegende-sundhed|job|fjernet: var sekundært tema" \
  --cell "opsoegende-sundhed|sundhed|ændret: var primært tema" \
  --cell "husleje-hjaelp|bolig|ny: primært tema" \
  --cell "husleje-hjaelp|job|ny: sekundært tema" >"$b/check.txt"; then
  pass
else
  fail "build --previous: the site does not show the changes"
  cat "$b/check.txt"
fi

# Without --previous: none of it.
rc=$(run "$b" "$b/plain.out" "$b/plain.err" build --content new --out "$b/plain" --today "$TODAY" --quiet)
expect_rc "build without --previous" "$rc" 0 "$b/plain.err"
if "$PY" "$HERE/check_site.py" "$b/plain" --lang da --absent "Ændret siden 1. oktober 2024" >"$b/plain.txt"; then
  pass
else
  fail "build without --previous shows changes"
  cat "$b/plain.txt"
fi

# An English plan: changes/, "Changed since", English words in the cells.
e=$TMP/cases/english
rc=$(run "$e" "$e/build.out" "$e/build.err" build --content new --previous old --out "$e/site" --today "$TODAY" --quiet)
expect_rc "build --previous (en)" "$rc" 0 "$e/build.err"
if "$PY" "$HERE/check_site.py" "$e/site" --lang en --report "$HERE/cases/english/expected.txt" \
  --title "Changed since 2 April 2024" --feed-entries 3 \
  --cell "housing-first|health|new: secondary theme" \
  --cell "peer-support|health|new: primary theme" >"$e/check.txt"; then
  pass
else
  fail "build --previous (en): the site does not show the changes"
  cat "$e/check.txt"
fi

# A previous version with content errors: exit 1, and the output folder is left alone.
rc=$(run "$err" "$err/b1.out" "$err/b1.err" build --content ok --previous broken --out "$err/site" --today "$TODAY" --quiet)
expect_rc "build --previous with errors in it" "$rc" 1 "$err/b1.err"
expect_grep "build --previous with errors in it" "$err/b1.err" "^broken/initiatives/en-indgang\.md:5:10: error: unknown theme 'jobb'$"
if [ -e "$err/site" ]; then fail "build --previous with errors in it: the site was written"; else pass; fi
# Unlike diff, build reports a missing previous folder as a content error (exit 1).
rc=$(run "$err" "$err/b2.out" "$err/b2.err" build --content ok --previous nowhere --out "$err/site" --today "$TODAY" --quiet)
expect_rc "build --previous nowhere" "$rc" 1 "$err/b2.err"
if [ -e "$err/site" ]; then fail "build --previous nowhere: the site was written"; else pass; fi

finish
