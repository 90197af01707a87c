#!/usr/bin/env bash
# Measures the built page in dist/: every file raw and gzipped (gzip -9), and
# fails when the whole page is over the budget.
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET_GZ=$((250 * 1024))
total_raw=0
total_gz=0
printf '%-48s %10s %10s\n' "file" "raw B" "gzip -9 B"
while IFS= read -r -d '' f; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done < <(find dist -type f -print0 | sort -z)
printf '%-48s %10d %10d\n' "TOTAL" "$total_raw" "$total_gz"
printf 'bundle size: %d B raw, %d B gzipped (budget %d B gzipped)\n' "$total_raw" "$total_gz" "$BUDGET_GZ"
if [ "$total_gz" -gt "$BUDGET_GZ" ]; then
  echo "bundle size over budget" >&2
  exit 1
fi
