#!/usr/bin/env bash
# HTTP load on a running Mesa (issue 8): every hot call at 1, 8 and 64 concurrent clients, bounded in time, loopback only.
#   bench/load/run.sh http://127.0.0.1:5090 [seconds-per-run]
# Prints a Markdown table (p50/p95/p99 in ms, requests per second, errors) and writes it to bench/load/last-run.md.
set -euo pipefail
URL=${1:?usage: run.sh http://127.0.0.1:PORT [seconds]}
SECONDS_PER_RUN=${2:-10}
HERE=$(cd "$(dirname "$0")" && pwd)
case "$URL" in http://127.*|http://localhost*) ;; *) echo "load runs only against loopback" >&2; exit 2;; esac

token() {
  curl -s -u "$1:Mesa-Demo-2025" -H 'Content-Type: application/json' "$URL/api/v1/tokens" -d '{"name":"carga"}' \
    | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
AGENT=$(token agente1)
USER_TOKEN=$(token usuario1)
SUPERVISOR=$(token supervisor1)
# The console's pages run on the sign-in cookie: sign in once through the form, as a browser does.
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
FORM_TOKEN=$(curl -s -c "$JAR" "$URL/account/sign-in" | sed -nE 's/.*name="__RequestVerificationToken" type="hidden" value="([^"]+)".*/\1/p' | head -n 1)
curl -s -b "$JAR" -c "$JAR" -o /dev/null "$URL/account/sign-in" --data-urlencode "__RequestVerificationToken=$FORM_TOKEN" \
  --data-urlencode "Input.UserName=agente1" --data-urlencode "Input.Password=Mesa-Demo-2025"
COOKIE=$(awk '$6 ~ /^\.Mesa\./ { printf "%s=%s; ", $6, $7 }' "$JAR")
TICKET=$(curl -s -H "Authorization: Bearer $AGENT" "$URL/api/v1/tickets?view=assigned-to-me&pageSize=1" \
  | sed -E 's/.*"items":\[\{"id":([0-9]+).*/\1/')

declare -a NAMES PATHS TOKENS CREATE
# A token starting with "Cookie:" is sent as that cookie header instead of a bearer token.
add() { NAMES+=("$1"); PATHS+=("$2"); TOKENS+=("$3"); CREATE+=("${4:-0}"); }
add "En curso: a group's open tickets by due date (50 rows)" "/api/v1/tickets?view=my-groups&sort=due-date&pageSize=50" "$AGENT"
add "Panel counters" "/api/v1/dashboard/counters" "$SUPERVISOR"
add "A ticket by id" "/api/v1/tickets/$TICKET" "$AGENT"
add "Full-text search (\"impresora\")" "/api/v1/tickets?view=all-open&q=impresora&pageSize=50" "$AGENT"
add "Ticket creation" "/api/v1/tickets" "$USER_TOKEN" 1
add "Console page: Panel inicial (HTML)" "/agent" "Cookie: $COOKIE"
add "Console page: En curso, a group's open tickets by due date (HTML)" "/agent/tickets?view=my-groups&sort=due-date" "Cookie: $COOKIE"

OUT="$HERE/last-run.md"
{
  echo "| call | clients | p50 ms | p95 ms | p99 ms | requests/s | errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
} > "$OUT"
for i in "${!NAMES[@]}"; do
  for clients in 1 8 64; do
    threads=$(( clients < 2 ? 1 : 2 ))
    if [[ ${TOKENS[$i]} == Cookie:* ]]; then header=${TOKENS[$i]}; else header="Authorization: Bearer ${TOKENS[$i]}"; fi
    line=$(MESA_LOAD_CREATE=${CREATE[$i]} wrk -t"$threads" -c"$clients" -d"${SECONDS_PER_RUN}s" --timeout 10s -s "$HERE/report.lua" \
      -H "$header" "$URL${PATHS[$i]}" | grep '^RESULT')
    read -r p50 p95 p99 rps _ errors <<< "$(sed -E 's/RESULT p50=([0-9.]+) p95=([0-9.]+) p99=([0-9.]+) rps=([0-9]+) requests=([0-9]+) errors=([0-9]+)/\1 \2 \3 \4 \5 \6/' <<< "$line")"
    echo "| ${NAMES[$i]} | $clients | $p50 | $p95 | $p99 | $rps | $errors |" | tee -a "$OUT"
  done
done
