#!/usr/bin/env bash
# Prints the release bundle's size per file, raw and gzip -9, and the total first load.
set -euo pipefail
cd "$(dirname "$0")/../dist"
total_raw=0 total_gz=0
printf '%-48s %10s %10s\n' file raw gzip
for f in *; do
  [ -f "$f" ] || continue
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "$f" "$raw" "$gz"
done
printf '%-48s %10d %10d\n' total "$total_raw" "$total_gz"
