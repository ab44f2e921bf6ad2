# overblik: build, site and tests. Every target works from a clean clone:
# missing Debian packages are installed by scripts/install-deps.sh.

BUILD_DIR     := build
ASAN_DIR      := build-asan
# Release (-O2, no -g): -g costs about 40 % more compile time (measured on
# render/views_initiatives.cpp: 8.4 s with -O2 -g, 5.8 s with -O3, 5.9 s with
# -O2). For debug information: make BUILD_TYPE=RelWithDebInfo on a fresh
# build/ (the type is chosen when build/ is first configured).
BUILD_TYPE    := Release
OVERBLIK      := ./$(BUILD_DIR)/overblik
E2E_DIR       := tests/e2e
E2E_STAMP     := $(E2E_DIR)/node_modules/.installed
FORMATS_DIR   := tests/formats
FORMATS_STAMP := $(FORMATS_DIR)/node_modules/.installed
# Sites for test-e2e; empty = site/ and build/e2e-sites/* (all built here).
E2E_SITES     ?=
DEPS          := scripts/install-deps.sh
QUIET_BUILD   := scripts/build-quiet.sh
# make install: /usr/local as root, else ~/.local (no sudo needed); DESTDIR
# stages the files below another root, as packagers do.
PREFIX        ?= $(if $(filter 0,$(shell id -u)),/usr/local,$(HOME)/.local)
DESTDIR       ?=

# Ninja and ctest use both cores themselves; apt must never run twice at once.
.NOTPARALLEL:

.PHONY: all deps program build install deb site test test-unit test-e2e e2e-deps e2e-sites \
        test-sanitize fuzz fuzz-long bench clean distclean

all: build

deps:
	@$(DEPS) build

# Configure once; afterwards ninja re-runs cmake itself when CMakeLists change.
# `program` builds the overblik program and its man page only; `build` also
# the test program.
program: deps
	@$(QUIET_BUILD) $(BUILD_DIR) $(BUILD_TYPE) overblik man

build: deps
	@$(QUIET_BUILD) $(BUILD_DIR) $(BUILD_TYPE)

# The program to PREFIX/bin, the man page to PREFIX/share/man/man1, the guides
# to PREFIX/share/doc/overblik.
install: program
	@DESTDIR="$(DESTDIR)" cmake --install $(BUILD_DIR) --prefix "$(PREFIX)" >$(BUILD_DIR)/install.log || \
	  { cat $(BUILD_DIR)/install.log >&2; exit 1; }
	@echo "install: $(DESTDIR)$(PREFIX)/bin/overblik and its man page (man overblik)"
	@if [ -z "$(DESTDIR)" ] && [ "$$(command -v overblik)" != "$(PREFIX)/bin/overblik" ]; then \
	  echo "install: note: $(PREFIX)/bin is not first on your PATH; add it, e.g.:"; \
	  echo "  echo 'export PATH=\"$(PREFIX)/bin:\$$PATH\"' >> ~/.profile && . ~/.profile"; \
	fi

# overblik_VERSION_amd64.deb in build/, by CPack; dpkg-shlibdeps finds the
# runtime dependencies.
deb: program
	@$(DEPS) package
	@cd $(BUILD_DIR) && { cpack -G DEB >cpack.log 2>&1 || { cat cpack.log >&2; exit 1; }; }
	@echo "deb: $$(ls $(BUILD_DIR)/overblik_*_*.deb)"

# The content's warnings are summarised in one line: `overblik check
# --content content` shows them in full. After the program's summary and its
# last line (which says where the site is), the two lines of our own speak the
# plan's language as the program does: English for `language: en` in
# plan.yaml, else Danish.
SITE_LANG = $(if $(shell grep -Eqs "^language: *[\"']?en" content/plan.yaml && echo en),en,da)
SITE_SEE_da  := se dem med: overblik check --content content
SITE_SEE_en  := see them with: overblik check --content content
SITE_OPEN_da := Åbn site/index.html i en browser for at se sitet.
SITE_OPEN_en := Open site/index.html in a browser to see the site.

site: install
	@out=$$($(OVERBLIK) build --content content --out site 2>&1) || { echo "$$out" >&2; exit 1; }; \
	  summary=$$(echo "$$out" | tail -n 2 | head -n 1); \
	  if echo "$$out" | grep -q ': warning: '; then summary="$$summary — $(SITE_SEE_$(SITE_LANG))"; fi; \
	  echo "$$summary"; \
	  echo "$$out" | tail -n 1; \
	  echo "$(SITE_OPEN_$(SITE_LANG))"

test: test-unit test-e2e

# The formats suite validates SARIF against the official schema, which an
# npm package pinned in tests/formats/ provides.
$(FORMATS_STAMP): $(FORMATS_DIR)/package-lock.json $(FORMATS_DIR)/package.json
	npm ci --prefix $(FORMATS_DIR) --ignore-scripts --no-audit --no-fund
	@touch $@

test-unit: build
	@$(DEPS) test
	@$(MAKE) --no-print-directory $(FORMATS_STAMP)
	ctest --test-dir $(BUILD_DIR) --output-on-failure --no-tests=error -j2

e2e-deps:
	@$(DEPS) e2e

# npm ci only when node_modules is missing or older than the lockfile. No
# install scripts: vnu-jar's would fetch a Java runtime; Debian's is used.
$(E2E_STAMP): $(E2E_DIR)/package-lock.json $(E2E_DIR)/package.json
	npm ci --prefix $(E2E_DIR) --ignore-scripts --no-audit --no-fund
	@touch $@

# The test plans (tests/sites/: the golden sites and the awkward plan), each
# built into build/e2e-sites/NAME, which run.mjs checks beside site/.
e2e-sites: site
	@tests/e2e/build-sites.sh $(OVERBLIK)

ifeq ($(strip $(E2E_SITES)),)
test-e2e: e2e-sites
endif
test-e2e: e2e-deps $(E2E_STAMP)
	node --test --test-reporter=spec $(E2E_DIR)/test/
	node $(E2E_DIR)/run.mjs $(E2E_SITES)
	node $(E2E_DIR)/cms.mjs $(OVERBLIK)

test-sanitize: deps
	@test -f $(ASAN_DIR)/build.ninja || \
	  cmake -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Asan
	cmake --build $(ASAN_DIR)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --test-dir $(ASAN_DIR) --output-on-failure --no-tests=error -j2

# libFuzzer on the loaders, built with clang into build-fuzz/ by run.sh
# (CC=clang CXX=clang++ cmake -DOVERBLIK_FUZZ=ON); FUZZ_SECONDS per target.
FUZZ_SECONDS  ?= 60
fuzz:
	@$(DEPS) build fuzz
	bash tests/fuzz/run.sh $(FUZZ_SECONDS)

# The deeper run, not part of CI: longer per target, inputs up to 1 MiB (deep
# nesting and wide tables crashed or exhausted overblik only at a few hundred
# kilobytes), started from large seeds as well.
FUZZ_LONG_SECONDS ?= 1800
fuzz-long:
	@$(DEPS) build fuzz
	FUZZ_MAX_LEN=1048576 FUZZ_TIMEOUT=30 bash tests/fuzz/run.sh $(FUZZ_LONG_SECONDS)

bench:
	@$(DEPS) bench
	bash tests/bench/run.sh

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) build-fuzz build-bench site

distclean: clean
	rm -rf $(E2E_DIR)/node_modules $(FORMATS_DIR)/node_modules
