#!/usr/bin/env bash
# Runs every test of Mesa. Installs what the tests need when it is missing (Debian packages, as root), starts the
# servers they talk to on 127.0.0.1, runs the suites, stops the servers, and ends with one line:
#   N passed, N failed[, N skipped]
# With CI=true a service that cannot be started is a failure, never a skip.
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
STATE=${MESA_TEST_STATE:-/tmp/mesa-test}
mkdir -p "$STATE"
LOG="$STATE/test.log"
: > "$LOG"

say() { printf '%s\n' "$*"; }
fail_setup() { say "test.sh: $*"; say "0 passed, 1 failed"; exit 1; }

# --- 1. Debian packages --------------------------------------------------------------------------------------
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
missing=()
[[ -n $(pg_bin) && -x "$(pg_bin)/initdb" ]] || missing+=(postgresql)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || missing+=(fonts-dejavu-core)
[[ -x /usr/bin/pdftoppm ]] || missing+=(poppler-utils)  # renders the ticket's PDF report to PNG in the tests
[[ -x /usr/sbin/nginx ]] || missing+=(nginx)            # the balancer in front of two instances (docs/deployment.md)
command -v npm > /dev/null || missing+=(npm)
[[ -x /usr/sbin/dovecot && -x /usr/lib/dovecot/imap ]] || missing+=(dovecot-imapd)
command -v sqlmap > /dev/null || missing+=(sqlmap)        # the SQL injection scan of the API (SqlmapTests)
[[ -x /usr/sbin/slapd ]] || missing+=(slapd)              # the agency's directory (docs/directory.md)
[[ -x /usr/bin/ldapsearch ]] || missing+=(ldap-utils)
[[ -x /usr/sbin/krb5kdc ]] || missing+=(krb5-kdc)         # Windows sign-in (Kerberos) against a KDC of our own
[[ -x /usr/sbin/kadmin.local ]] || missing+=(krb5-admin-server)
[[ -x /usr/bin/kinit ]] || missing+=(krb5-user)
command -v openssl > /dev/null || missing+=(openssl)
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    fail_setup "missing Debian packages: ${missing[*]}. Run as root once, or: sudo apt-get install -y ${missing[*]}"
  fi
  say "Installing ${missing[*]}..."
  # Keep package scripts from starting servers on their default public ports.
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
    >> "$LOG" 2>&1 || { rm -f /usr/sbin/policy-rc.d; fail_setup "apt-get install ${missing[*]} failed (see $LOG)"; }
  rm -f /usr/sbin/policy-rc.d
fi

