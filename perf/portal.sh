# Sourced by the perf scripts: starts web/target/minewatch.jar (or the bundle JAR names) on 127.0.0.1:$port with the environment given
# (VAR=value words), its log in $work/portal.log, waits until it is ready, and stops it, by its pid, when the
# script exits. Also mine_id, the id of a mine by name as an executive reads it from the API, and load_portfolio, a
# generated portfolio of MINES x QUARTERS (generate-portfolio.py) loaded through the import API, one mine at a time.
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

load_portfolio() { # mines, quarters
  echo "loading a generated portfolio of $1 mines x $2 quarters through the import API..."
  python3 perf/generate-portfolio.py "$1" "$2" "$work/portfolio"
  local start file
  start=$(date +%s)
  for file in "$work"/portfolio/*.csv; do
    curl -sf -o /dev/null -u admin:minewatch -H "Content-Type: text/csv" --data-binary "@$file" \
      "$base/api/imports?company=Generated%20Mining&source=$(basename "$file")&createMines=true" \
      || { echo "import of $file failed"; exit 1; }
  done
  echo "loaded in $(( $(date +%s) - start )) s"
}
