#!/usr/bin/env bash
# One command for every test: installs what is missing, then runs formatting,
# lints on both targets, native tests, in-browser tests, the release build with
# its size budget, and end-to-end tests in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
step() { printf '\n== %s ==\n' "$*"; }

# Every test runner's output is also kept here, to add up the counts at the end.
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
counted() { "$@" 2>&1 | tee -a "$LOG"; }

step "setup"
scripts/setup.sh --browser

step "format"
cargo fmt --all --check

step "clippy (native, no web dependencies)"
cargo clippy --no-default-features --all-targets -- -D warnings
step "clippy (wasm, with the web layer)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings

step "native tests"
counted cargo test --no-default-features

step "in-browser tests (headless Chromium)"
CHROMEDRIVER=${CHROMEDRIVER:-$(command -v chromedriver)} \
WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-180} \
  counted cargo test --target wasm32-unknown-unknown --test browser

step "release build and size budget"
scripts/build.sh

step "end-to-end tests (Playwright, system Chromium)"
counted npx playwright test --config tests/e2e/playwright.config.js

step "done in $(( $(date +%s) - started )) s"
# One closing line over all three levels: cargo's "N passed; M failed" lines
# plus Playwright's "N passed" / "N failed" summary lines.
awk '
  /^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
  /^ +[0-9]+ passed \(/ { p += $1 }
  /^ +[0-9]+ failed$/ { f += $1 }
  END { printf "all levels: %d passed, %d failed\n", p, f }
' "$LOG"
