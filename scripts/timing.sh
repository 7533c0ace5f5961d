#!/usr/bin/env bash
# Whether an account exists cannot be learnt from how long the account pages take: registration, password reset and
# sign-in link, 300 interleaved pairs each (an address or name with an account, one with none), on SQLite and on
# PostgreSQL, through the same set-up as ./test.sh. Fails when a page's two timings can be told apart (Mann-Whitney
# p < 0.01 and a median gap over 1 ms), and writes its figures into the timing table of docs/security.md.
#   scripts/timing.sh
set -uo pipefail
cd "$(dirname "$0")/.."
report=$(mktemp)
MESA_TIMING_LONG=1 MESA_TIMING_REPORT="$report" MESA_TEST_PROJECTS=Mesa.Web.Tests \
  MESA_TEST_FILTER="FullyQualifiedName~Mesa.Web.Tests.Security.AccountTiming" ./test.sh
status=$?
if [[ ! -s $report ]]; then
  echo "timing.sh: the measurement wrote no figures"; rm -f "$report"; exit 1
fi

rows=$(awk -F'\t' -v day="$(date +%F)" '{ printf "| %s | %s | %s | %d | %s ms | %s ms | %s |\n", day, $1, $2, $3, $4, $5, $6 }' "$report")
python3 - "$rows" <<'PY'
import sys, re
rows = sys.argv[1]
path = "docs/security.md"
text = open(path, encoding="utf-8").read()
table = ("| date | engine | page | pairs | median, account | median, nobody | p |\n"
         "|---|---|---|---|---|---|---|\n" + rows + "\n")
text = re.sub(r"(<!-- timing:begin -->\n).*?(<!-- timing:end -->)", lambda m: m.group(1) + table + m.group(2), text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
rm -f "$report"
echo "docs/security.md updated"
exit $status
