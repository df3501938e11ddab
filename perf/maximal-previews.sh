#!/bin/bash
# Issue 14's bounded work, by hand: COUNT previews at once of the largest CSV the API takes (199,999 lines, just under
# 5 MB and 200,000 lines: tonnes per day of 1,000 mines over 200 quarters, as BoundedWorkIT sends), while /health/ready
# is asked every 250 ms with a 1 s limit. Prints each preview's status, Retry-After and time, how readiness answered,
# the most heap the old generation held (jstat) and whether the portal is still the same process.
# Starts its own portal from web/target/minewatch.jar with a fresh data folder (demo data) on 127.0.0.1:PORT and stops
# it, by its pid, at the end.
#
# usage: perf/maximal-previews.sh   (after mvn package; needs curl, python3 and jstat of the JDK that runs it)
# settings: PORT (8184), COUNT (20), JAVA_OPTS (as perf/portal.sh; BoundedWorkIT's nodes have a 512 MB heap:
# JAVA_OPTS='-XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError -Xms512m -Xmx512m'), and the portal's own settings
# (MINEWATCH_IMPORT_CONCURRENCY, MINEWATCH_IMPORT_WAIT_SECONDS) from the environment
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8184} count=${COUNT:-20}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
echo "portal log, data and answers: $work"

python3 - "$work/maximal.csv" <<'EOF'
import sys
rows, figures, mine = ["mine,period,measure,metal,value,unit"], 0, 0
while figures < 199_998:
    for quarter in range(200):
        if figures == 199_998:
            break
        rows.append(f"M{mine:03d},{1975 + quarter // 4}-Q{quarter % 4 + 1},tpd,,{500 + (mine * 7 + quarter * 37) % 500},t/d")
        figures += 1
    mine += 1
open(sys.argv[1], "w").write("\n".join(rows) + "\n")
EOF
echo "== $(wc -l < "$work/maximal.csv") lines, $(wc -c < "$work/maximal.csv") bytes; $count previews at once"

. perf/portal.sh
start_portal MINEWATCH_DATA_DIR="$work/data" ${MINEWATCH_IMPORT_CONCURRENCY:+MINEWATCH_IMPORT_CONCURRENCY=$MINEWATCH_IMPORT_CONCURRENCY} \
  ${MINEWATCH_IMPORT_WAIT_SECONDS:+MINEWATCH_IMPORT_WAIT_SECONDS=$MINEWATCH_IMPORT_WAIT_SECONDS}
curl -sf -o /dev/null -u admin:minewatch "$base/api/mines" # the administrator's password verified once, before the burst

jstat -gc "$pid" 250 > "$work/jstat.txt" &
jstat_pid=$!
: > "$work/ready.txt"
( while [ ! -e "$work/done" ]; do
    curl -s -o /dev/null -m 1 -w '%{http_code} %{time_total}\n' "$base/health/ready" >> "$work/ready.txt" || true
    sleep 0.25
  done ) &
ready_pid=$!

start=$(date +%s.%N)
for i in $(seq 1 "$count"); do
  curl -s -m 300 -H 'Expect:' -o "$work/answer-$i.json" -D "$work/headers-$i.txt" -w "%{http_code} %{time_total}\n" -u admin:minewatch \
    -H 'Content-Type: text/csv; charset=UTF-8' --data-binary "@$work/maximal.csv" "$base/api/imports/preview" > "$work/status-$i.txt" &
done
wait $(jobs -p | grep -v -e "^$jstat_pid\$" -e "^$ready_pid\$") 2>/dev/null || true
touch "$work/done"
wait "$ready_pid" 2>/dev/null || true
kill "$jstat_pid" 2>/dev/null || true
echo "the burst took $(python3 -c "import time,sys; print(round(time.time() - float(sys.argv[1]), 1))" "$start") s"

for i in $(seq 1 "$count"); do
  read -r status seconds < "$work/status-$i.txt" || true
  retry=$(grep -i '^retry-after:' "$work/headers-$i.txt" 2>/dev/null | tr -d '\r' | cut -d' ' -f2 || true)
  echo "$status ${seconds}s retry-after=${retry:--} $(head -c 110 "$work/answer-$i.json" 2>/dev/null || true)"
done | sort | uniq -c | sort -rn | cut -c1-200
python3 - "$work/ready.txt" "$work/jstat.txt" <<'EOF'
import sys
samples = [l.split() for l in open(sys.argv[1]) if l.strip()]
ok = [s for s in samples if s[0] == "200" and float(s[1]) <= 1.0]
print(f"readiness: {len(samples)} asked, {len(ok)} answered 200 within 1 s, slowest {max(float(s[1]) for s in samples) * 1000:.0f} ms")
rows = [l.split() for l in open(sys.argv[2]) if l.strip() and l.split()[0] != "S0C"]
head = open(sys.argv[2]).readline().split()
ou, fgc = head.index("OU"), head.index("FGC")
if rows:
    print(f"old generation: at most {max(float(r[ou]) for r in rows) / 1024:.0f} MB in use; {rows[-1][fgc]} full collections")
EOF
if kill -0 "$pid" 2>/dev/null; then echo "the portal is still running (pid $pid)"; else echo "the portal exited: see $work/portal.log"; fi
