#!/usr/bin/env bash
# The Debian package: builds overblik_VERSION_amd64.deb with CPack from the
# build folder, unpacks it into a temporary root (dpkg-deb -x; no root
# needed), and checks that
#   - its Depends come from dpkg-shlibdeps (the libraries overblik links),
#   - the installed overblik alone builds a copy of the example plan kept
#     outside the repository,
#   - the installed man page lists every subcommand of `overblik --help`,
#   - the guides are in /usr/share/doc/overblik.
#
#   run.sh [BUILD_DIR [SOURCE_DIR]]    default: build/ and this repository
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
harness_init package '[BUILD_DIR [SOURCE_DIR]]'
[ $# -le 2 ] || usage
build=$(cd "${1:-$REPO/build}" && pwd) || die "no build folder ${1:-build/}"
source=$(cd "${2:-$REPO}" && pwd) || die "no source folder $2"
make_tmp
tmp=$TMP
# check WHAT COMMAND...: a (silent) pass when COMMAND succeeds, else the failure "WHAT".
check() {
  local what=$1
  shift
  if "$@"; then pass; else fail "$what"; fi
}

cmake --build "$build" --target overblik man >/dev/null
(cd "$build" && cpack -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1) || { fail "cpack -G DEB"; indent 100 <"$tmp/cpack.log"; finish; }
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb="$tmp/out/overblik_${version}_amd64.deb"
[[ -f $deb ]] || { fail "no $(basename "$deb") in: $(ls "$tmp/out")"; finish; }

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libyaml-cpp libgit2 libcmark-gfm libc6; do
  check "Depends lacks $lib: $depends" grep -q -F "$lib" <<<"$depends"
done

root="$tmp/root"
dpkg-deb -x "$deb" "$root"
bin="$root/usr/bin/overblik"
[[ -x $bin ]] || { fail "no usr/bin/overblik in the package"; dpkg-deb -c "$deb" | indent 100; finish; }

# The example plan, from a folder outside the repository, with only the package's files.
mkdir "$tmp/plan"
cp -r "$source/content" "$tmp/plan/content"
build_plan() {
  (cd "$tmp/plan" && env -i PATH="$root/usr/bin:/usr/bin:/bin" HOME="$tmp" overblik build --content content --out site \
    --today 2026-01-01 --quiet)
}
check "the installed overblik did not build the example plan" build_plan
check "no site/index.html" test -f "$tmp/plan/site/index.html"
check "site/index.html has no heading" grep -q '<h1' "$tmp/plan/site/index.html"

man_page="$root/usr/share/man/man1/overblik.1.gz"
if [[ -f $man_page ]]; then
  page=$(MANWIDTH=100 man -l "$man_page" 2>/dev/null)
  subcommands=$("$bin" --help | awk 'tolower($0) ~ /^subcommands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }')
  check "no subcommands in overblik --help" test -n "$subcommands"
  for sub in $subcommands; do
    check "the man page lacks 'overblik $sub'" grep -q "overblik $sub" <<<"$page"
    # Each subcommand's options, as its own --help lists them.
    for opt in $("$bin" "$sub" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
      check "the man page lacks $sub's $opt" grep -q -- "$opt" <<<"$page"
    done
  done
else
  fail "no man page usr/share/man/man1/overblik.1.gz"
fi

for doc in README.md cli.md content-format.md ci.md; do
  check "no /usr/share/doc/overblik/$doc" test -f "$root/usr/share/doc/overblik/$doc"
done

echo "package: $(basename "$deb"), Depends: $depends"
finish
