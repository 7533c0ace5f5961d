#!/usr/bin/env bash
# Starts Dovecot IMAP on 127.0.0.1 for Mesa's tests and benchmarks, from a configuration of its own in DIR:
# any user name signs in with the password "mesa-imap" and gets an empty Maildir. Prints nothing on success.
#   scripts/start-dovecot.sh DIR PORT        start (DIR is emptied first)
#   kill "$(cat DIR/run/master.pid)"         stop
# Keep DIR short: Dovecot's Unix socket paths are limited to about 107 bytes.
set -euo pipefail
DIR=$1 PORT=$2
[[ -f "$DIR/run/master.pid" ]] && kill "$(cat "$DIR/run/master.pid")" 2>/dev/null || true
rm -rf "$DIR" && mkdir -p "$DIR/run" "$DIR/state" "$DIR/mail"
if [[ $(id -u) -eq 0 ]]; then
  internal=dovecot login=dovenull uid=nobody gid=nogroup
  chown nobody:nogroup "$DIR/mail"
else
  internal=$(id -un) login=$(id -un) uid=$(id -un) gid=$(id -gn)
fi
cat > "$DIR/dovecot.conf" <<CONF
base_dir = $DIR/run
state_dir = $DIR/state
log_path = $DIR/dovecot.log
listen = 127.0.0.1
protocols = imap
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# A wrong password is answered at once, with no penalty for 127.0.0.1: the tests try one on purpose.
auth_failure_delay = 0
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
default_internal_user = $internal
default_login_user = $login
passdb {
  driver = static
  args = password=mesa-imap
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$DIR/mail/%u
}
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  separator = /
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $PORT
  }
  inet_listener imaps {
    port = 0
  }
}
CONF
# Dovecot keeps the caller's output open: redirect it, or a piped log never ends.
/usr/sbin/dovecot -c "$DIR/dovecot.conf" > "$DIR/start.log" 2>&1 || { cat "$DIR/start.log" >&2; exit 1; }
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && exit 0; sleep 0.1; done
echo "Dovecot does not answer on 127.0.0.1:$PORT (see $DIR/dovecot.log)" >&2
exit 1
