#!/usr/bin/env bash
# Builds the release page into dist/ (offline, pinned tools) and prints its size.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release --offline
# Trunk minifies HTML and CSS; the JavaScript glue is minified here.
python3 scripts/minify-js.py dist
# The wasm ships LZMA-packed and the loader unpacks it (see the script).
python3 scripts/pack-wasm.py dist
# A Content-Security-Policy meta confining the page to its own files (after
# every rewrite of index.html: it hashes the inline loader).
python3 scripts/csp.py dist
# The same page as one file that works from disk: dist-single/parallax.html.
python3 scripts/single-file.py dist dist-single
scripts/size.sh
# Informational: the single file is not part of the budgeted dist/.
single=dist-single/parallax.html
printf 'single file: %s, %d B raw, %d B gzipped (gzip -9; not budgeted)\n' \
  "$single" "$(wc -c <"$single")" "$(gzip -9 -c "$single" | wc -c)"
