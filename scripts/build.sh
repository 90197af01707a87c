#!/usr/bin/env bash
# Builds the release page into dist/ (offline, pinned tools) and prints its size.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release --offline
# Trunk minifies HTML and CSS; the JavaScript glue is minified here.
python3 scripts/minify-js.py dist
# The wasm ships zopfli-compressed and the loader unpacks it (see the script).
python3 scripts/pack-wasm.py dist
scripts/size.sh
