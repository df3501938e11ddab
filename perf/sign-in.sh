#!/bin/bash
# Signs in COUNT times as USER through the login form, as a browser does, and prints, one session a line, the
# session's cookies as a Cookie header's value: JSESSIONID and, the portal being distributable, JSESSIONIDVERSION
# (Payara's replicated sessions want both back; a postback without the second finds its view expired).
# usage: sign-in.sh BASE_URL USER PASSWORD COUNT
set -euo pipefail
base=$1 user=$2 password=$3 count=$4
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
for _ in $(seq 1 "$count"); do
  : > "$jar"
  state=$(curl -sf -c "$jar" -b "$jar" "$base/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -sf -c "$jar" -b "$jar" -o /dev/null -H "Origin: $base" \
    --data-urlencode "login=login" --data-urlencode "login:username=$user" --data-urlencode "login:password=$password" \
    --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml"
  awk '$6 ~ /^JSESSIONID/ { cookies = cookies (cookies == "" ? "" : ";") $6 "=" $7 } END { print cookies }' "$jar"
done
