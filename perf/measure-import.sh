#!/bin/bash
# Issue 14's import targets, for each bundle given, one after the other, each on a fresh data folder of its own on
# 127.0.0.1:PORT: the generated portfolio (MINES x QUARTERS of one company, generate-portfolio.py) loaded through the
# import API one mine at a time (target: under 60 s); then SAMPLES quarters of one mine imported into it end to end
# (POST /api/imports, a new quarter of a different mine each time, its figures those of the mine's last quarter; the
# first is the company's first figure of that quarter, which makes every mine owe it; target: median under 250 ms); then
# SAMPLES previews of one mine's quarter (POST /api/imports/preview of 2025-Q1 for mines that have not imported it yet,
# the quarter published already by the imports before: what a steward waits for before committing).
#
# usage: perf/measure-import.sh [JAR...]   (default web/target/minewatch.jar; needs curl, python3)
# settings: PORT (8182), MINES (200), QUARTERS (40), SAMPLES (20), JAVA_OPTS as perf/portal.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8182} mines=${MINES:-200} quarters=${QUARTERS:-40} samples=${SAMPLES:-20}
base="http://127.0.0.1:$port"
. perf/portal.sh

for JAR in "${@:-web/target/minewatch.jar}"; do
  work=$(mktemp -d)
  echo "== $JAR (portal log and data: $work)"
  start_portal MINEWATCH_DATA_DIR="$work/data"
  load_portfolio "$mines" "$quarters"
  : > "$work/times"
  for i in $(seq 1 "$samples"); do
    file=$(printf '%s/portfolio/mine-%03d.csv' "$work" $(( (i * 7) % mines + 1 )))
    { head -1 "$file"; grep ',2024-Q4,' "$file" | sed 's/,2024-Q4,/,2025-Q1,/'; } > "$work/one.csv"
    curl -sf -o /dev/null -w '%{time_total}\n' -u admin:minewatch -H "Content-Type: text/csv" --data-binary "@$work/one.csv" \
      "$base/api/imports?company=Generated%20Mining&source=one-quarter-$i.csv" >> "$work/times" \
      || { echo "import of one quarter ($file) failed"; exit 1; }
  done
  : > "$work/preview-times"
  for i in $(seq 1 "$samples"); do
    file=$(printf '%s/portfolio/mine-%03d.csv' "$work" $(( (i * 7 + 3) % mines + 1 )))
    { head -1 "$file"; grep ',2024-Q4,' "$file" | sed 's/,2024-Q4,/,2025-Q1,/'; } > "$work/one.csv"
    curl -sf -o /dev/null -w '%{time_total}\n' -u admin:minewatch -H "Content-Type: text/csv" --data-binary "@$work/one.csv" \
      "$base/api/imports/preview?company=Generated%20Mining" >> "$work/preview-times" \
      || { echo "preview of one quarter ($file) failed"; exit 1; }
  done
  python3 - "$work/times" "$work/preview-times" <<'PY'
import statistics, sys
for path, what in ((sys.argv[1], "imports"), (sys.argv[2], "previews")):
    times = [float(t) * 1000 for t in open(path)]
    ordered = sorted(times)
    print(f"one quarter of one mine, {len(times)} {what}: first {times[0]:.1f} ms, median {statistics.median(times):.1f} ms, "
          f"p90 {ordered[int(0.9 * (len(ordered) - 1))]:.1f} ms, max {ordered[-1]:.1f} ms")
PY
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  trap - EXIT
done
