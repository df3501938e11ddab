#!/bin/bash
# The alerts inbox's server response time under 16 signed-in sessions (wrk, one connection per session) on a generated
# portfolio of MINES x QUARTERS, beside the portal's own CSS in the same run: an executive (every alert visible) opens
# /alerts.xhtml, the open alerts' first page with the filters' choices, as a browser does. Each bundle given (by default
# web/target/minewatch.jar; give two, e.g. a build of before and one of after, to compare them side by side) is started
# in turn, ROUNDS times, on its own copy of one data folder that holds the portfolio, on 127.0.0.1:PORT, and stopped,
# by its pid, after its measurement.
#
# usage: perf/measure-inbox.sh [BUNDLE.jar ...]   (after mvn package; needs wrk, curl, python3)
# settings: PORT (8183), ROUNDS (2), DURATION (60s), WARMUP (20s), CONNECTIONS (16), MINES (200), QUARTERS (40),
#           TIMEOUT (30s: an answer slower than wrk's default 2 s is counted in the latencies rather than dropped),
#           PORTFOLIO_DATA (a data folder with the portfolio loaded already, e.g. one this script left behind: else the
#           first bundle loads it through the import API, one mine at a time, which takes minutes),
#           JAVA_OPTS (-XX:+UseParallelGC -Xms1g -Xmx1g, as perf/portal.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8183} rounds=${ROUNDS:-2} duration=${DURATION:-60s} warmup=${WARMUP:-20s} connections=${CONNECTIONS:-16}
mines=${MINES:-200} quarters=${QUARTERS:-40} timeout=${TIMEOUT:-30s}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
echo "portal logs and data: $work"
bundles=("$@")
[ ${#bundles[@]} -gt 0 ] || bundles=(web/target/minewatch.jar)

. perf/portal.sh

start() { # bundle, data folder
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  MINEWATCH_DATA_DIR="$2" java ${JAVA_OPTS:--XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError -Xms1g -Xmx1g} -jar "$1" --port "$port" > "$work/portal.log" 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 360); do
    curl -sf -o /dev/null "$base/health/ready" && return 0
    kill -0 "$pid" 2>/dev/null || { echo "$1 exited: see $work/portal.log"; exit 1; }
    sleep 1
  done
  echo "$1 did not become ready: see $work/portal.log"
  exit 1
}

stop() {
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
}

if [ -z "${PORTFOLIO_DATA:-}" ]; then
  start "${bundles[0]}" "$work/portfolio-data"
  load_portfolio "$mines" "$quarters"
  stop
  PORTFOLIO_DATA="$work/portfolio-data"
  echo "the portfolio's data folder, for PORTFOLIO_DATA next time: $PORTFOLIO_DATA"
fi

measure() { # path, what the answer must hold, how long
  SESSIONS="$work/sessions" wrk -t"$connections" -c"$connections" -d"$3" --timeout "$timeout" -s perf/dashboard.lua "$base" -- "$1" "$2"
}

css=/jakarta.faces.resource/css/minewatch.css.xhtml
for round in $(seq 1 "$rounds"); do
  for bundle in "${bundles[@]}"; do
    rm -rf "$work/data" && cp -r "$PORTFOLIO_DATA" "$work/data"
    start "$bundle" "$work/data"
    curl -sf -u executive:minewatch "$base/api/alerts" \
      | python3 -c "import json,sys; a=json.load(sys.stdin); print(f\"alerts: {len(a)}, open: {sum(x['status'] == 'OPEN' for x in a)}\")"
    perf/sign-in.sh "$base" executive minewatch "$connections" > "$work/sessions"
    measure /alerts.xhtml 'id="alerts:table"' "$warmup" > /dev/null
    echo "== round $round, $bundle: the portal's CSS, $connections sessions, $duration, GET $css"
    measure "$css" ".mw-header" "$duration" | tail -2
    echo "== round $round, $bundle: the alerts inbox (executive), $connections sessions, $duration, GET /alerts.xhtml"
    measure /alerts.xhtml 'id="alerts:table"' "$duration" | tail -2
    echo "resident memory $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
    stop
  done
done
