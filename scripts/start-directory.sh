#!/usr/bin/env bash
# Starts a directory for Mesa's tests on 127.0.0.1, from a configuration of its own in DIR (emptied first):
#   - OpenLDAP (slapd) with the suffix dc=mesa,dc=test, LDAP with StartTLS on LDAPPORT and LDAPS on LDAPSPORT, a
#     certificate from a test CA (DIR/cacerts holds it for clients), the password-policy overlay (a locked account
#     cannot bind), and a read-only service account cn=mesa,dc=mesa,dc=test (password "mesa-service");
#     the administrator is cn=admin,dc=mesa,dc=test (password "mesa-ldap");
#   - an MIT Kerberos KDC for the realm MESA.TEST on KDCPORT (UDP and TCP), with the service principal HTTP/localhost
#     (its keytab DIR/http.keytab) and the people ana and beto (client keytabs DIR/ana.keytab, DIR/beto.keytab);
#     DIR/krb5.conf is the configuration clients and the service read (KRB5_CONFIG).
#   scripts/start-directory.sh DIR LDAPPORT LDAPSPORT KDCPORT      start
#   scripts/stop-directory.sh DIR                                  stop
# Prints nothing on success.
set -euo pipefail
DIR=$1 LDAPPORT=$2 LDAPSPORT=$3 KDCPORT=$4
"$(dirname "$0")/stop-directory.sh" "$DIR" 2> /dev/null || true
rm -rf "$DIR" && mkdir -p "$DIR/ldap/data" "$DIR/cacerts" "$DIR/krb5"
DIR=$(cd "$DIR" && pwd)

# --- certificates: a CA of this directory alone, and the server's certificate for localhost and 127.0.0.1 -----
(
  cd "$DIR/ldap"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Mesa test CA" -keyout ca.key -out ca.pem
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' > server.ext
  openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile server.ext -out server.pem
) > "$DIR/ldap/openssl.log" 2>&1
cp "$DIR/ldap/ca.pem" "$DIR/cacerts/mesa-test-ca.pem"
openssl rehash "$DIR/cacerts" > /dev/null 2>&1

# --- OpenLDAP ---------------------------------------------------------------------------------------------
cat > "$DIR/ldap/slapd.conf" <<CONF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/nis.schema
include /etc/ldap/schema/inetorgperson.schema
modulepath /usr/lib/ldap
moduleload back_mdb
moduleload ppolicy
pidfile $DIR/ldap/slapd.pid
argsfile $DIR/ldap/slapd.args
TLSCACertificateFile $DIR/ldap/ca.pem
TLSCertificateFile $DIR/ldap/server.pem
TLSCertificateKeyFile $DIR/ldap/server.key
sizelimit unlimited
database mdb
suffix "dc=mesa,dc=test"
rootdn "cn=admin,dc=mesa,dc=test"
rootpw mesa-ldap
directory $DIR/ldap/data
maxsize 268435456
overlay ppolicy
ppolicy_default "cn=default,ou=policies,dc=mesa,dc=test"
access to attrs=userPassword by anonymous auth by self write by * none
access to * by users read by * none
CONF
cat > "$DIR/ldap/base.ldif" <<LDIF
dn: dc=mesa,dc=test
objectClass: dcObject
objectClass: organization
dc: mesa
o: Mesa test

dn: cn=mesa,dc=mesa,dc=test
objectClass: organizationalRole
objectClass: simpleSecurityObject
cn: mesa
userPassword: mesa-service

dn: ou=policies,dc=mesa,dc=test
objectClass: organizationalUnit
ou: policies

dn: cn=default,ou=policies,dc=mesa,dc=test
objectClass: device
objectClass: pwdPolicy
cn: default
pwdAttribute: userPassword
pwdLockout: TRUE
LDIF
/usr/sbin/slapadd -f "$DIR/ldap/slapd.conf" -l "$DIR/ldap/base.ldif" > "$DIR/ldap/slapadd.log" 2>&1 \
  || { cat "$DIR/ldap/slapadd.log" >&2; exit 1; }
/usr/sbin/slapd -f "$DIR/ldap/slapd.conf" -h "ldap://127.0.0.1:$LDAPPORT/ ldaps://127.0.0.1:$LDAPSPORT/" \
  > "$DIR/ldap/start.log" 2>&1 || { cat "$DIR/ldap/start.log" >&2; exit 1; }

# --- MIT Kerberos --------------------------------------------------------------------------------------------
cat > "$DIR/krb5.conf" <<CONF
[libdefaults]
  default_realm = MESA.TEST
  dns_lookup_kdc = false
  dns_lookup_realm = false
  rdns = false
  dns_canonicalize_hostname = false
[realms]
  MESA.TEST = {
    kdc = 127.0.0.1:$KDCPORT
  }
[domain_realm]
  localhost = MESA.TEST
CONF
cat > "$DIR/krb5/kdc.conf" <<CONF
[kdcdefaults]
  kdc_listen = 127.0.0.1:$KDCPORT
  kdc_tcp_listen = 127.0.0.1:$KDCPORT
[realms]
  MESA.TEST = {
    database_name = $DIR/krb5/principal
    key_stash_file = $DIR/krb5/stash
    acl_file = $DIR/krb5/kadm5.acl
    max_life = 10h
  }
[logging]
  kdc = FILE:$DIR/krb5/kdc.log
CONF
: > "$DIR/krb5/kadm5.acl"
export KRB5_CONFIG="$DIR/krb5.conf" KRB5_KDC_PROFILE="$DIR/krb5/kdc.conf"
{
  /usr/sbin/kdb5_util create -s -r MESA.TEST -P "mesa-kdc-$RANDOM$RANDOM"
  /usr/sbin/kadmin.local -r MESA.TEST -q "addprinc -randkey HTTP/localhost"
  /usr/sbin/kadmin.local -r MESA.TEST -q "ktadd -k $DIR/http.keytab HTTP/localhost"
  for person in ana beto; do
    /usr/sbin/kadmin.local -r MESA.TEST -q "addprinc -randkey $person"
    /usr/sbin/kadmin.local -r MESA.TEST -q "ktadd -k $DIR/$person.keytab $person"
  done
} > "$DIR/krb5/setup.log" 2>&1 || { cat "$DIR/krb5/setup.log" >&2; exit 1; }
/usr/sbin/krb5kdc -P "$DIR/krb5/kdc.pid" > "$DIR/krb5/start.log" 2>&1 || { cat "$DIR/krb5/start.log" >&2; exit 1; }

for port in "$LDAPPORT" "$LDAPSPORT" "$KDCPORT"; do
  for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue 2; sleep 0.1; done
  echo "The directory does not answer on 127.0.0.1:$port (see $DIR/ldap and $DIR/krb5)" >&2
  exit 1
done
