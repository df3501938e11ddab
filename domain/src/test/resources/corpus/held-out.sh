#!/usr/bin/env bash
# Applies the held-out rule of README.md and writes HELDOUT, once per gathering.
# First gathering (every company folder not listed in a later gathering's file): the issuers of the shared five
# stay in the tuning part; the other company folders, sorted by the SHA-256 of their name, are taken in that order
# until the held-out releases are at least one fifth of all releases of that gathering (the shared five included).
# Later gatherings (the companies listed in SECOND-GATHERING, THIRD-GATHERING and so on, each new to the corpus):
# the same order and the same fifth, over that gathering's releases alone.
# A gathering of releases of companies already in the corpus (lines company/name, from the twenty-third): its releases,
# sorted by the SHA-256 of their name, are taken in that order until at least one fifth of them is held out.
set -euo pipefail
cd "$(dirname "$0")"
later_gatherings=(Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth Thirteenth Fourteenth Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth Twentieth Twenty-first Twenty-second Twenty-third Twenty-fourth Twenty-fifth Twenty-sixth Twenty-seventh Twenty-eighth Twenty-ninth Thirtieth Thirty-first Thirty-second Thirty-third Thirty-fourth Thirty-fifth Thirty-sixth Thirty-seventh Thirty-eighth Thirty-ninth Fortieth Forty-first Forty-second Forty-third)
gathering_companies() { grep -v '^#' "${1^^}-GATHERING" 2>/dev/null || true; }
in_later() { for g in "${later_gatherings[@]}"; do gathering_companies "$g"; done | grep -qx "$1"; }
# a company's releases, those a later gathering of single releases brought (lines company/name) left out: they never
# change which companies the gathering that brought the company holds out
single_releases() { for g in "${later_gatherings[@]}"; do gathering_companies "$g"; done | grep '/' || true; }
releases() { ls "$1"/*.json | sed 's|\.json$||' | grep -cvxF -f <(single_releases; echo '#') || true; }

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
for d in */; do d=${d%/}; [ "$d" = shared ] && continue; in_later "$d" && continue
    first_total=$(( first_total + $(releases "$d") ))
    case $d in fortuna-silver-mines|excellon-resources|alexco-resource) continue;; esac
    first+=("$d"); done
{
    echo "# Written by held-out.sh (the rule in README.md)."
    echo "# First gathering: $first_total releases in the corpus."
    hold_out "$first_total" "${first[@]}"
    for g in "${later_gatherings[@]}"; do
        companies=($(gathering_companies "$g"))
        [ ${#companies[@]} -gt 0 ] || continue
        if [[ ${companies[0]} == */* ]]; then
            echo "# $g gathering: ${#companies[@]} releases, of companies already in the corpus."
            held=0
            for release in $(for r in "${companies[@]}"; do printf '%s %s\n' "$(printf '%s' "${r#*/}" | sha256sum | cut -c1-64)" "$r"; done | sort | cut -d' ' -f2); do
                [ $(( held * 5 )) -ge ${#companies[@]} ] && break
                echo "$release"
                held=$(( held + 1 ))
            done
            continue
        fi
        total=0
        for d in "${companies[@]}"; do total=$(( total + $(releases "$d") )); done
        echo "# $g gathering: $total releases, of companies new to the corpus."
        hold_out "$total" "${companies[@]}"
    done
} > HELDOUT
grep -v '^#' HELDOUT | while read -r c; do
    if [[ $c == */* ]]; then echo "held out: $c"; else echo "held out: $c ($(releases "$c") releases)"; fi
done
