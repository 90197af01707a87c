#!/usr/bin/env bash
# One command to run Parallax locally: installs what is missing, builds the
# release page, and serves dist/ at http://127.0.0.1:${PORT:-8080}/
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
PORT=${PORT:-8080}
echo "Parallax is at http://127.0.0.1:$PORT/  (Ctrl-C stops the server)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist
