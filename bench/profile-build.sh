#!/usr/bin/env bash
# A copy of the release build whose wasm keeps its function names, for the CPU profiles of
# bench/profile-keys.mjs and bench/profile-load.mjs; writes target/profile-dist.
# Built by Trunk as the release is, post-build steps included (the wasm's imports renamed to
# match the bindings), with wasm-opt told to keep the names (-g).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
page=profile-index.html
trap 'rm -f "$page"' EXIT
sed 's/data-wasm-opt-params="/data-wasm-opt-params="-g /' index.html > "$page"
grep -q 'data-wasm-opt-params="-g ' "$page" || { echo "index.html has no data-wasm-opt-params"; exit 1; }
trunk build --release --offline --dist target/profile-dist "$page"
[ -f target/profile-dist/index.html ] || mv target/profile-dist/"$page" target/profile-dist/index.html
echo target/profile-dist
