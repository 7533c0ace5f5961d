#!/usr/bin/env bash
# The long SQL injection scan: sqlmap (the Debian package) against every operation of the API's OpenAPI document
# (query parameters, path parameters and JSON bodies), at level 2 with the boolean, error, union and stacked
# techniques (time-based blind costs minutes a parameter), asked as the person the access matrix lets through, on SQLite and on PostgreSQL,
# through the same set-up as ./test.sh (Mesa listens on 127.0.0.1 only). Fails on any finding or any server error,
# and writes its figures into the sqlmap table of docs/security.md.
#   scripts/sqlmap.sh
# The suite runs the same test short: the ticket list's query, a ticket id in the path and a registration's body,
# at level 1 and risk 1.
set -uo pipefail
cd "$(dirname "$0")/.."
report=$(mktemp)
MESA_SQLMAP_LONG=1 MESA_SQLMAP_REPORT="$report" MESA_TEST_PROJECTS=Mesa.Web.Tests \
  MESA_TEST_FILTER="FullyQualifiedName~Mesa.Web.Tests.Security.Sqlmap" ./test.sh
status=$?
if [[ ! -s $report ]]; then
  echo "sqlmap.sh: the scan wrote no figures"; rm -f "$report"; exit 1
fi

rows=$(awk -F'\t' -v day="$(date +%F)" '{ printf "| %s | %s | %s | %d | %d | %d | %d | %d s |\n", day, $1, $7, $2, $3, $4, $5, $6 }' "$report")
python3 - "$rows" <<'PY'
import sys, re
rows = sys.argv[1]
path = "docs/security.md"
text = open(path, encoding="utf-8").read()
table = ("| date | engine | level/risk, techniques | targets | requests | 5xx | findings | time |\n"
         "|---|---|---|---|---|---|---|---|\n" + rows + "\n")
text = re.sub(r"(<!-- sqlmap:begin -->\n).*?(<!-- sqlmap:end -->)", lambda m: m.group(1) + table + m.group(2), text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
rm -f "$report"
echo "docs/security.md updated"
exit $status
