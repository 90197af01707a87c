#!/usr/bin/env bash
# Performance measurements (not part of the test run; numbers go to
# BENCHMARKS.md): criterion for the analysis core, the built page's size, and
# Lighthouse against the release build served on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
scripts/setup.sh --browser

echo "== criterion: analysis core =="
cargo bench --no-default-features --bench analysis -- --noplot

echo "== analysis in the browser (wasm, the page's own wasm-release profile) =="
CHROMEDRIVER=${CHROMEDRIVER:-$(command -v chromedriver)} WASM_BINDGEN_TEST_TIMEOUT=600 \
  cargo test --profile wasm-release --target wasm32-unknown-unknown --test wasm_bench -- --nocapture 2>&1 | grep -E '^wasm:'

echo "== native command as a whole process =="
cargo build --release --no-default-features --bin parallax-analyze
command -v hyperfine >/dev/null || { apt-get install -y -q hyperfine >/dev/null 2>&1 || sudo apt-get install -y -q hyperfine; }
hyperfine -N --warmup 5 target/release/parallax-analyze

echo "== bundle size =="
scripts/build.sh

echo "== Lighthouse =="
PORT=${BENCH_PORT:-4180}
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 1
mkdir -p target/lighthouse
CHROME_PATH=/usr/bin/chromium npx --yes lighthouse@12.2.3 "http://127.0.0.1:$PORT/" \
  --quiet --output=json --output-path=target/lighthouse/report.json \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
  --only-categories=performance,accessibility,best-practices,seo
node -e '
  const r = require("./target/lighthouse/report.json");
  for (const [k, c] of Object.entries(r.categories)) console.log(`${c.title}: ${Math.round(c.score * 100)}`);
  for (const id of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index", "interactive"])
    console.log(`${r.audits[id].title}: ${r.audits[id].displayValue}`);
'
