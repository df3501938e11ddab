#!/bin/bash
# Guidance compliance's server response time under 16 signed-in executives (wrk, one connection per session, closed
# loop) on a generated portfolio of MINES x QUARTERS (perf/generate-portfolio.py, loaded through the import API as
# perf/measure-dashboard.sh loads it) beside the demo data, with the generated company's guidance for its last year
# (silver a range a little under the year's production, gold a point a little over it, so that one is beaten and
# one missed, and as of the second quarter one is on track and one at risk) stored through an outlook release. In
# the same run, each for DURATION after WARMUP: the portal's own CSS (a static resource, through the same session
# and filters), the guidance page as it opens (the latest year with guidance, the latest figures), the same page
# as of the year's second quarter, and GET /api/guidance for that year as of that quarter (and first, one request at a
# time, the page and the API, ten each). Then the time of one
# API answer right after an evaluation (a change of the data: what the first reader after an import waits for).
# Starts its own portal from JAR (web/target/minewatch.jar) with a fresh data folder on 127.0.0.1:PORT and stops
# it, by its pid, at the end.
#
# usage: perf/measure-guidance.sh      (after mvn package; needs wrk, curl, python3)
# settings: PORT (8182), DURATION (60s), WARMUP (20s), CONNECTIONS (16), MINES (200), QUARTERS (40), JAR,
#           DATA (the data folder of an earlier run, printed at its start: its portfolio and outlook are used as they
#           are, so that two builds are measured on the same data without loading it twice; the folder is changed),
#           JAVA_OPTS (-XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError -Xms1g -Xmx1g, as perf/portal.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8182} duration=${DURATION:-60s} warmup=${WARMUP:-20s} connections=${CONNECTIONS:-16}
mines=${MINES:-200} quarters=${QUARTERS:-40}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
echo "portal log and data: $work; bundle ${JAR:-web/target/minewatch.jar}"

. perf/portal.sh
if [ -n "${DATA:-}" ]; then
  start_portal MINEWATCH_DATA_DIR="$DATA"
  year=$(grep -o '[0-9]\{4\}\.$' "$(dirname "$DATA")/outlook.txt" | tr -d .)
  echo "the portfolio and the $year outlook already in $DATA"
else
  start_portal MINEWATCH_DATA_DIR="$work/data"

  echo "loading a generated portfolio of $mines mines x $quarters quarters through the import API..."
  python3 perf/generate-portfolio.py "$mines" "$quarters" "$work/portfolio"
  start=$(date +%s)
  for file in "$work"/portfolio/*.csv; do
    curl -sf -o /dev/null -u admin:minewatch -H "Content-Type: text/csv" --data-binary "@$file" \
      "$base/api/imports?company=Generated%20Mining&source=$(basename "$file")&createMines=true" \
      || { echo "import of $file failed"; exit 1; }
  done
  echo "loaded in $(( $(date +%s) - start )) s"

  # the generated company's outlook for its last year, from that year's production in the generated files
  python3 - "$work/portfolio" > "$work/outlook.txt" <<'PY'
import csv, glob, sys
rows = [r for f in glob.glob(sys.argv[1] + "/*.csv") for r in csv.DictReader(open(f)) if r["measure"] == "production"]
year = max(int(r["period"][:4]) for r in rows)
total = {m: sum(float(r["value"]) for r in rows if r["metal"] == m and r["period"].startswith(str(year))) for m in ("AG", "AU")}
silver = total["AG"] / 1e6
print(f"January 15, {year} - Generated Mining provides its production outlook.")
print(f"The Company expects to produce between {silver * 0.95:.1f} and {silver * 0.98:.1f} million ounces of silver"
      f" and {round(total['AU'] * 1.01, -3):,.0f} ounces of gold in {year}.")
PY
  year=$(grep -o '[0-9]\{4\}\.$' "$work/outlook.txt" | tr -d .)
  cat "$work/outlook.txt"
  curl -sf -o /dev/null -u admin:minewatch -H "Content-Type: text/plain" --data-binary "@$work/outlook.txt" \
    "$base/api/imports?company=Generated%20Mining&source=outlook-$year&storeGuidance=true&otherIssuer=true&acceptImplausible=true" \
    || { echo "the outlook was not stored"; exit 1; }
  curl -sf -u executive:minewatch "$base/api/guidance?year=$year" | python3 -c "
import json, sys
rows = json.load(sys.stdin)
print('guidance of', sys.argv[1] + ':', '; '.join(f\"{r['company']} {r['metal']} {r['status']}\" for r in rows))
assert rows, 'no guidance stored'" "$year"
fi
perf/sign-in.sh "$base" executive minewatch "$connections" > "$work/sessions"
export SESSIONS="$work/sessions" API_TOKEN
API_TOKEN=$(printf 'executive:minewatch' | base64)
run() { # label, path, marker
  wrk -t"$connections" -c"$connections" -d"$warmup" -s perf/page.lua "$base" -- "$2" "$3" > /dev/null
  echo "== $1: $connections sessions, $duration, GET $2"
  wrk -t"$connections" -c"$connections" -d"$duration" -s perf/page.lua "$base" -- "$2" "$3" | tail -2
}
one() { # the time of one answer to PATH, by the first session (a page) or HTTP Basic (the API)
  if [[ $1 == /api/* ]]; then
    curl -sf -o /dev/null -w "%{time_total}\n" -u executive:minewatch "$base$1"
  else
    curl -sf -o /dev/null -w "%{time_total}\n" -H "Cookie: $(head -1 "$work/sessions")" "$base$1"
  fi
}
echo "== one request at a time, ten of each after one to warm up:"
for path in "/guidance.xhtml" "/api/guidance?year=$year&asOf=$year-Q2"; do
  one "$path" > /dev/null
  for _ in $(seq 10); do one "$path"; done | sort -n \
    | awk -v p="$path" '{ t[NR] = $1 * 1000 } END { printf "%s: median %.1f ms, slowest %.1f ms\n", p, (t[5] + t[6]) / 2, t[NR] }'
done
run "static resource" "/jakarta.faces.resource/css/minewatch.css.xhtml" ""
run "guidance page, latest" "/guidance.xhtml" "guidance:table"
run "guidance page, as of $year-Q2" "/guidance.xhtml?year=$year&asOf=$year-Q2" "guidance:table"
run "guidance API, as of $year-Q2" "/api/guidance?year=$year&asOf=$year-Q2" "\"status\""

echo "== one API answer right after an evaluation (a change of the data), five times:"
for _ in 1 2 3 4 5; do
  curl -sf -o /dev/null -u admin:minewatch -X POST "$base/api/evaluations"
  curl -sf -o /dev/null -w "%{time_total}\n" -u executive:minewatch "$base/api/guidance?year=$year&asOf=$year-Q2"
done | awk '{ printf "%.1f ms ", $1 * 1000 } END { print "" }'
