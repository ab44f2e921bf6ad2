# Sourced by run.sh (uses its BIN, TMP, HERE, TODAY, pass, fail, prepare,
# run_case, limited): file names with control characters, and the output
# folder — concurrent builds, trailing slashes, the current folder, links.

# --- names with control characters ---------------------------------------------
# ESC, a newline that forges a diagnostic, CR, a right-to-left override, a
# byte that is not UTF-8, and a newline in an asset name that would add a
# manifest line listing the user's CNAME. Each is refused, shown escaped; no
# control character reaches stderr.
# name_case CASE REL ESCAPED: creates content/REL; expects an error at the escaped path.
name_case() {
  local name=$1 rel=$2 escaped=$3 c err
  c=$(prepare "$name")
  mkdir -p "$(dirname "$c/$rel")"
  if [[ $rel == initiatives/* ]]; then cp "$HERE/base/initiatives/a.md" "$c/$rel"; else echo x >"$c/$rel"; fi
  run_case "$name" fail
  for err in "$TMP/$name/check.err" "$TMP/$name/build.err"; do
    if grep -q -F "$c/$escaped:1:1: error: the name " "$err"; then
      pass "$name: $(basename "$err" .err) names the file escaped ($escaped)"
    else
      fail "$name: $(basename "$err" .err) does not name the file escaped as $escaped"
      head -3 "$err" | cat -v | cut -c1-200 | sed 's/^/    /'
    fi
    if LC_ALL=C grep -q -P '[\x00-\x08\x0b-\x1f\x7f]|\xe2\x80[\xaa-\xae]' "$err"; then
      fail "$name: $(basename "$err" .err) holds a raw control character"
    else
      pass "$name: $(basename "$err" .err) holds no raw control character"
    fi
    if grep -q '^plan\.yaml:1:1: error: forged' "$err"; then
      fail "$name: a file name forged a diagnostic line"
    fi
  done
}
name_case name-esc $'initiatives/b\e[31m.md' 'initiatives/b\x1b[31m.md'
name_case name-newline $'initiatives/b\nplan.yaml:1:1: error: forged.md' 'initiatives/b\nplan.yaml:1:1: error: forged.md'
name_case name-cr $'pages/q\r.md' 'pages/q\r.md'
name_case name-rlo $'assets/rapport\u202egpj.pdf' 'assets/rapport\u{202e}gpj.pdf'
name_case name-not-utf8 $'assets/\xff.txt' 'assets/\xff.txt'
name_case name-manifest-line $'assets/x\n0 0000000000000000 CNAME' 'assets/x\n0 0000000000000000 CNAME'

# The same name after a good build: the user's own CNAME in the output folder
# survives the failed build and the next good one.
c=$(prepare cname-kept)
out=$TMP/cname-kept/site
if "$BIN" build --content "$c" --out "$out" --today "$TODAY" -q 2>"$TMP/cname-kept/1.err"; then
  echo "plan.example.org" >"$out/CNAME"
  echo x >"$c/assets/"$'x\n0 0000000000000000 CNAME'
  "$BIN" build --content "$c" --out "$out" --today "$TODAY" -q 2>/dev/null
  rm "$c/assets/"$'x\n0 0000000000000000 CNAME'
  "$BIN" build --content "$c" --out "$out" --today "$TODAY" -q 2>/dev/null
  "$BIN" build --content "$HERE/base" --out "$out" --today 2026-01-02 -q 2>/dev/null
  if [ "$(cat "$out/CNAME" 2>/dev/null)" = plan.example.org ]; then pass "cname-kept: the user's CNAME survives"
  else fail "cname-kept: the user's CNAME was removed"; fi
else
  fail "cname-kept: the base plan does not build"
fi

# --- the output folder -------------------------------------------------------------
# build_to NAME OUT [ENV...]: builds base into OUT from $TMP/NAME (the date
# from $DAY, else $TODAY); stdout, stderr, exit in $TMP/NAME/.
build_to() {
  local name=$1 out=$2
  shift 2
  mkdir -p "$TMP/$name"
  (cd "$TMP/$name" && env "$@" timeout 60 "$BIN" build --content "$HERE/base" --out "$out" --today "${DAY:-$TODAY}" \
    >"$TMP/$name/out.txt" 2>"$TMP/$name/err.txt"
   echo $? >"$TMP/$name/rc")
}
nothing_beside() {  # nothing_beside CASE DIR: no staging folder left in DIR
  if ls -A "$2" | grep -q 'overblik-new'; then
    fail "$1: a staging folder was left in $2: $(ls -A "$2" | grep overblik-new | head -2 | tr '\n' ' ')"
  else
    pass "$1: no staging folder is left beside the site"
  fi
}

# A trailing slash (tab completion adds one), twice (the second build replaces the first).
build_to out-slash site/
build_to out-slash site/
if [ "$(cat "$TMP/out-slash/rc")" = 0 ] && [ -f "$TMP/out-slash/site/index.html" ]; then
  pass "out-slash: --out site/ builds"
else
  fail "out-slash: --out site/ fails (exit $(cat "$TMP/out-slash/rc")): $(head -2 "$TMP/out-slash/err.txt")"
fi
nothing_beside out-slash "$TMP/out-slash"
[ -e "$TMP/out-slash/site/site.overblik-new" ] || [ -n "$(ls -A "$TMP/out-slash/site" | grep overblik-new)" ] &&
  fail "out-slash: a staging folder was made inside the site"

# --out . and --out .. from inside the site: refused (exit 2), the site unchanged.
# The base plan is Danish, so the command's own lines are too.
mkdir -p "$TMP/out-dot"
cp -a "$GOOD" "$TMP/out-dot/site"
snapshot "$TMP/out-dot/site" >"$TMP/out-dot/before.txt"
for spec in . ./ ..; do
  dir=$TMP/out-dot/site
  [ "$spec" = .. ] && { mkdir -p "$TMP/out-dot/site/under"; dir=$TMP/out-dot/site/under; }
  rc=$(cd "$dir" && timeout 60 "$BIN" build --content "$HERE/base" --out "$spec" --today "$TODAY" \
         >/dev/null 2>"$TMP/out-dot/err.txt"; echo $?)
  if [ "$rc" = 2 ] && grep -q 'mappen er eller indeholder den mappe, du står i' "$TMP/out-dot/err.txt"; then
    pass "out-dot: --out $spec from inside the site is refused clearly (exit 2)"
  else
    fail "out-dot: --out $spec exits $rc: $(head -2 "$TMP/out-dot/err.txt")"
  fi
  rmdir "$TMP/out-dot/site/under" 2>/dev/null
done
snapshot "$TMP/out-dot/site" >"$TMP/out-dot/after.txt"
cmp -s "$TMP/out-dot/before.txt" "$TMP/out-dot/after.txt" && pass "out-dot: the site is unchanged" ||
  fail "out-dot: the refused build changed the site"
nothing_beside out-dot "$TMP/out-dot"

# A symbolic link as --out (site -> www/plan): the site is built in the target, the link stays.
mkdir -p "$TMP/out-link/www"
ln -s www/plan "$TMP/out-link/site"
build_to out-link site
build_to out-link site/ OVERBLIK_X=1
if [ "$(cat "$TMP/out-link/rc")" = 0 ] && [ -L "$TMP/out-link/site" ] && [ -f "$TMP/out-link/www/plan/index.html" ]; then
  pass "out-link: the site is built into the link's target, and the link stays"
else
  fail "out-link: exit $(cat "$TMP/out-link/rc"), link kept: $([ -L "$TMP/out-link/site" ] && echo yes || echo no)"
fi
nothing_beside out-link "$TMP/out-link"
nothing_beside out-link "$TMP/out-link/www"

# A build that finds the folder locked waits for the other one, and says so.
mkdir -p "$TMP/out-lock"
build_to out-lock site
( flock "$TMP/out-lock/site.overblik-lock" sleep 2 ) &
holder=$!
sleep 0.3
start=$(date +%s.%N)
# (another date: a build that finds the site up to date writes nothing and needs no lock)
DAY=2026-01-02 build_to out-lock-wait "$TMP/out-lock/site"
took=$(echo "$(date +%s.%N) - $start" | bc)
wait "$holder"
if [ "$(cat "$TMP/out-lock-wait/rc")" = 0 ] && grep -q 'venter på, at en anden bygning af' "$TMP/out-lock-wait/err.txt" &&
   [ "$(echo "$took > 1.2" | bc)" = 1 ]; then
  pass "out-lock: a second build waits for the first (${took%???????} s) and says so"
else
  fail "out-lock: exit $(cat "$TMP/out-lock-wait/rc") after ${took} s: $(head -2 "$TMP/out-lock-wait/err.txt")"
fi
( flock "$TMP/out-lock/site.overblik-lock" sleep 4 ) &
holder=$!
sleep 0.3
DAY=2026-01-03 build_to out-lock-give-up "$TMP/out-lock/site" OVERBLIK_LOCK_TIMEOUT=1
wait "$holder"
if [ "$(cat "$TMP/out-lock-give-up/rc")" = 2 ] && grep -q 'en anden bygning af .* kører stadig' "$TMP/out-lock-give-up/err.txt"; then
  pass "out-lock: with OVERBLIK_LOCK_TIMEOUT=1 it gives up clearly (exit 2)"
else
  fail "out-lock: exit $(cat "$TMP/out-lock-give-up/rc"): $(head -2 "$TMP/out-lock-give-up/err.txt")"
fi

# Two builds of different plans into one folder at the same time, five
# times: the result is always one plan's site whole, with its manifest.
c=$(prepare concurrent-b)
sed -i 's/^title: Lille testplan$/title: Anden plan/' "$c/plan.yaml"
for i in 1 2 3 4 5 6 7 8; do cp "$c/initiatives/a.md" "$c/initiatives/ekstra-$i.md"; sed -i "s/^number: \"1.1\"$/number: \"9.$i\"/" "$c/initiatives/ekstra-$i.md"; done
"$BIN" build --content "$HERE/base" --out "$TMP/concurrent-b/ref-a" --today "$TODAY" -q 2>/dev/null
"$BIN" build --content "$c" --out "$TMP/concurrent-b/ref-b" --today "$TODAY" -q 2>/dev/null
listing() { (cd "$1" && find . -type f ! -name .overblik-manifest | LC_ALL=C sort); }
manifest_listing() { grep -v '^#' "$1/.overblik-manifest" | sed 's/^[0-9]* [0-9a-f]* //; s/^"\(.*\)"$/\1/; s|^|./|' | LC_ALL=C sort; }
mixed=0
for round in 1 2 3 4 5; do
  out=$TMP/concurrent-b/site
  "$BIN" build --content "$HERE/base" --out "$out" --today "$TODAY" -q 2>/dev/null &
  p1=$!
  "$BIN" build --content "$c" --out "$out" --today "$TODAY" -q 2>/dev/null &
  p2=$!
  wait "$p1"; r1=$?
  wait "$p2"; r2=$?
  if [ "$r1" != 0 ] || [ "$r2" != 0 ]; then
    fail "concurrent: round $round: a build failed ($r1, $r2)"; mixed=1; continue
  fi
  if ! diff -r -x .overblik-manifest "$out" "$TMP/concurrent-b/ref-a" >/dev/null 2>&1 &&
     ! diff -r -x .overblik-manifest "$out" "$TMP/concurrent-b/ref-b" >/dev/null 2>&1; then
    fail "concurrent: round $round: the site is neither plan's"; mixed=1
  fi
  if [ "$(listing "$out")" != "$(manifest_listing "$out")" ]; then
    fail "concurrent: round $round: the manifest does not list exactly the files"; mixed=1
  fi
  rm -rf "$out"
done
[ "$mixed" = 0 ] && pass "concurrent: two builds into one folder, 5 rounds: always one plan's site, its manifest exact"
nothing_beside concurrent "$TMP/concurrent-b"
