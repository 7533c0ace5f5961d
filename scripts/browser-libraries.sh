#!/usr/bin/env bash
# The browser libraries of Mesa's pages, from npm, pinned in src/Mesa.Web/package.json.
#   scripts/browser-libraries.sh          copies their built files and licences into src/Mesa.Web/wwwroot/lib
#   scripts/browser-libraries.sh --check  fails when the committed copies differ from the pinned packages (test.sh)
# The copies are committed so that `dotnet run` needs no Node.js; this script is the only way they change.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WEB="$ROOT/src/Mesa.Web"
LIB="$WEB/wwwroot/lib"

npm install --prefix "$WEB" --no-audit --no-fund --loglevel=error --no-save > /dev/null

# package file → copy in wwwroot/lib
declare -A FILES=(
  ["chart.js/dist/chart.umd.min.js"]="chart.js/chart.umd.min.js"
  ["chart.js/LICENSE.md"]="chart.js/LICENSE.md"
)

status=0
for source in "${!FILES[@]}"; do
  from="$WEB/node_modules/$source"
  to="$LIB/${FILES[$source]}"
  if [[ "${1:-}" == "--check" ]]; then
    if ! cmp -s "$from" "$to"; then
      echo "wwwroot/lib/${FILES[$source]} is not the file of the pinned package: run scripts/browser-libraries.sh" >&2
      status=1
    fi
  else
    mkdir -p "$(dirname "$to")"
    cp "$from" "$to"
  fi
done
exit $status