# --- 2. PostgreSQL on 127.0.0.1, a cluster of our own ----------------------------------------------------------
PGBIN=$(pg_bin)
PGDATA="$STATE/pg"
free_port() {
  local p
  for p in $(seq "$1" $(($1 + 200))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg() { [[ -f "$PGDATA/postmaster.pid" ]] && as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >> "$LOG" 2>&1; }
DOVECOT="$STATE/dv"
stop_dovecot() { [[ -f "$DOVECOT/run/master.pid" ]] && kill "$(cat "$DOVECOT/run/master.pid")" 2>/dev/null; rm -f "$DOVECOT/run/master.pid"; }
DIRECTORY="$STATE/dir"
stop_directory() { scripts/stop-directory.sh "$DIRECTORY" > /dev/null 2>&1; }
trap 'stop_pg; stop_dovecot; stop_directory' EXIT

stop_pg || true
if [[ ! -f "$PGDATA/PG_VERSION" ]]; then
  rm -rf "$PGDATA" && mkdir -p "$PGDATA"
  [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$PGDATA" "$STATE"
  as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >> "$LOG" 2>&1 \
    || fail_setup "initdb failed (see $LOG)"
fi
PGPORT=$(free_port 55432)
# Durability settings are off: a test database is thrown away, and this makes the suite several times faster.
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -w -l "$STATE/pg.log" \
  -o "-c listen_addresses=127.0.0.1 -c port=$PGPORT -c unix_socket_directories=$STATE -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >> "$LOG" 2>&1 || fail_setup "PostgreSQL did not start (see $STATE/pg.log)"
export MESA_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"
# Databases a killed earlier run left behind (each fixture's, and the templates they are copied from).
for db in $(as_pg "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -Atc \
  "SELECT datname FROM pg_database WHERE datname ~ '^mesa_(test|e2e|template)_[0-9a-f]{32}$'" 2>> "$LOG"); do
  as_pg "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >> "$LOG" 2>&1
done
rm -rf "${TMPDIR:-/tmp}/mesa-tests" "${TMPDIR:-/tmp}/mesa-e2e"

# --- 3. Dovecot IMAP on 127.0.0.1 (scripts/start-dovecot.sh): any user name signs in with one password ---------
# The mail-fetch tests deliver messages by IMAP APPEND and let Mesa read, move and thread them.
IMAPPORT=$(free_port 51143)
scripts/start-dovecot.sh "$DOVECOT" "$IMAPPORT" >> "$LOG" 2>&1 \
  || fail_setup "Dovecot did not start (see $LOG and $DOVECOT/dovecot.log)"
export MESA_TEST_IMAP="127.0.0.1:$IMAPPORT"

# --- 4. OpenLDAP and a Kerberos KDC on 127.0.0.1 (scripts/start-directory.sh) ---------------------------------
# Each directory test works in a branch of its own; the Windows sign-in tests get tickets for ana and beto by keytab.
LDAPPORT=$(free_port 53389)
LDAPSPORT=$(free_port $((LDAPPORT + 1)))
KDCPORT=$(free_port 53088)
scripts/start-directory.sh "$DIRECTORY" "$LDAPPORT" "$LDAPSPORT" "$KDCPORT" >> "$LOG" 2>&1 \
  || fail_setup "OpenLDAP or the Kerberos KDC did not start (see $LOG and $DIRECTORY)"
export MESA_TEST_LDAP="127.0.0.1:$LDAPPORT:$LDAPSPORT" MESA_TEST_DIRECTORY="$DIRECTORY"
# The GSSAPI library reads its realm and KDC from here, in the test processes and in the browsers they start.
export KRB5_CONFIG="$DIRECTORY/krb5.conf"

# --- 5. Browser-side test tools from npm (axe-core), pinned in tests/Mesa.E2E.Tests/package.json ------------------
E2E="$ROOT/tests/Mesa.E2E.Tests"
if [[ ! -f "$E2E/node_modules/axe-core/axe.min.js" ]]; then
  say "Installing axe-core..."
  npm install --prefix "$E2E" --no-audit --no-fund --loglevel=error >> "$LOG" 2>&1 \
    || fail_setup "npm install in tests/Mesa.E2E.Tests failed (see $LOG)"
fi
export MESA_ARTIFACTS=${MESA_ARTIFACTS:-$ROOT/artifacts/e2e}
# The pages' own libraries (Chart.js) are committed copies of pinned npm packages: they must still be those packages.
"$ROOT/scripts/browser-libraries.sh" --check >> "$LOG" 2>&1 \
  || fail_setup "src/Mesa.Web/wwwroot/lib differs from src/Mesa.Web/package.json: run scripts/browser-libraries.sh (see $LOG)"

# --- 6. The suites ---------------------------------------------------------------------------------------------
passed=0 failed=0 skipped=0
say "Building..."
if ! dotnet build Mesa.slnx -c Release --nologo -v quiet > "$STATE/build.log" 2>&1; then
  grep -E 'error' "$STATE/build.log" | sort -u | head -40
  say "0 passed, 1 failed"
  exit 1
fi

# MESA_TEST_FILTER (a dotnet test --filter) and MESA_TEST_PROJECTS (names, space-separated) narrow the run for the
# long commands that reuse this set-up (scripts/fuzz.sh); the suite itself runs everything.
FILTER=${MESA_TEST_FILTER:-}
if [[ -n $FILTER ]]; then
  say "Formatting not checked (a filtered run)."
elif say "Checking formatting..." && dotnet format Mesa.slnx --verify-no-changes --no-restore > "$STATE/format.log" 2>&1; then
  passed=$((passed + 1))
else
  head -40 "$STATE/format.log"; say "dotnet format found files to fix (run: dotnet format Mesa.slnx)"
  failed=$((failed + 1))
fi

status=0
# Runs one test project (with an optional filter) and adds its counts to the totals.
run_tests() {
  local project=$1 filter=$2 out=$3
  # Each run's results with every test's duration stay beside its log ($out with .trx), for finding the slow ones.
  dotnet test "$project" -c Release --no-build --nologo ${filter:+--filter "$filter"} \
    --logger "trx;LogFileName=$(basename "${out%.log}").trx" --results-directory "$STATE" > "$out" 2>&1 || status=1
  # Show each failure with its message and the first lines of its stack.
  grep -E -A12 '^\s+Failed [A-Za-z]' "$out" | head -150
  local line
  line=$(grep -E '(Passed|Failed)!\s+- Failed:' "$out" | tail -n 1)
  if [[ -z $line ]]; then
    tail -20 "$out"; failed=$((failed + 1)); status=1; return
  fi
  say "$line"
  local f p s
  f=$(sed -E 's/.*Failed:\s+([0-9]+).*/\1/' <<< "$line")
  p=$(sed -E 's/.*Passed:\s+([0-9]+).*/\1/' <<< "$line")
  s=$(sed -E 's/.*Skipped:\s+([0-9]+).*/\1/' <<< "$line")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
}

for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  [[ -n ${MESA_TEST_PROJECTS:-} && " $MESA_TEST_PROJECTS " != *" $name "* ]] && continue
  say "Testing $name..."
  if [[ $name == Mesa.Web.Tests && -z $FILTER ]]; then
    # The Web suite records every answer the API gives; then the OpenAPI document is held to them (ApiAnswersTests).
    export MESA_API_ANSWERS="$STATE/api-answers.txt"
    rm -f "$MESA_API_ANSWERS"
    run_tests "$project" "Category!=ApiAnswers" "$STATE/$name.log"
    say "Comparing the OpenAPI document with the answers the suite saw..."
    run_tests "$project" "Category=ApiAnswers" "$STATE/$name.answers.log"
    unset MESA_API_ANSWERS
  else
    run_tests "$project" "$FILTER" "$STATE/$name.log"
  fi
done

((failed > 0)) && status=1
summary="$passed passed, $failed failed"
((skipped > 0)) && summary+=", $skipped skipped"
say "$summary"
exit $status
