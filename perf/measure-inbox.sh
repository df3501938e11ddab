#!/bin/bash
# The alerts inbox's server response time under 16 signed-in sessions (wrk, one connection per session) on a generated
# portfolio of MINES x QUARTERS, beside the portal's own CSS in the same run: an executive (every alert visible) opens
# /alerts.xhtml, the open alerts' first page with the filters' choices, as a browser does. Starts its own portal from
# web/target/minewatch.jar with a fresh data folder on 127.0.0.1:PORT and stops it, by its pid, at the end.
#
# usage: perf/measure-inbox.sh            (after mvn package; needs wrk, curl, python3; about 7 minutes)
# settings: PORT (8183), DURATION (60s), WARMUP (20s), CONNECTIONS (16), MINES (200), QUARTERS (40), TIMEOUT (30s: an
#           answer slower than wrk's default 2 s is counted in the latencies rather than dropped as an error),
#           JAVA_OPTS (-XX:+UseParallelGC -Xms1g -Xmx1g, as perf/portal.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8183} duration=${DURATION:-60s} warmup=${WARMUP:-20s} connections=${CONNECTIONS:-16}
mines=${MINES:-200} quarters=${QUARTERS:-40} timeout=${TIMEOUT:-30s}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
echo "portal log and data: $work"

. perf/portal.sh
start_portal MINEWATCH_DATA_DIR="$work/data"
load_portfolio "$mines" "$quarters"
curl -sf -u executive:minewatch "$base/api/alerts" \
  | python3 -c "import json,sys; a=json.load(sys.stdin); print(f\"alerts: {len(a)}, open: {sum(x['status'] == 'OPEN' for x in a)}\")"

perf/sign-in.sh "$base" executive minewatch "$connections" > "$work/sessions"
measure() { # label, path, what the answer must hold, how long
  SESSIONS="$work/sessions" wrk -t"$connections" -c"$connections" -d"$4" --timeout "$timeout" -s perf/dashboard.lua "$base" -- "$2" "$3"
}
measure "warm-up" /alerts.xhtml 'id="alerts:table"' "$warmup" > /dev/null
css=/jakarta.faces.resource/css/minewatch.css.xhtml
for round in 1 2; do
  echo "== round $round: the portal's CSS, $connections sessions, $duration, GET $css"
  measure css "$css" ".mw-header" "$duration" | tail -2
  echo "== round $round: the alerts inbox (executive), $connections sessions, $duration, GET /alerts.xhtml"
  measure inbox /alerts.xhtml 'id="alerts:table"' "$duration" | tail -2
done
echo "resident memory $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
