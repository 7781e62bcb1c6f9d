#!/usr/bin/env bash
# A copy of the release build whose wasm keeps its function names, for the CPU profiles of
# bench/profile-keys.mjs and bench/profile-load.mjs. Run after `make build`; writes target/profile-dist.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
out=target/profile-dist
work=target/profile-wasm
cargo build --release --target wasm32-unknown-unknown --bin scaling-planner
rm -rf "$work" "$out"
wasm-bindgen --target web --out-dir "$work" target/wasm32-unknown-unknown/release/scaling-planner.wasm
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals "$work/scaling-planner_bg.wasm" -o "$work/named.wasm"
cp -r dist "$out"
cp "$work/named.wasm" "$out"/scaling-planner-*_bg.wasm
# The named wasm differs from the one the page's integrity hashes name.
sed -i 's/ integrity="[^"]*"//g' "$out/index.html"
echo "$out"
