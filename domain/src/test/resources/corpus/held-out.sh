#!/usr/bin/env bash
# Applies the held-out rule of README.md and writes HELDOUT: the issuers of the shared five stay in the tuning
# part; the other company folders, sorted by the SHA-256 of their name, are taken in that order until the
# held-out releases are at least one fifth of all releases (the shared five included).
set -euo pipefail
cd "$(dirname "$0")"
total=$(( $(find . -mindepth 2 -maxdepth 2 -name '*.json' -not -path './shared/*' | wc -l) + $(ls shared/*.json | wc -l) ))
held=0
{
    echo "# Written by held-out.sh (the rule in README.md); $total releases in the corpus."
    for company in $(for d in */; do d=${d%/}; case $d in shared|fortuna-silver-mines|excellon-resources|alexco-resource) continue;; esac
                          printf '%s %s\n' "$(printf '%s' "$d" | sha256sum | cut -c1-64)" "$d"; done | sort | cut -d' ' -f2); do
        [ $(( held * 5 )) -ge "$total" ] && break
        echo "$company"
        held=$(( held + $(ls "$company"/*.json | wc -l) ))
    done
} > HELDOUT
echo "held out $held of $total releases:"; grep -v '^#' HELDOUT
