#!/usr/bin/env bash
# HTTP load on a running Mesa: every hot call at 1, 8 and 64 concurrent clients, bounded in time, loopback
# only. Each call is first warmed up (the runtime compiles its hot paths in tiers during the first seconds).
#   bench/load/run.sh http://127.0.0.1:5090 [seconds-per-run] [warm-up-seconds]
# Prints a Markdown table (p50/p95/p99 in ms, requests per second, errors), writes it to bench/load/last-run.md and,
# tab-separated, to bench/load/last-run.tsv (bench/performance.sh builds docs/performance.md from it).
set -euo pipefail
URL=${1:?usage: run.sh http://127.0.0.1:PORT [seconds] [warm-up seconds]}
SECONDS_PER_RUN=${2:-10}
WARMUP=${3:-5}
HERE=$(cd "$(dirname "$0")" && pwd)
case "$URL" in http://127.*|http://localhost*) ;; *) echo "load runs only against loopback" >&2; exit 2;; esac

token() {
  curl -sf -u "$1:Mesa-Demo-2025" -H 'Content-Type: application/json' "$URL/api/v1/tokens" -d '{"name":"carga"}' \
    | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
AGENT=$(token agente1)
USER_TOKEN=$(token usuario1)
SUPERVISOR=$(token supervisor1)
ADMIN=$(token admin)
# The console's pages run on the sign-in cookie: sign in once through the form, as a browser does.
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
FORM_TOKEN=$(curl -s -c "$JAR" "$URL/account/sign-in" | sed -nE 's/.*name="__RequestVerificationToken" type="hidden" value="([^"]+)".*/\1/p' | head -n 1)
curl -s -b "$JAR" -c "$JAR" -o /dev/null "$URL/account/sign-in" --data-urlencode "__RequestVerificationToken=$FORM_TOKEN" \
  --data-urlencode "Input.UserName=agente1" --data-urlencode "Input.Password=Mesa-Demo-2025"
COOKIE=$(awk '$6 ~ /^\.Mesa\./ { printf "%s=%s; ", $6, $7 }' "$JAR")
TICKET=$(curl -s -H "Authorization: Bearer $AGENT" "$URL/api/v1/tickets?view=assigned-to-me&pageSize=1" \
  | sed -E 's/.*"items":\[\{"id":([0-9]+).*/\1/')
NEW_TICKET='{"type":"incident","title":"La impresora no imprime","description":"Los documentos quedan en cola.","service":"Soporte Técnico","category":"/Hardware/Impresoras","impact":"medium","urgency":"high"}'

# One row per call: name, path, credential (a token, or "Cookie: …"), method, body, client counts.
declare -a NAMES PATHS CREDENTIALS METHODS BODIES CLIENTS
add() { NAMES+=("$1"); PATHS+=("$2"); CREDENTIALS+=("$3"); METHODS+=("${4:-GET}"); BODIES+=("${5:-}"); CLIENTS+=("${6:-1 8 64}"); }
add "En curso: a group's open tickets by due date (API, 50 rows)" "/api/v1/tickets?view=my-groups&sort=due-date&pageSize=50" "$AGENT"
add "Panel counters (API)" "/api/v1/dashboard/counters" "$SUPERVISOR"
add "A ticket by id (API)" "/api/v1/tickets/$TICKET" "$AGENT"
add "Full-text search \"impresora\" over open tickets (API)" "/api/v1/tickets?view=all-open&q=impresora&pageSize=50" "$AGENT"
add "Ticket creation (API)" "/api/v1/tickets" "$USER_TOKEN" POST "$NEW_TICKET"
add "Console page: Panel inicial (HTML)" "/agent" "Cookie: $COOKIE"
add "Console page: En curso, a group's open tickets by due date (HTML)" "/agent/tickets?view=my-groups&sort=due-date" "Cookie: $COOKIE"
add "Console page: a ticket (HTML)" "/agent/tickets/$TICKET" "Cookie: $COOKIE"
# Guía §4: every report over every ticket of the seed (ten years), grouped by month, as a supervisor reads it; one
# client, as a person waits for one report (the live board shares one figure among its viewers).
SINCE="$(date -u -d '11 years ago' +%Y)-01-01"
for report in sla times satisfaction flow backlog reopenings first-contact escalation workload top; do
  add "Report $report, ten years by month (API)" "/api/v1/reports/$report?from=$SINCE&by=month" "$SUPERVISOR" GET "" "1"
done
# A job runs once at a time across instances (its lock), so more clients would only queue: one client.
add "ANS recomputation: the sla-check job over every open ticket (admin API)" "/api/v1/admin/jobs/sla-check/run" "$ADMIN" POST "{}" "1"

measure() { # clients seconds index → the RESULT line of wrk
  local i=$3 header threads=$(( $1 < 2 ? 1 : 2 ))
  if [[ ${CREDENTIALS[$i]} == Cookie:* ]]; then header=${CREDENTIALS[$i]}; else header="Authorization: Bearer ${CREDENTIALS[$i]}"; fi
  MESA_LOAD_METHOD=${METHODS[$i]} MESA_LOAD_BODY=${BODIES[$i]} wrk -t"$threads" -c"$1" -d"$2s" --timeout 10s \
    -s "$HERE/report.lua" -H "$header" "$URL${PATHS[$i]}" | grep '^RESULT'
}

OUT="$HERE/last-run.md"
TSV="$HERE/last-run.tsv"
: > "$TSV"
{
  echo "| call | clients | p50 ms | p95 ms | p99 ms | requests/s | errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
} > "$OUT"
for i in "${!NAMES[@]}"; do
  warm=8; [[ ${CLIENTS[$i]} == "1" ]] && warm=1
  if (( WARMUP > 0 )); then measure "$warm" "$WARMUP" "$i" > /dev/null; fi
  for clients in ${CLIENTS[$i]}; do
    line=$(measure "$clients" "$SECONDS_PER_RUN" "$i")
    read -r p50 p95 p99 rps _ errors <<< "$(sed -E 's/RESULT p50=([0-9.]+) p95=([0-9.]+) p99=([0-9.]+) rps=([0-9.]+) requests=([0-9]+) errors=([0-9]+)/\1 \2 \3 \4 \5 \6/' <<< "$line")"
    echo "| ${NAMES[$i]} | $clients | $p50 | $p95 | $p99 | $rps | $errors |" | tee -a "$OUT"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${NAMES[$i]}" "$clients" "$p50" "$p95" "$p99" "$rps" "$errors" >> "$TSV"
  done
done
