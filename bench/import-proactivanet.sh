#!/usr/bin/env bash
# The ProactivaNET import at full size: a generated export of 100,000 tickets (every state of the guide, substates,
# ratings, solutions) and their actions, imported through the API into a fresh Mesa on PostgreSQL (and SQLite with
# --sqlite), timed from the upload to the end of the report. The suite runs the same test on 2,000 tickets.
#   bench/import-proactivanet.sh [--tickets 100000] [--sqlite] [--state /tmp/mesa-import-bench]
# Starts a PostgreSQL cluster of its own on 127.0.0.1 and stops it at the end; loopback only, a few minutes at most.
set -euo pipefail
cd "$(dirname "$0")/.."
TICKETS=100000 STATE=/tmp/mesa-import-bench FILTER="ProactivaNetImportOnPostgres.A_generated"
while (($#)); do
  case "$1" in
    --tickets) TICKETS=$2; shift 2;; --state) STATE=$2; shift 2;;
    --sqlite) FILTER="ProactivaNetImportOn&FullyQualifiedName~A_generated"; shift;;
    *) echo "usage: bench/import-proactivanet.sh [--tickets N] [--sqlite] [--state DIR]" >&2; exit 2;;
  esac
done
mkdir -p "$STATE"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -n $PGBIN && -x $PGBIN/initdb ]] || { echo "missing Debian package: postgresql" >&2; exit 1; }
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
PGDATA="$STATE/pg"
cleanup() { [[ -f $PGDATA/postmaster.pid ]] && as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop > /dev/null 2>&1; true; }
trap cleanup EXIT
if [[ ! -f $PGDATA/PG_VERSION ]]; then
  mkdir -p "$PGDATA"
  [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$PGDATA" "$STATE"
  as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$STATE/initdb.log"
fi
PGPORT=56532
while (exec 3<>"/dev/tcp/127.0.0.1/$PGPORT") 2>/dev/null; do PGPORT=$((PGPORT + 1)); done
# Default durability, as in production.
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -w -l "$STATE/pg.log" \
  -o "-c listen_addresses=127.0.0.1 -c port=$PGPORT -c unix_socket_directories=$STATE -c max_connections=100" start > /dev/null

dotnet build tests/Mesa.Web.Tests -c Release --nologo -v quiet > "$STATE/build.log" 2>&1 || { tail -20 "$STATE/build.log"; exit 1; }
MESA_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres" MESA_IMPORT_TICKETS=$TICKETS \
  dotnet test tests/Mesa.Web.Tests -c Release --no-build --nologo --filter "FullyQualifiedName~$FILTER" \
  --logger "console;verbosity=detailed" > "$STATE/test.log" 2>&1 || { grep -E -A20 "Failed |error" "$STATE/test.log" | head -40; exit 1; }
grep -E "^\s*IMPORT " "$STATE/test.log" | sed 's/^\s*IMPORT /import: /'
