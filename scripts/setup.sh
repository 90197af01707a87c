#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test Parallax, and nothing
# that is already there. Safe to run again and again.
#
#   scripts/setup.sh            build tools only (wasm target, Trunk,
#                               wasm-bindgen CLI, npm packages incl. wasm-opt)
#   scripts/setup.sh --browser  also Chromium and ChromeDriver (for tests)
#
# Versions are pinned where the build depends on them; see ../shared/TOOLCHAIN.md
# for why each one.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '[setup] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "need root to run: $*"; return 1; fi
}

command -v cargo >/dev/null || { say "cargo not found: install Rust with rustup first"; exit 1; }
command -v npm >/dev/null || { say "npm not found: install Node.js 20 and npm first"; exit 1; }

# Rust targets and components (no-ops when present).
rustup target list --installed | grep -qx wasm32-unknown-unknown \
  || rustup target add wasm32-unknown-unknown
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
rustup component list --installed | grep -q '^clippy' || rustup component add clippy

# Cargo.lock decides the wasm-bindgen version; the CLI must match it exactly.
[ -f Cargo.lock ] || cargo generate-lockfile
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
grep -q "wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml || {
  say "Trunk.toml pins a different wasm_bindgen than Cargo.lock ($WBG_VERSION): update Trunk.toml"; exit 1; }

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing Trunk $TRUNK_VERSION (takes a few minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WBG_VERSION"; then
  # --locked fails for this crate (a locked dependency is missing upstream).
  say "installing wasm-bindgen-cli $WBG_VERSION (takes a few minutes)"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

# npm packages: wasm-opt (binaryen), terser, Playwright, axe-core. Reinstall when the
# lock file changed since the last install.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/terser ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi

# scripts/pack-wasm.py packs the page's wasm with Python's own lzma module;
# a Python built without it cannot build the page.
python3 -c "import lzma" || { echo "setup: this python3 lacks the lzma module" >&2; exit 1; }

if [ "${1:-}" = "--browser" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Chromium and ChromeDriver from Debian"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
  fi
fi
say "ready"
