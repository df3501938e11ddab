#!/bin/bash
# A hostile or careless client for about a minute (issue 15): each kind of oversized or malformed input the
# portal must refuse, round after round, while /health/ready is sampled once a round. Prints the heap after a
# full collection and the size of the server log before and after, and how readiness answered.
# Starts its own portal from web/target/minewatch.jar with a fresh data folder (demo data) on 127.0.0.1:PORT,
# talks to nothing but that address, and stops it, by its pid, at the end.
#
# usage: perf/hostile-client.sh   (after mvn package; needs curl, python3, jcmd and jstat of the JDK that runs it)
# settings: PORT (8183), ROUNDS (60: the most rounds), DURATION (60: the most seconds), JAVA_OPTS (as perf/portal.sh)
# Each round sends 12 requests (a fixed count), so at most ROUNDS x 12, about 25 MB of bodies a round.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8183} rounds=${ROUNDS:-60} duration=${DURATION:-60}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
echo "portal log, data and bodies: $work"

. perf/portal.sh
start_portal MINEWATCH_DATA_DIR="$work/data"

# the bodies, made once: a 1,000,000-character user name, 1 MB of JSON, a 20 MB form, a 6 MB text
python3 - "$work" <<'EOF'
import sys
work = sys.argv[1]
open(f"{work}/name-form.txt", "w").write("login=login&login%3Apassword=x&login%3Asubmit=&login%3Ausername=" + "n" * 1_000_000)
open(f"{work}/big.json", "w").write('{"comment": "' + "x" * (1024 * 1024) + '"}')
open(f"{work}/form.txt", "w").write("login=login&login%3Ausername=x&padding=" + "a" * (20 * 1024 * 1024))
open(f"{work}/text.txt", "w").write("Caylloma silver production\n" * (6 * 1024 * 1024 // 27 + 1))
EOF

# heap in use after a full collection, in MB (the sum of jstat's used columns: survivors, eden, old)
heap_after_gc() {
  jcmd "$pid" GC.run > /dev/null
  jstat -gc "$pid" | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i } NR == 2 { printf "%.1f", ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024 }'
}

form_state() { # a fresh sign-in page: its view state, the session's cookies in $work/jar
  : > "$work/jar"
  curl -s -c "$work/jar" -b "$work/jar" "$base/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'
}

page_state() { # the view state of a page as the signed-in executive
  curl -s -b "$executive" "$base$1" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'
}

status() { # the status of one request: curl's own options after the URL's path
  local path=$1; shift
  curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$@" "$base$path" || echo 000
}

executive=$(perf/sign-in.sh "$base" executive minewatch 1)
alert=$(curl -sf -u executive:minewatch "$base/api/alerts" | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['id'])")
heap_before=$(heap_after_gc)
log_before=$(wc -c < "$work/portal.log")
declare -A answers
ready_ok=0 ready_other=0 round=0
start=$(date +%s)
while (( round < rounds && $(date +%s) - start < duration )); do
  round=$((round + 1))
  state=$(form_state)
  results=(
    "sign-in, 1,000,000-character name:$(status "/login.xhtml?jakarta.faces.ViewState=$state" -c "$work/jar" -b "$work/jar" -H "Origin: $base" --data-binary "@$work/name-form.txt")"
    "Basic, 1,000-character name:$(status /api/mines -u "$(printf 'n%.0s' $(seq 1 1000))-$round:x")"
    "Basic, unknown name:$(status /api/mines -u "nobody-$round:x")"
    "JSON of 1 MB:$(status "/api/alerts/$alert/resolve" -u executive:minewatch -H 'Content-Type: application/json' --data-binary "@$work/big.json")"
    "JSON of 1 MB in chunks:$(status "/api/alerts/$alert/resolve" -u executive:minewatch -H 'Content-Type: application/json' -H 'Transfer-Encoding: chunked' --data-binary "@$work/big.json")"
    "malformed JSON:$(status "/api/alerts/$alert/resolve" -u executive:minewatch -H 'Content-Type: application/json' --data '{"comment": [1, {')"
    "form of 20 MB:$(status /login.xhtml -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "@$work/form.txt")"
    "import text of 6 MB:$(status /api/imports/preview -u admin:minewatch -H 'Content-Type: text/plain' --data-binary "@$work/text.txt")"
    "ViewState=stateless:$(status /login.xhtml -c "$work/jar" -b "$work/jar" --data 'login=login&login%3Ausername=x&login%3Apassword=y&login%3Asubmit=&jakarta.faces.ViewState=stateless')"
    "POST /ADMIN/users.xhtml, signed in:$(status /ADMIN/users.xhtml -b "$executive" --data "jakarta.faces.ViewState=$(page_state /alerts.xhtml)")"
    "sign-in from another origin:$(status /login.xhtml -c "$work/jar" -b "$work/jar" -H 'Origin: http://evil.example' --data "login=login&login%3Ausername=executive&login%3Apassword=minewatch&login%3Asubmit=&jakarta.faces.ViewState=$state")"
  )
  for result in "${results[@]}"; do
    answers["$result"]=$(( ${answers["$result"]:-0} + 1 ))
  done
  if [[ $(status /health/ready) == 200 ]]; then ready_ok=$((ready_ok + 1)); else ready_other=$((ready_other + 1)); fi
done
elapsed=$(( $(date +%s) - start ))
heap_after=$(heap_after_gc)
log_after=$(wc -c < "$work/portal.log")

echo "== $round rounds in $elapsed s, 12 requests a round; answers (input:status x count)"
for result in "${!answers[@]}"; do echo "  $result x ${answers[$result]}"; done | sort
echo "== /health/ready: $ready_ok x 200, $ready_other otherwise"
echo "== heap after a full collection: $heap_before MB before, $heap_after MB after"
echo "== server log: $log_before bytes before, $log_after bytes after"
