#!/bin/bash
# The mine dashboard's server response time under 16 signed-in sessions (wrk, one connection per session),
# first on the demo data (manager.caylloma on Caylloma 2011-Q3), then with a generated portfolio of
# MINES x QUARTERS added (an executive on a generated mine's latest quarter). Starts its own portal from
# web/target/minewatch.jar with a fresh data folder on 127.0.0.1:PORT and stops it, by its pid, at the end.
#
# usage: perf/measure-dashboard.sh            (after mvn package; needs wrk, curl, python3)
# settings: PORT (8181), DURATION (60s), WARMUP (20s), CONNECTIONS (16), MINES (200), QUARTERS (40),
#           JAVA_OPTS (-XX:+UseParallelGC -Xms1g -Xmx1g: on 2 cores G1's concurrent work costs a third of the throughput)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8181} duration=${DURATION:-60s} warmup=${WARMUP:-20s} connections=${CONNECTIONS:-16}
mines=${MINES:-200} quarters=${QUARTERS:-40}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
echo "portal log and data: $work"

. perf/portal.sh
start_portal MINEWATCH_DATA_DIR="$work/data"

run() { # label, user, dashboard path
  perf/sign-in.sh "$base" "$2" minewatch "$connections" > "$work/sessions"
  SESSIONS="$work/sessions" wrk -t"$connections" -c"$connections" -d"$warmup" -s perf/dashboard.lua "$base" -- "$3" > /dev/null
  echo "== $1: $connections sessions, $duration, GET $3"
  SESSIONS="$work/sessions" wrk -t"$connections" -c"$connections" -d"$duration" -s perf/dashboard.lua "$base" -- "$3" | tail -2
}

run "demo data" manager.caylloma "/dashboard.xhtml?mine=$(mine_id Caylloma)&quarter=2011-Q3"

load_portfolio "$mines" "$quarters"

run "portfolio of $mines x $quarters" executive "/dashboard.xhtml?mine=$(mine_id "Mine 100")"
