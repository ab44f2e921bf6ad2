# overblik: build, site and tests. Every target works from a clean clone:
# missing Debian packages are installed by scripts/install-deps.sh.

BUILD_DIR     := build
ASAN_DIR      := build-asan
BUILD_TYPE    := RelWithDebInfo
OVERBLIK      := ./$(BUILD_DIR)/overblik
E2E_DIR       := tests/e2e
E2E_STAMP     := $(E2E_DIR)/node_modules/.installed
AWKWARD       := tests/sites/awkward/content
# Sites for test-e2e; empty = site/ and build/e2e-site/ (both built here).
E2E_SITES     ?=
DEPS          := scripts/install-deps.sh

# Ninja and ctest use both cores themselves; apt must never run twice at once.
.NOTPARALLEL:

.PHONY: all deps build site test test-unit test-e2e e2e-deps e2e-sites \
        test-sanitize fuzz bench clean distclean

all: build

deps:
	@$(DEPS) build

# Configure once; afterwards ninja re-runs cmake itself when CMakeLists change.
build: deps
	@test -f $(BUILD_DIR)/build.ninja || \
	  cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)
	cmake --build $(BUILD_DIR)

site: build
	$(OVERBLIK) build --content content --out site
	@echo "Site written to site/ — open site/index.html"

test: test-unit test-e2e

test-unit: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure --no-tests=error -j2

e2e-deps:
	@$(DEPS) e2e

# npm ci only when node_modules is missing or older than the lockfile. No
# install scripts: vnu-jar's would fetch a Java runtime; Debian's is used.
$(E2E_STAMP): $(E2E_DIR)/package-lock.json $(E2E_DIR)/package.json
	npm ci --prefix $(E2E_DIR) --ignore-scripts --no-audit --no-fund
	@touch $@

# The awkward test plan, built with a fixed date, when it exists.
e2e-sites: site
	@if [ -d $(AWKWARD) ]; then \
	  echo "$(OVERBLIK) build --content $(AWKWARD) --out $(BUILD_DIR)/e2e-site --today 2026-01-01"; \
	  $(OVERBLIK) build --content $(AWKWARD) --out $(BUILD_DIR)/e2e-site --today 2026-01-01; \
	fi

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

bench:
	@$(DEPS) bench
	bash tests/bench/run.sh

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) build-fuzz build-bench site

distclean: clean
	rm -rf $(E2E_DIR)/node_modules
