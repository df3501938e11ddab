#!/usr/bin/env bash
# Applies the held-out rule of README.md and writes HELDOUT, once per gathering.
# First gathering (every company folder not listed in SECOND-GATHERING): the issuers of the shared five stay in
# the tuning part; the other company folders, sorted by the SHA-256 of their name, are taken in that order until
# the held-out releases are at least one fifth of all releases of that gathering (the shared five included).
# Later gatherings (the companies listed in SECOND-GATHERING, THIRD-GATHERING, FOURTH-GATHERING, FIFTH-GATHERING,
# SIXTH-GATHERING, SEVENTH-GATHERING, EIGHTH-GATHERING, each new
# to the corpus): the same order and the same fifth, over that gathering's releases alone.
set -euo pipefail
cd "$(dirname "$0")"
second=$(grep -v '^#' SECOND-GATHERING 2>/dev/null || true)
third=$(grep -v '^#' THIRD-GATHERING 2>/dev/null || true)
fourth=$(grep -v '^#' FOURTH-GATHERING 2>/dev/null || true)
fifth=$(grep -v '^#' FIFTH-GATHERING 2>/dev/null || true)
sixth=$(grep -v '^#' SIXTH-GATHERING 2>/dev/null || true)
seventh=$(grep -v '^#' SEVENTH-GATHERING 2>/dev/null || true)
eighth=$(grep -v '^#' EIGHTH-GATHERING 2>/dev/null || true)
in_second() { printf '%s\n' "$second" "$third" "$fourth" "$fifth" "$sixth" "$seventh" "$eighth" | grep -qx "$1"; }
releases() { ls "$1"/*.json | wc -l; }

# hold_out TOTAL COMPANY...: prints the companies taken, in SHA-256 order, until a fifth of TOTAL is held out
hold_out() {
    local total=$1; shift
    local held=0 company
    for company in $(for d in "$@"; do printf '%s %s\n' "$(printf '%s' "$d" | sha256sum | cut -c1-64)" "$d"; done | sort | cut -d' ' -f2); do
        [ $(( held * 5 )) -ge "$total" ] && break
        echo "$company"
        held=$(( held + $(releases "$company") ))
    done
}

first=(); first_total=$(ls shared/*.json | wc -l)
for d in */; do d=${d%/}; [ "$d" = shared ] && continue; in_second "$d" && continue
    first_total=$(( first_total + $(releases "$d") ))
    case $d in fortuna-silver-mines|excellon-resources|alexco-resource) continue;; esac
    first+=("$d"); done
later=(); later_total=0
for d in $second; do later+=("$d"); later_total=$(( later_total + $(releases "$d") )); done
latest=(); latest_total=0
for d in $third; do latest+=("$d"); latest_total=$(( latest_total + $(releases "$d") )); done
newest=(); newest_total=0
for d in $fourth; do newest+=("$d"); newest_total=$(( newest_total + $(releases "$d") )); done
fifths=(); fifths_total=0
for d in $fifth; do fifths+=("$d"); fifths_total=$(( fifths_total + $(releases "$d") )); done
sixths=(); sixths_total=0
for d in $sixth; do sixths+=("$d"); sixths_total=$(( sixths_total + $(releases "$d") )); done
sevenths=(); sevenths_total=0
for d in $seventh; do sevenths+=("$d"); sevenths_total=$(( sevenths_total + $(releases "$d") )); done
eighths=(); eighths_total=0
for d in $eighth; do eighths+=("$d"); eighths_total=$(( eighths_total + $(releases "$d") )); done
{
    echo "# Written by held-out.sh (the rule in README.md)."
    echo "# First gathering: $first_total releases in the corpus."
    hold_out "$first_total" "${first[@]}"
    if [ ${#later[@]} -gt 0 ]; then
        echo "# Second gathering: $later_total releases, of companies new to the corpus."
        hold_out "$later_total" "${later[@]}"
    fi
    if [ ${#latest[@]} -gt 0 ]; then
        echo "# Third gathering: $latest_total releases, of companies new to the corpus."
        hold_out "$latest_total" "${latest[@]}"
    fi
    if [ ${#newest[@]} -gt 0 ]; then
        echo "# Fourth gathering: $newest_total releases, of companies new to the corpus."
        hold_out "$newest_total" "${newest[@]}"
    fi
    if [ ${#fifths[@]} -gt 0 ]; then
        echo "# Fifth gathering: $fifths_total releases, of companies new to the corpus."
        hold_out "$fifths_total" "${fifths[@]}"
    fi
    if [ ${#sixths[@]} -gt 0 ]; then
        echo "# Sixth gathering: $sixths_total releases, of companies new to the corpus."
        hold_out "$sixths_total" "${sixths[@]}"
    fi
    if [ ${#sevenths[@]} -gt 0 ]; then
        echo "# Seventh gathering: $sevenths_total releases, of companies new to the corpus."
        hold_out "$sevenths_total" "${sevenths[@]}"
    fi
    if [ ${#eighths[@]} -gt 0 ]; then
        echo "# Eighth gathering: $eighths_total releases, of companies new to the corpus."
        hold_out "$eighths_total" "${eighths[@]}"
    fi
} > HELDOUT
grep -v '^#' HELDOUT | while read -r c; do echo "held out: $c ($(releases "$c") releases)"; done
