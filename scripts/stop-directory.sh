#!/usr/bin/env bash
# Stops what scripts/start-directory.sh DIR started (slapd and the KDC).
#   scripts/stop-directory.sh DIR
set -uo pipefail
DIR=$1
for pidfile in "$DIR/ldap/slapd.pid" "$DIR/krb5/kdc.pid"; do
  [[ -f $pidfile ]] || continue
  pid=$(cat "$pidfile")
  kill "$pid" 2> /dev/null
  for _ in $(seq 50); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
  rm -f "$pidfile"
done
