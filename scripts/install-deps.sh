#!/usr/bin/env bash
# Install the Debian packages a task needs, and only those that are missing.
#
#   scripts/install-deps.sh GROUP...     GROUP: build test package e2e fuzz bench (default: build)
#
# Idempotent and quiet: prints one line ("deps: all present" or what it
# installed). Runs apt-get as root directly, else through `sudo -n`, else
# prints the command to run and exits 1.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

usage() {
  echo "usage: $0 [build|test|package|e2e|fuzz|bench]..." >&2
  exit 2
}

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# A package wanted only when a command is missing: node and npm may come from
# another source (NodeSource bundles npm with nodejs; Debian's npm would then
# conflict), and any Java 17+ runs the Nu checker.
unless_command() {
  local cmd=$1 pkg=$2
  command -v "$cmd" >/dev/null 2>&1 || echo "$pkg"
}

group_packages() {
  case $1 in
    build)
      echo cmake ninja-build g++ pkg-config libyaml-cpp-dev libcmark-gfm-dev \
        libcmark-gfm-extensions-dev libfmt-dev doctest-dev libkainjow-mustache-dev \
        nlohmann-json3-dev libcli11-dev libcpp-httplib-dev libgit2-dev libutf8proc-dev libxxhash-dev libmimalloc-dev \
        help2man ;;
    e2e)
      echo chromium fonts-dejavu-core fonts-liberation poppler-utils
      unless_command node nodejs
      unless_command npm npm
      unless_command java default-jre-headless ;;
    # The ctest suites beyond the program: the package test (dpkg-deb,
    # dpkg-shlibdeps, man), the diagnostic formats' schema check, the CI
    # workflows' YAML and the source formatting (clang-format).
    test)
      echo dpkg-dev man-db python3-jsonschema python3-yaml git clang-format
      unless_command npm npm ;;
    package) echo dpkg-dev ;;
    fuzz) echo clang libclang-rt-14-dev ;;
    bench) echo hugo ;;
  esac
}

missing_packages() {
  local group pkg
  for group in "$@"; do
    for pkg in $(group_packages "$group"); do
      installed "$pkg" || echo "$pkg"
    done
  done | sort -u
}

# Prints the prefix that makes apt-get run as root, or fails.
root_prefix() {
  if [ "$(id -u)" -eq 0 ]; then
    echo ""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    echo "sudo -n"
  else
    return 1
  fi
}

# Runs a command quietly; shows its output only if it fails.
quiet() {
  local log
  log=$(mktemp)
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "deps: failed: $*" >&2
    return 1
  fi
  rm -f "$log"
}

main() {
  [ $# -gt 0 ] || set -- build
  local group missing prefix
  for group in "$@"; do
    case $group in build | test | package | e2e | fuzz | bench) ;; *) usage ;; esac
  done
  missing=$(missing_packages "$@" | tr '\n' ' ')
  missing=${missing% }
  if [ -z "$missing" ]; then
    echo "deps: all present"
    return 0
  fi
  if ! prefix=$(root_prefix); then
    echo "deps: missing packages: $missing" >&2
    echo "deps: run: sudo apt-get update && sudo apt-get install -y --no-install-recommends $missing" >&2
    exit 1
  fi
  # $prefix is empty or "sudo -n": word splitting is intended.
  # shellcheck disable=SC2086
  quiet $prefix apt-get update
  # shellcheck disable=SC2086
  quiet $prefix env DEBIAN_FRONTEND=noninteractive apt-get install -y \
    --no-install-recommends -o DPkg::Lock::Timeout=300 $missing
  echo "deps: installed $missing"
}

main "$@"
