#!/usr/bin/env bash
# The long fuzz: every page and handler of Mesa, for every role (anonymous, requester, agent, supervisor, admin),
# every mutation of every query parameter and form field; 2,000 generated requests on every operation of the API;
# and 3,000 mutated e-mails through the parser and the mail intake; on SQLite and on PostgreSQL, through the same
# set-up as ./test.sh (its own PostgreSQL and Dovecot on 127.0.0.1). Writes its figures into the table of
# docs/security.md ("covers": pages, API operations, or the corpus's messages).
#   scripts/fuzz.sh              a new seed
#   MESA_FUZZ_SEED=123 scripts/fuzz.sh    replays a seed
# The suite runs the same tests short: two mutations per page field (about 3,600 requests per engine), 20 requests
# per API operation, 150 e-mails.
set -uo pipefail
cd "$(dirname "$0")/.."
report=$(mktemp)
started=$(date +%s)
MESA_FUZZ_LONG=1 MESA_FUZZ_REPORT="$report" MESA_TEST_PROJECTS=Mesa.Web.Tests \
  MESA_TEST_FILTER="FullyQualifiedName~Mesa.Web.Tests.Fuzz" ./test.sh
status=$?
minutes=$(( ($(date +%s) - started + 59) / 60 ))
if [[ ! -s $report ]]; then
  echo "fuzz.sh: the fuzz wrote no figures"; rm -f "$report"; exit 1
fi

# One row per target and engine, between the markers of docs/security.md.
rows=$(awk -F'\t' -v day="$(date +%F)" '{ printf "| %s | %s | %s | %d | %d | %d | %d s | %s |\n", day, $1, $2, $4, $5, $6, $7, $3 }' "$report")
python3 - "$rows" "$minutes" <<'PY'
import sys, re
rows, minutes = sys.argv[1], sys.argv[2]
path = "docs/security.md"
text = open(path, encoding="utf-8").read()
table = ("| date | target | engine | requests | covers | 5xx | time | seed |\n"
         "|---|---|---|---|---|---|---|---|\n" + rows + "\n")
text = re.sub(r"(<!-- fuzz:begin -->\n).*?(<!-- fuzz:end -->)", lambda m: m.group(1) + table + m.group(2), text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
rm -f "$report"
echo "docs/security.md updated (${minutes} min)"
exit $status
