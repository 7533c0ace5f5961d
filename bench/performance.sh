#!/usr/bin/env bash
# Every figure of the scale work in one command, written to docs/performance.md ("Latest figures").
#   bench/performance.sh [--tickets 1000000] [--seconds 10] [--state /tmp/mesa-perf]
# 1. starts a PostgreSQL cluster of its own on 127.0.0.1 (default durability, as in production);
# 2. fills a seed database with N generated tickets (and N/20 changes) once (bench/Mesa.DataGenerator) and copies it
#    for each run, so that every run starts from the same million tickets and 50,000 changes;
# 3. measures the machine's limits: single-row INSERTs with pgbench and plain Kestrel "hello" (bench/Mesa.Hello);
# 4. starts Mesa (Release, jobs off) on the copy and loads every hot call at 1, 8 and 64 clients (bench/load/run.sh);
# 5. runs the in-process benchmarks (BenchmarkDotNet): the auto-assign sweep and the ANS recomputation;
# 6. writes the tables, the machine and the date between the "latest" marks of docs/performance.md.
# Loopback only, bounded in time (about 15 minutes, plus about 7 for the first generation of a million tickets).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
TICKETS=1000000 SECONDS_PER_RUN=10 STATE=/tmp/mesa-perf
while (($#)); do
  case "$1" in
    --tickets) TICKETS=$2; shift 2;; --seconds) SECONDS_PER_RUN=$2; shift 2;; --state) STATE=$2; shift 2;;
    *) echo "usage: bench/performance.sh [--tickets N] [--seconds S] [--state DIR]" >&2; exit 2;;
  esac
