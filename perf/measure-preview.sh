#!/bin/bash
# The import preview of a 2,000-character release (POST /api/imports/preview: issuer, parse, plausibility,
# comparison with what is stored, the rules over the stored figures with the imported ones laid over them),
# one client at a time, as a data steward previews: wrk with one connection, its latency distribution.
# Starts its own portal from web/target/minewatch.jar with a fresh data folder (demo data) on 127.0.0.1:PORT
# and stops it, by its pid, at the end.
#
# usage: perf/measure-preview.sh [release.txt]   (after mvn package; needs wrk, curl)
# The release defaults to Fortuna's Q1 2012 release, cut to its first CHARS (2000) characters.
# settings: PORT (8182), DURATION (30s), WARMUP (10s), CHARS (2000), JAVA_OPTS (as perf/portal.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8182} duration=${DURATION:-30s} warmup=${WARMUP:-10s} chars=${CHARS:-2000}
release=${1:-domain/src/test/resources/releases/fortuna_2012Q1.txt}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
echo "portal log and data: $work"
python3 -c "import sys; sys.stdout.write(open(sys.argv[1], encoding='utf-8').read()[:int(sys.argv[2])])" "$release" "$chars" > "$work/body.txt"

. perf/portal.sh
start_portal MINEWATCH_DATA_DIR="$work/data"

curl -sf -u admin:minewatch -H "Content-Type: text/plain; charset=UTF-8" --data-binary "@$work/body.txt" "$base/api/imports/preview" \
  | python3 -c "import json,sys; p=json.load(sys.stdin); print('the preview reads', len(p['observations']), 'figures,', len(p['guidance']), 'guidance statements, issuer', p['issuer'])"
BODY="$work/body.txt" wrk -t1 -c1 -d"$warmup" -s perf/preview.lua "$base/api/imports/preview" > /dev/null
echo "== preview of $(wc -c < "$work/body.txt") bytes of $release: 1 connection, $duration"
BODY="$work/body.txt" wrk -t1 -c1 -d"$duration" --latency -s perf/preview.lua "$base/api/imports/preview" | sed -n '/Latency Distribution/,$p'
