# Two commands for people: `make run` and `make test`. Each installs what is missing first.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := run

TRUNK_VERSION := 0.21.14
WASM_BINDGEN_VERSION := 0.2.130
BINARYEN_VERSION := 132.0.0
TERSER_VERSION := 5.51.4
TOOLS := $(CURDIR)/.tools
export PATH := $(TOOLS)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
# Panic messages name the source file they come from. A dependency's file is named from its crate
# ("tachys-0.2.19/src/…"), not from cargo's registry on this machine. scripts/post-build.mjs blanks
# them, and shorter names leave shorter runs of zeros: 38 B gzip less wasm.
# crates.io's folder is named even before cargo has made it, as on a fresh machine's first build.
CARGO_REGISTRY := $(or $(CARGO_HOME),$(HOME)/.cargo)/registry/src
REGISTRY = $(sort $(CARGO_REGISTRY)/index.crates.io-1949cf8c6b5b557f/ $(wildcard $(CARGO_REGISTRY)/*/))
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS = $(REGISTRY:%=--remap-path-prefix=%=)
# Browser test files (tests/<name>.rs); each must run and pass at least one test.
WASM_TESTS := web storage_web charts_web
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test tools browser build check host-test wasm-test e2e bench budget profile lighthouse clean

## Build the app and serve it on http://127.0.0.1:8080
run: tools
	trunk serve --release --offline

## Run every test: format, lints, host tests, browser tests, release build, end-to-end
test: tools browser check host-test wasm-test build e2e
	@echo "All checks passed."

tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -q " $(TRUNK_VERSION)$$" || cargo install trunk --version $(TRUNK_VERSION) --locked
	@wasm-bindgen --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)$$" || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@command -v npm >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y nodejs npm; }
	@[ -x $(TOOLS)/node_modules/.bin/wasm-opt ] || npm install --prefix $(TOOLS) --no-audit --no-fund binaryen@$(BINARYEN_VERSION)
	@[ -x $(TOOLS)/node_modules/.bin/terser ] || npm install --prefix $(TOOLS) --no-audit --no-fund terser@$(TERSER_VERSION)

browser:
	@{ command -v chromium && command -v chromedriver; } >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver; }
	@[ tests/e2e/node_modules/.package-lock.json -nt tests/e2e/package-lock.json ] || npm ci --prefix tests/e2e --no-audit --no-fund

build: tools
	trunk build --release --offline

check:
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

host-test:
	mkdir -p target
	cargo test 2>&1 | tee target/host-test.log
	@! grep -E "[1-9][0-9]* ignored" target/host-test.log || { echo "Some host tests were skipped."; exit 1; }

wasm-test: tools browser
	mkdir -p target
	cargo test --target wasm32-unknown-unknown $(WASM_TESTS:%=--test %) 2>&1 | tee target/wasm-test.log
	@[ "$$(grep -cE 'test result: ok\. [1-9][0-9]* passed; 0 failed; 0 ignored' target/wasm-test.log)" = "$(words $(WASM_TESTS))" ] || { echo "Browser tests did not all run."; exit 1; }

e2e: build browser
	node --test tests/e2e/

bench: build browser
	bench/bundle-size.sh
	node bench/keystroke.mjs

## Performance budget: first-load size, time to interactive, keystroke latency, 2 MiB import
budget: build browser
	node bench/budget.mjs

## Where keystroke and load time go: CPU profiles by function, from a build that keeps its names
profile: build browser
	bench/profile-build.sh
	DIST=target/profile-dist node bench/profile-keys.mjs
	DIST=target/profile-dist node bench/profile-load.mjs

## Lighthouse mobile on dist/ and bench/minimal side by side, served gzipped (RUNS=3)
lighthouse: build browser
	@[ bench/lighthouse/node_modules/.package-lock.json -nt bench/lighthouse/package-lock.json ] || npm ci --prefix bench/lighthouse --no-audit --no-fund
	node bench/lighthouse.mjs

clean:
	cargo clean
	rm -rf dist