done
mkdir -p "$STATE"
OUT="$STATE/results"
rm -rf "$OUT" && mkdir -p "$OUT"
say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# --- tools ----------------------------------------------------------------------------------------------------------
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
missing=()
[[ -n $PGBIN && -x $PGBIN/initdb ]] || missing+=(postgresql)
[[ -x $PGBIN/pgbench || -x /usr/bin/pgbench ]] || missing+=(postgresql-contrib)
command -v wrk > /dev/null || missing+=(wrk)
if ((${#missing[@]})); then
  [[ $(id -u) -eq 0 ]] || { echo "missing Debian packages: ${missing[*]} (sudo apt-get install -y ${missing[*]})" >&2; exit 1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
PGBENCH=$([[ -x $PGBIN/pgbench ]] && echo "$PGBIN/pgbench" || echo /usr/bin/pgbench)
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() {
  local p
  for p in $(seq "$1" $(($1 + 200))); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done
}

# --- 1. PostgreSQL --------------------------------------------------------------------------------------------------
PGDATA="$STATE/pg"
MESA_PID="" HELLO_PID=""
cleanup() {
  [[ -n $MESA_PID ]] && kill "$MESA_PID" 2> /dev/null
  [[ -n $HELLO_PID ]] && kill "$HELLO_PID" 2> /dev/null
  [[ -f $PGDATA/postmaster.pid ]] && as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop > /dev/null 2>&1
  true
}
trap cleanup EXIT
if [[ ! -f $PGDATA/PG_VERSION ]]; then
  rm -rf "$PGDATA" && mkdir -p "$PGDATA"
  [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$PGDATA" "$STATE"
  as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$STATE/initdb.log"
fi
[[ -f $PGDATA/postmaster.pid ]] && as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop > /dev/null 2>&1 || true
PGPORT=$(free_port 56432)
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -w -l "$STATE/pg.log" \
  -o "-c listen_addresses=127.0.0.1 -c port=$PGPORT -c unix_socket_directories=$STATE -c shared_buffers=1GB -c max_connections=300" \
  start > /dev/null
PG="Host=127.0.0.1;Port=$PGPORT;Username=postgres"
psql_() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -X -q -t -A "$@"; }
say "PostgreSQL $(psql_ -d postgres -c 'SHOW server_version') on port $PGPORT"

say "Building (Release)..."
dotnet build Mesa.slnx -c Release --nologo -v quiet > "$STATE/build.log" 2>&1 || { tail -20 "$STATE/build.log"; exit 1; }

# --- 2. A million tickets, generated once, copied for each run ------------------------------------------------------
# The seed holds the demo's few tickets besides the generated ones.
seeded=$(psql_ -d mesa_perf_seed -c 'SELECT count(*) FROM tickets' 2> /dev/null || echo 0)
# A seed made before the generator wrote changes (one for every twenty tickets) is made again.
changed=$(psql_ -d mesa_perf_seed -c 'SELECT count(*) FROM changes' 2> /dev/null || echo 0)
# A seed whose schema history predates the current squashed Initial migration is made again too.
initial=$(basename "$(ls src/Mesa.Migrations.Postgres/Migrations/*_Initial.cs)" .cs)
history=$(psql_ -d mesa_perf_seed -c 'SELECT min("MigrationId") FROM "__EFMigrationsHistory"' 2> /dev/null || echo none)
if (( seeded < TICKETS || seeded > TICKETS + 100 || changed < TICKETS / 20 )) || [[ "$history" != "$initial" ]]; then
  say "Generating $TICKETS tickets (once)..."
  psql_ -d postgres -c 'DROP DATABASE IF EXISTS mesa_perf_seed WITH (FORCE)'
  dotnet bench/Mesa.DataGenerator/bin/Release/net10.0/Mesa.DataGenerator.dll --provider postgres \
    --connection "$PG;Database=mesa_perf_seed" --tickets "$TICKETS" | tee "$OUT/generation.txt"
fi
# Mesa's own migrations first (a newer schema than the seed's), then the copy every run measures.
dotnet src/Mesa.Web/bin/Release/net10.0/Mesa.Web.dll --urls http://127.0.0.1:0 --Mesa:Database:Provider=postgres \
  "--Mesa:Database:ConnectionString=$PG;Database=mesa_perf_seed" --Mesa:Jobs:Enabled=false --Mesa:DataDir="$STATE/data" \
  > "$STATE/migrate.log" 2>&1 &
MIGRATE_PID=$!
until grep -q "Mesa está lista\|Mesa is ready" "$STATE/migrate.log" 2> /dev/null; do
  kill -0 $MIGRATE_PID 2> /dev/null || { tail -20 "$STATE/migrate.log"; exit 1; }
  sleep 1
done
kill $MIGRATE_PID; wait $MIGRATE_PID 2> /dev/null || true
psql_ -d mesa_perf_seed -c 'VACUUM ANALYZE'
# FILE_COPY copies the files instead of writing the 4 GB through the WAL, whose checkpoints would otherwise stall the
# first minutes of measurement; the CHECKPOINT leaves nothing pending before the clock starts.
psql_ -d postgres -c 'DROP DATABASE IF EXISTS mesa_perf WITH (FORCE)' \
  -c 'CREATE DATABASE mesa_perf TEMPLATE mesa_perf_seed STRATEGY FILE_COPY' -c 'CHECKPOINT'
say "Copied the seed: $(psql_ -d mesa_perf -c 'SELECT count(*) FROM tickets') tickets, $(psql_ -d mesa_perf -c "SELECT pg_size_pretty(pg_database_size('mesa_perf'))")"

# --- 3. The machine's limits ----------------------------------------------------------------------------------------
percentiles() { # a file of latencies in µs, one a line → "p50 p95 p99" in ms
  sort -n "$1" | awk '{ v[NR] = $1 } END {
    n = NR; if (n == 0) { print "0 0 0"; exit }
    i50 = int(n * 0.50); i95 = int(n * 0.95); i99 = int(n * 0.99)
    if (i50 < 1) i50 = 1; if (i95 < 1) i95 = 1; if (i99 < 1) i99 = 1
    printf "%.1f %.1f %.1f\n", v[i50] / 1000, v[i95] / 1000, v[i99] / 1000 }'
}
say "pgbench: single-row INSERTs..."
psql_ -d postgres -c 'DROP DATABASE IF EXISTS mesa_pgbench' -c 'CREATE DATABASE mesa_pgbench'
psql_ -d mesa_pgbench -c 'CREATE TABLE rows (id bigserial PRIMARY KEY, value int NOT NULL, at timestamptz NOT NULL DEFAULT now())'
printf '\\set value random(1, 1000000)\nINSERT INTO rows (value) VALUES (:value);\n' > "$STATE/insert.sql"
: > "$OUT/baselines.tsv"
for clients in 1 8 64; do
  rm -f "$STATE"/pgbench_log.*
  ( cd "$STATE" && "$PGBENCH" -h 127.0.0.1 -p "$PGPORT" -U postgres -n -c "$clients" -j $((clients < 2 ? 1 : 2)) \
      -T "$SECONDS_PER_RUN" -f insert.sql -l mesa_pgbench > "$OUT/pgbench-$clients.txt" 2>&1 )
  cat "$STATE"/pgbench_log.* | awk '{ print $3 }' > "$STATE/latencies"
  read -r p50 p95 p99 <<< "$(percentiles "$STATE/latencies")"
  tps=$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' "$OUT/pgbench-$clients.txt" | head -n 1)
  printf 'PostgreSQL single-row INSERT (pgbench)\t%s\t%s\t%s\t%s\t%.0f\t0\n' "$clients" "$p50" "$p95" "$p99" "$tps" >> "$OUT/baselines.tsv"
done
rm -f "$STATE"/pgbench_log.* "$STATE/latencies"

say "Kestrel hello..."
HELLO_PORT=$(free_port 5190)
dotnet bench/Mesa.Hello/bin/Release/net10.0/Mesa.Hello.dll --urls "http://127.0.0.1:$HELLO_PORT" > "$STATE/hello.log" 2>&1 &
HELLO_PID=$!
until curl -sf "http://127.0.0.1:$HELLO_PORT/" > /dev/null; do sleep 0.5; done
wrk -t2 -c8 -d5s "http://127.0.0.1:$HELLO_PORT/" > /dev/null
for clients in 1 8 64; do
  line=$(wrk -t$((clients < 2 ? 1 : 2)) -c"$clients" -d"${SECONDS_PER_RUN}s" -s bench/load/report.lua "http://127.0.0.1:$HELLO_PORT/" | grep '^RESULT')
  read -r p50 p95 p99 rps _ errors <<< "$(sed -E 's/RESULT p50=([0-9.]+) p95=([0-9.]+) p99=([0-9.]+) rps=([0-9.]+) requests=([0-9]+) errors=([0-9]+)/\1 \2 \3 \4 \5 \6/' <<< "$line")"
  printf 'Kestrel "hello" (plain ASP.NET Core, one route)\t%s\t%s\t%s\t%s\t%s\t%s\n' "$clients" "$p50" "$p95" "$p99" "$rps" "$errors" >> "$OUT/baselines.tsv"
done
kill $HELLO_PID; wait $HELLO_PID 2> /dev/null || true; HELLO_PID=""

# --- 4. Mesa under load ---------------------------------------------------------------------------------------------
MESA_PORT=$(free_port 5090)
say "Mesa on port $MESA_PORT..."
rm -rf "$STATE/data" && mkdir -p "$STATE/data"
# The load comes from one address with a few credentials: the limits per client would measure the limiter, not the desk.
Mesa__DataDir="$STATE/data" Mesa__Database__Provider=postgres Mesa__Database__ConnectionString="$PG;Database=mesa_perf" \
  Mesa__Jobs__Enabled=false Mesa__RateLimits__Enabled=false dotnet src/Mesa.Web/bin/Release/net10.0/Mesa.Web.dll --urls "http://127.0.0.1:$MESA_PORT" \
  > "$STATE/mesa.log" 2>&1 &
MESA_PID=$!
until curl -sf "http://127.0.0.1:$MESA_PORT/health" > /dev/null; do
  kill -0 $MESA_PID 2> /dev/null || { tail -20 "$STATE/mesa.log"; exit 1; }
  sleep 1
done
bench/load/run.sh "http://127.0.0.1:$MESA_PORT" "$SECONDS_PER_RUN" 5
cp bench/load/last-run.tsv "$OUT/mesa.tsv"
MEMORY_MB=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$MESA_PID/status")
kill $MESA_PID; wait $MESA_PID 2> /dev/null || true; MESA_PID=""

# --- 5. In-process benchmarks ---------------------------------------------------------------------------------------
say "BenchmarkDotNet: the auto-assign sweep and the ANS recomputation..."
rm -rf "$STATE/bdn"
MESA_BENCH_POSTGRES="$PG;Database=postgres" dotnet bench/Mesa.Benchmarks/bin/Release/net10.0/Mesa.Benchmarks.dll \
  --filter '*SweepBenchmarks*' '*SlaRecomputeBenchmarks*' --artifacts "$STATE/bdn" > "$OUT/benchmarkdotnet.txt" 2>&1
cp "$STATE"/bdn/results/*-report-github.md "$OUT/"

# --- 6. docs/performance.md -----------------------------------------------------------------------------------------
bench/write-performance.sh "$OUT" "$MEMORY_MB" "$TICKETS" "$SECONDS_PER_RUN" "$(psql_ -d postgres -c 'SHOW server_version')"
say "Done: docs/performance.md"
