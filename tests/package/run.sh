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
#   run.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() { echo "FAIL $*"; failed=$((failed + 1)); }

cmake --build "$build" --target overblik man >/dev/null
(cd "$build" && cpack -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log"; exit 1; }
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb="$tmp/out/overblik_${version}_amd64.deb"
[[ -f $deb ]] || { ls "$tmp/out"; echo "FAIL no $deb"; exit 1; }

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libyaml-cpp libgit2 libcmark-gfm libc6; do
  [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done

root="$tmp/root"
dpkg-deb -x "$deb" "$root"
bin="$root/usr/bin/overblik"
[[ -x $bin ]] || { echo "FAIL no usr/bin/overblik in the package"; dpkg-deb -c "$deb"; exit 1; }

# The example plan, from a folder outside the repository, with only the package's files.
mkdir "$tmp/plan"
cp -r "$source/content" "$tmp/plan/content"
(cd "$tmp/plan" && env -i PATH="$root/usr/bin:/usr/bin:/bin" HOME="$tmp" overblik build --content content --out site \
  --today 2026-01-01 --quiet) || fail "the installed overblik did not build the example plan"
[[ -f $tmp/plan/site/index.html ]] || fail "no site/index.html"
grep -q '<h1' "$tmp/plan/site/index.html" 2>/dev/null || fail "site/index.html has no heading"

man_page="$root/usr/share/man/man1/overblik.1.gz"
if [[ -f $man_page ]]; then
  page=$(MANWIDTH=100 man -l "$man_page" 2>/dev/null)
  subcommands=$("$bin" --help | awk 'tolower($0) ~ /^subcommands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }')
  [[ -n $subcommands ]] || fail "no subcommands in overblik --help"
  for sub in $subcommands; do
    grep -q "overblik $sub" <<<"$page" || fail "the man page lacks 'overblik $sub'"
    # Each subcommand's options, as its own --help lists them.
    for opt in $("$bin" "$sub" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
      grep -q -- "$opt" <<<"$page" || fail "the man page lacks $sub's $opt"
    done
  done
else
  fail "no man page usr/share/man/man1/overblik.1.gz"
fi

for doc in README.md cli.md content-format.md ci.md; do
  [[ -f $root/usr/share/doc/overblik/$doc ]] || fail "no /usr/share/doc/overblik/$doc"
done

echo "package: $(basename "$deb"), Depends: $depends"
echo "package: $failed failures"
[[ $failed -eq 0 ]]
