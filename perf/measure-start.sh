#!/bin/bash
# Start-up time: `java -jar` to ready, MineWatch's bundle against the same Payara Micro with an empty WAR (issue 14:
# at most 1.5 times as long). Builds nothing of the project: JAR names the bundle to time (web/target/minewatch.jar by
# default). Makes an empty WAR itself (one static index.html, packed with `jar`), then alternates RUNS runs of each:
#   bare:      payara-micro.jar (the version the pom bundles, from the local Maven repository) deploying the empty WAR
#              with the bundle's own options (--nohazelcast, src/main/payara/single-node.asadmin, --disablephonehome);
#              ready = 200 on its index.html
#   minewatch: the bundle on a fresh data folder (MINEWATCH_DATA_DIR, so migration and demo data on every run);
#              ready = /health/ready answering UP
# Both on 127.0.0.1:PORT, polled every 100 ms, with the same JAVA_OPTS (the README's run command). Prints each run,
# the medians and their ratio; keeps the servers' logs in a temporary folder (named first); stops each server, by its
# pid, once it is ready.
#
# usage: [JAR=web/target/minewatch.jar] perf/measure-start.sh      (after mvn package; needs curl, jar, python3)
# settings: PORT (18640), RUNS (3), JAVA_OPTS (-XX:+ExitOnOutOfMemoryError), TIMEOUT (180 s a start),
#           PAYARA_MICRO (the payara-micro jar; default: the pom's version in ~/.m2)
set -euo pipefail
cd "$(dirname "$0")/.."
jar_file=$(realpath "${JAR:-web/target/minewatch.jar}")
port=${PORT:-18640} runs=${RUNS:-3} timeout=${TIMEOUT:-180}
java_opts=${JAVA_OPTS:--XX:+ExitOnOutOfMemoryError}
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
payara=${PAYARA_MICRO:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$payara_version/payara-micro-$payara_version.jar}
[ -f "$jar_file" ] || { echo "no bundle at $jar_file: build it first (mvn -B -q -DskipTests package)"; exit 1; }
[ -f "$payara" ] || { echo "no Payara Micro at $payara: run mvn -B -q install -DskipTests once"; exit 1; }
preboot=$(realpath web/src/main/payara/single-node.asadmin)
work=$(mktemp -d)
echo "logs and data: $work"
echo "bundle: $jar_file ($(du -m "$jar_file" | cut -f1) MB); bare: $payara; JAVA_OPTS: $java_opts; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# the empty WAR: named ROOT like the portal's, so both are deployed at the root context
mkdir -p "$work/empty"
echo '<!DOCTYPE html><html><head><title>empty</title></head><body>empty</body></html>' > "$work/empty/index.html"
(cd "$work" && jar --create --file ROOT.war -C empty .)

pid=
stop() {
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=
}
trap stop EXIT

# time_start NAME N READY-URL EXPECTED-BODY-PART COMMAND...: seconds from launch to ready into $elapsed ("N.NN")
time_start() {
  local name=$1 n=$2 url=$3 expect=$4
  shift 4
  local log="$work/$name-$n.log" start now body
  start=$(date +%s%N)
  "$@" > "$log" 2>&1 &
  pid=$!
  while :; do
    body=$(curl -s --max-time 2 "$url" 2>/dev/null) && [[ "$body" == *"$expect"* ]] && break
    now=$(date +%s%N)
    if ! kill -0 "$pid" 2>/dev/null || (( (now - start) / 1000000000 > timeout )); then
      echo "$name run $n did not become ready: see $log" >&2
      stop
      exit 1
    fi
    sleep 0.1
  done
  now=$(date +%s%N)
  stop
  elapsed=$(awk -v ns=$((now - start)) 'BEGIN { printf "%.2f", ns / 1e9 }')
}

bare=() minewatch=()
for n in $(seq 1 "$runs"); do
  # shellcheck disable=SC2086 # java_opts is a list of options
  time_start bare "$n" "http://127.0.0.1:$port/index.html" "empty" \
    java $java_opts -jar "$payara" --nohazelcast --prebootcommandfile "$preboot" --disablephonehome \
    --deploy "$work/ROOT.war" --port "$port"
  bare+=("$elapsed")
  echo "run $n  bare Payara Micro, empty WAR: $elapsed s"
  mkdir -p "$work/data-$n"
  # shellcheck disable=SC2086
  time_start minewatch "$n" "http://127.0.0.1:$port/health/ready" '"status":"UP"' \
    env MINEWATCH_DATA_DIR="$work/data-$n" java $java_opts -jar "$jar_file" --port "$port"
  minewatch+=("$elapsed")
  echo "run $n  minewatch.jar, fresh data folder: $elapsed s  ($(grep -o 'ROOT was successfully deployed in [0-9,]* milliseconds' "$work/minewatch-$n.log" || echo 'no deployment line'))"
done

python3 - "${bare[*]}" "${minewatch[*]}" <<'EOF'
import statistics, sys
bare = [float(x) for x in sys.argv[1].split()]
mw = [float(x) for x in sys.argv[2].split()]
mb, mm = statistics.median(bare), statistics.median(mw)
print(f"median  bare Payara Micro, empty WAR: {mb:.2f} s  (runs {', '.join(f'{x:.2f}' for x in bare)})")
print(f"median  minewatch.jar, fresh data:    {mm:.2f} s  (runs {', '.join(f'{x:.2f}' for x in mw)})")
print(f"ratio   {mm / mb:.2f} (target: at most 1.5)")
EOF
