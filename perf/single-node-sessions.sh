#!/bin/bash
# What the single-node bundle's in-memory sessions are worth, side by side in one run: web/target/minewatch.jar as
# built (no data grid, sessions in memory) against the same WAR bundled as it was before (--nocluster only: a lone
# data-grid member and the replicated session store of the distributable WAR). Each bundle in turn, ROUNDS times: start
# it on a fresh data folder on 127.0.0.1:PORT, sign 16 demo users in, warm up, then wrk (one connection per session)
# on the portal's CSS and on a mine dashboard; prints requests/s and p50/p95 of each, the time to ready and the
# resident memory. Stops each portal it started, by its pid.
#
# usage: perf/single-node-sessions.sh     (after mvn package; needs wrk, curl, python3)
# settings: PORT (8185), ROUNDS (2), DURATION (20s), WARMUP (10s), CONNECTIONS (16),
#           JAVA_OPTS (-XX:+UseParallelGC -Xms1g -Xmx1g, as the README's run command)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8185} rounds=${ROUNDS:-2} duration=${DURATION:-20s} warmup=${WARMUP:-10s} connections=${CONNECTIONS:-16}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
echo "logs and the bundle of before: $work"
java -jar web/target/payara-micro.jar --nocluster --disablephonehome --deploy web/target/ROOT.war --outputUberJar "$work/replicated.jar" > "$work/bundle.log" 2>&1

run() { # label, bundle
  mkdir -p "$work/$1" && rm -rf "$work/$1/data"
  local start pid bundle
  bundle=$(realpath "$2")
  start=$(date +%s%N)
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  (cd "$work/$1" && exec env MINEWATCH_DATA_DIR="$work/$1/data" java ${JAVA_OPTS:--XX:+UseParallelGC -Xms1g -Xmx1g} -jar "$bundle" --port "$port" > portal.log 2>&1) &
  pid=$!
  for _ in $(seq 1 360); do curl -sf -o /dev/null "$base/health/ready" && break; kill -0 "$pid" 2>/dev/null || { echo "$1 exited: see $work/$1/portal.log"; exit 1; }; sleep 0.5; done
  echo "== $1: ready in $(( ($(date +%s%N) - start) / 1000000 )) ms"
  perf/sign-in.sh "$base" manager.caylloma minewatch "$connections" > "$work/$1/sessions"
  local mine css="/jakarta.faces.resource/css/minewatch.css.xhtml"
  mine=$(curl -sf -u executive:minewatch "$base/api/mines" | python3 -c "import json,sys; print(next(m['id'] for m in json.load(sys.stdin) if m['name'] == 'Caylloma'))")
  local dashboard="/dashboard.xhtml?mine=$mine&quarter=2011-Q3"
  SESSIONS="$work/$1/sessions" wrk -t"$connections" -c"$connections" -d"$warmup" -s perf/dashboard.lua "$base" -- "$dashboard" > /dev/null
  for path in "$css" "$dashboard"; do
    printf '%-10s %-45s ' "$1" "$path"
    SESSIONS="$work/$1/sessions" wrk -t"$connections" -c"$connections" -d"$duration" -s perf/dashboard.lua "$base" -- "$path" \
      | grep -E "Requests/sec|p95|non-2xx" | tr -s ' \n' ' '; echo
  done
  echo "$1 resident memory $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
}

for round in $(seq 1 "$rounds"); do
  echo "# round $round"
  run replicated "$work/replicated.jar"
  run memory web/target/minewatch.jar
done
