# Sourced by the perf scripts: starts web/target/minewatch.jar (or the bundle JAR names) on 127.0.0.1:$port with the environment given
# (VAR=value words), its log in $work/portal.log, waits until it is ready, and stops it, by its pid, when the
# script exits. Also mine_id, the id of a mine by name as an executive reads it from the API.
start_portal() {
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  env "$@" java ${JAVA_OPTS:--XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError -Xms1g -Xmx1g} -jar "${JAR:-web/target/minewatch.jar}" --port "$port" > "$work/portal.log" 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null "$base/health/ready" && return 0
    sleep 1
  done
  echo "the portal did not become ready: see $work/portal.log"
  exit 1
}

mine_id() {
  curl -sf -u executive:minewatch "$base/api/mines" | python3 -c "import json,sys; print(next(m['id'] for m in json.load(sys.stdin) if m['name'] == sys.argv[1]))" "$1"
}
