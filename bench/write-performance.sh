#!/usr/bin/env bash
# Writes the "Latest figures" of docs/performance.md from one run of bench/performance.sh (between the "latest" marks).
#   bench/write-performance.sh RESULTS-DIR PEAK-MEMORY-MB TICKETS SECONDS-PER-RUN POSTGRES-VERSION
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$1 MEMORY_MB=$2 TICKETS=$3 SECONDS_PER_RUN=$4 PG_VERSION=$5
DOC=docs/performance.md

# The targets: p95 at a million tickets, the console's pages under 100 ms, every report over all of them under 1 s.
target_of() {
  case "$1" in
    "Ticket creation"*) echo "rps 500";;
    "Full-text search"*) echo "p95 150";;
    "En curso"*|"Panel counters"*|"A ticket by id"*) echo "p95 50";;
    "Console page"*) echo "p95 100";;
    "Report"*) echo "p95 1000";;
    *) echo "none 0";;
  esac
}
table() { # a TSV of rows → a Markdown table with the target and whether it is met
  echo "| call | clients | p50 ms | p95 ms | p99 ms | requests/s | errors | target |"
  echo "|---|---:|---:|---:|---:|---:|---:|---|"
  while IFS=$'\t' read -r name clients p50 p95 p99 rps errors; do
    read -r kind limit <<< "$(target_of "$name")"
    case $kind in
      p95) verdict=$(awk -v v="$p95" -v l="$limit" 'BEGIN { print (v + 0 < l + 0) ? "met" : "**missed**" }')
           verdict="p95 < $limit ms: $verdict";;
      rps) verdict=$(awk -v v="$rps" -v l="$limit" 'BEGIN { print (v + 0 > l + 0) ? "met" : "**missed**" }')
           verdict="> $limit/s: $verdict";;
      *) verdict="—";;
    esac
    echo "| $name | $clients | $p50 | $p95 | $p99 | $rps | $errors | $verdict |"
  done < "$1"
}

CPU=$(sed -nE 's/^model name\s*: (.*)/\1/p' /proc/cpuinfo | head -n 1)
MEMORY_GB=$(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)
OS=$(. /etc/os-release && echo "$PRETTY_NAME")
DOTNET=$(dotnet --list-runtimes | sed -nE 's/^Microsoft.AspNetCore.App ([0-9.]+).*/\1/p' | tail -n 1)
GROUPED=$(sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<< "$TICKETS")
MEMORY_VERDICT=$([[ $MEMORY_MB -lt 400 ]] && echo "met" || echo "**missed**")

SECTION=$(mktemp)
{
  echo "<!-- latest:begin (written by bench/performance.sh; do not edit by hand) -->"
  echo "## Latest figures"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M') UTC by \`bench/performance.sh\` on $(nproc) cores ($CPU), ${MEMORY_GB} GiB,"
  echo "$OS, ASP.NET Core $DOTNET, PostgreSQL $PG_VERSION (default durability, \`shared_buffers=1GB\`), $GROUPED"
  echo "generated tickets and one change (RFC) for every twenty; ${SECONDS_PER_RUN} s per row after a warm-up. Mesa, PostgreSQL"
  echo "and wrk share the same cores, so every figure is also a share of the machine: read the Mesa rows against the limits"
  echo "measured in the same run."
  echo
  echo "### The limits of this machine"
  echo
  table "$OUT/baselines.tsv"
  echo
  echo "### Mesa on $GROUPED tickets (one instance, PostgreSQL)"
  echo
  table "$OUT/mesa.tsv"
  echo
  echo "App memory: peak resident set of the Mesa process during the run **${MEMORY_MB} MB** (target under 400 MB: $MEMORY_VERDICT)."
  echo
  echo "### In-process (BenchmarkDotNet)"
  echo
  echo "The auto-assign sweep places 10,000 new tickets on PostgreSQL; the recomputation recomputes the due dates of"
  echo "100,000 open tickets in memory. A job runs once at a time across instances (its lock), so it has no"
  echo "concurrency to vary; the ANS job over the whole database is the last row of the table above."
  echo
  for report in "$OUT"/*-report-github.md; do
    [[ -f $report ]] || { echo "(no BenchmarkDotNet result: see $OUT/benchmarkdotnet.txt)"; continue; }
    # BenchmarkDotNet writes the quotes of a description as HTML entities.
    grep -E '^\|' "$report" | sed "s/&#39;//g"
    echo
  done
  echo "<!-- latest:end -->"
} > "$SECTION"

if grep -q '<!-- latest:begin' "$DOC"; then
  awk -v section="$SECTION" '
    /<!-- latest:begin/ { while ((getline line < section) > 0) print line; skipping = 1; next }
    /<!-- latest:end -->/ { skipping = 0; next }
    !skipping { print }' "$DOC" > "$DOC.new"
else
  # The first time: right after the page's opening paragraph, before the first section.
  awk -v section="$SECTION" '
    !done && /^## / { while ((getline line < section) > 0) print line; print ""; done = 1 }
    { print }' "$DOC" > "$DOC.new"
fi
mv "$DOC.new" "$DOC"
cat "$SECTION"
rm -f "$SECTION"
