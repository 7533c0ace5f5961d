#!/usr/bin/env bash
# The directory sync at the scale of a whole agency: N people (20,000 unless given) in the test OpenLDAP, read page
# by page into accounts, on SQLite and on PostgreSQL, through the same set-up as ./test.sh (its OpenLDAP, KDC and
# PostgreSQL on 127.0.0.1). Prints how long the first sync took (every account created) and the one after it
# (everybody read again, nothing to change), and writes them into docs/performance.md ("The directory sync").
#   scripts/directory-scale.sh [PEOPLE]
# The suite runs the same test with 520 people (two pages of answers).
set -uo pipefail
cd "$(dirname "$0")/.."
people=${1:-20000}
report=$(mktemp)
MESA_DIRECTORY_PEOPLE="$people" MESA_DIRECTORY_REPORT="$report" MESA_TEST_PROJECTS=Mesa.Web.Tests \
  MESA_TEST_FILTER="FullyQualifiedName~A_sync_reads_a_directory_larger_than_one_page_of_answers" ./test.sh
status=$?
if [[ ! -s $report ]]; then
  echo "directory-scale.sh: the sync wrote no figures"; rm -f "$report"; exit 1
fi

rows=$(awk -F'\t' -v day="$(date +%F)" '{ printf "| %s | %s | %d | %s s (%d a second) | %s s (%d a second) |\n", day, $1, $2, $3, $2 / $3, $4, $2 / $4 }' "$report")
echo "$rows"
python3 - "$rows" <<'PY'
import sys, re
rows = sys.argv[1]
path = "docs/performance.md"
text = open(path, encoding="utf-8").read()
table = ("| date | engine | people | first sync (creates every account) | the next (nothing to change) |\n"
         "|---|---|---|---|---|\n" + rows + "\n")
start, end = "<!-- directory-scale:start -->", "<!-- directory-scale:end -->"
text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: start + "\n" + table + end, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
rm -f "$report"
exit $status
