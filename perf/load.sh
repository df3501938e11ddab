#!/bin/bash
# The portal under load on PostgreSQL: SESSIONS_LIST (16 and 64) signed-in people at once, each on its own
# connection in a closed loop, for DURATION (5 minutes) each, over the mine dashboards and the API (perf/load.lua):
# half of them manager.caylloma, a quarter manager.sanjose, a quarter executive. Reports, per run, throughput,
# p50/p95/p99 and failures (wrk), and memory: the heap in use after a full collection (the least of five
# readings) and the process's resident memory at minute 1 and near the end, and their growth. Fails if any
# request failed, or the heap or the resident memory grew by more than 10 % between the two. The heap is touched
# in full at start (-XX:+AlwaysPreTouch) so that resident memory grows only by what the process adds, not by the
# first use of pages of the heap it was given.
#
# Starts its own portal from web/target/minewatch.jar on 127.0.0.1:PORT, on a fresh PostgreSQL database
# (DB, dropped and created again) with the demo data asked for explicitly, and stops it, by its pid, at the end.
# The live objects by class at both readings are kept beside the log (histogram-N-minute1.txt, -end.txt), to
# tell what grew.
#
# usage: perf/load.sh     (after mvn package; needs wrk, curl, psql, jcmd and PostgreSQL on 127.0.0.1:5432)
# settings: PORT (8181), DB (minewatch_load), SESSIONS_LIST ("16 64"), DURATION (300 s), WARMUP (30 s),
#           JAVA_OPTS (-XX:+UseParallelGC -Xms1g -Xmx1g -XX:+AlwaysPreTouch)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8181} db=${DB:-minewatch_load} sessions_list=${SESSIONS_LIST:-16 64}
duration=${DURATION:-300} warmup=${WARMUP:-30}
(( duration >= 120 )) || { echo "DURATION is in seconds and at least 120: memory is read at minute 1 and at the end"; exit 2; }
base="http://127.0.0.1:$port"
work=$(mktemp -d)
echo "portal log and sessions: $work"

psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
. perf/portal.sh
JAVA_OPTS=${JAVA_OPTS:--XX:+UseParallelGC -Xms1g -Xmx1g -XX:+AlwaysPreTouch}
start_portal MINEWATCH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" MINEWATCH_DB_USER=postgres MINEWATCH_DEMO_DATA=true
caylloma=$(mine_id Caylloma) sanjose=$(mine_id "San Jose")

heap_after_gc() { # kB of heap in use after a full collection: every generation's "used" (ParallelGC prints two, G1 one)
  jcmd "$pid" GC.run > /dev/null
  jcmd "$pid" GC.heap_info | awk '/total/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub("K,?", "", v); sum += v } }
    END { print sum }'
}
# What the requests in flight hold is live too, and with 16 to 64 of them it swings a single reading by a
# third; the least of five readings, 3 s apart, is what stays whatever is in flight.
retained_heap() {
  local least="" reading
  for _ in 1 2 3 4 5; do
    reading=$(heap_after_gc)
    if [ -z "$least" ] || (( reading < least )); then least=$reading; fi
    sleep 3
  done
  echo "$least"
}
rss() { awk '/VmRSS/ { print $2 }' "/proc/$pid/status"; }

failed=0
for count in $sessions_list; do
  : > "$work/sessions"
  for user in manager.caylloma manager.sanjose executive; do
    case $user in manager.caylloma) n=$(( count / 2 )) ;; *) n=$(( count / 4 )) ;; esac
    token=$(printf '%s:minewatch' "$user" | base64)
    perf/sign-in.sh "$base" "$user" minewatch "$n" | sed "s/^/$user /; s/\$/ $token/" >> "$work/sessions"
  done
  SESSIONS="$work/sessions" wrk -t"$count" -c"$count" -d"${warmup}s" -s perf/load.lua "$base" -- "$caylloma" "$sanjose" > /dev/null
  echo "== $count sessions, ${duration} s, dashboards and API, PostgreSQL"
  SESSIONS="$work/sessions" wrk -t"$count" -c"$count" -d"${duration}s" --timeout 10s -s perf/load.lua "$base" -- "$caylloma" "$sanjose" \
    > "$work/wrk-$count.txt" &
  wrk_pid=$!
  sleep 60
  heap1=$(retained_heap) rss1=$(rss)
  jcmd "$pid" GC.class_histogram > "$work/histogram-$count-minute1.txt"
  sleep $(( duration - 60 - 15 - 20 ))
  heap5=$(retained_heap) rss5=$(rss)
  jcmd "$pid" GC.class_histogram > "$work/histogram-$count-end.txt"
  wait "$wrk_pid"
  tail -2 "$work/wrk-$count.txt"
  echo "memory: heap after full GC (least of 5) ${heap1} kB at minute 1, ${heap5} kB at the end ($(( (heap5 - heap1) * 100 / heap1 )) %);" \
       "resident ${rss1} kB, ${rss5} kB ($(( (rss5 - rss1) * 100 / rss1 )) %)"
  grep -q "failures 0; socket errors and timeouts 0" "$work/wrk-$count.txt" || { echo "FAILED: requests failed"; failed=1; }
  if (( (heap5 - heap1) * 100 > 10 * heap1 )); then echo "FAILED: the heap grew by more than 10 %"; failed=1; fi
  if (( (rss5 - rss1) * 100 > 10 * rss1 )); then echo "FAILED: the resident memory grew by more than 10 %"; failed=1; fi
done
exit $failed
