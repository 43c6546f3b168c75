#!/usr/bin/env bash
# The certificate authority of a Tongban Kafka cluster and the certificates it issues.
# Every client of the broker (each county node, the national node, operators) authenticates
# with a certificate of this CA (mutual TLS); the broker maps the certificate's CN to the
# principal its ACLs name (User:<CN>). One script for the local servers, the compose file and
# the tests, so all three run the same cluster security.
#
#   kafka-pki.sh ca <dir>                   the CA (<dir>/ca.key.pem, ca.cert.pem), made once
#   kafka-pki.sh issue <dir> <name> [san]   a key and certificate for CN=<name>, signed by the
#                                           CA: <name>.key.pem, <name>.cert.pem and
#                                           <name>.keystore.pem (key + chain, for Java clients);
#                                           san: subjectAltName for a server, e.g.
#                                           "IP:127.0.0.1,DNS:localhost"
#
# A name is the principal: a node's NODE_ID, "broker", "admin". Issuing again keeps a
# certificate the CA signed and that is valid for another 30 days.
set -euo pipefail

DAYS_VALID=825
RENEW_WITHIN_SECONDS=$((30 * 24 * 3600))

die() {
  printf 'kafka-pki: %s\n' "$*" >&2
  exit 1
}

make_ca() {
  local dir=$1
  mkdir -p "$dir"
  [[ -s "$dir/ca.cert.pem" && -s "$dir/ca.key.pem" ]] && return 0
  # umask: private keys are readable by their owner only.
  (umask 077 && openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$dir/ca.key.pem.tmp")
  openssl req -x509 -new -key "$dir/ca.key.pem.tmp" -sha256 -days 3650 \
    -subj "/O=Tongban/CN=Tongban Kafka CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out "$dir/ca.cert.pem.tmp" 2>/dev/null
  mv "$dir/ca.key.pem.tmp" "$dir/ca.key.pem"
  mv "$dir/ca.cert.pem.tmp" "$dir/ca.cert.pem"
}

issue() {
  local dir=$1 name=$2 san=${3:-}
  [[ "$name" =~ ^[a-z][a-z0-9-]{1,30}$ ]] || die "name '$name' must be lowercase letters, digits and dashes"
  [[ -s "$dir/ca.cert.pem" ]] || die "no CA in $dir (run: $0 ca $dir)"
  local key="$dir/$name.key.pem" cert="$dir/$name.cert.pem"
  if [[ -s "$cert" && -s "$key" ]] &&
    openssl verify -CAfile "$dir/ca.cert.pem" "$cert" >/dev/null 2>&1 &&
    openssl x509 -in "$cert" -noout -checkend "$RENEW_WITHIN_SECONDS" >/dev/null; then
    return 0
  fi
  local work
  work="$(mktemp -d "$dir/.issue.XXXXXX")"
  # shellcheck disable=SC2064 # expand now: the trap runs after this function returned
  trap "rm -rf '$work'" RETURN
  (umask 077 && openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/key.pem")
  openssl req -new -key "$work/key.pem" -subj "/O=Tongban/CN=$name" -out "$work/csr.pem"
  {
    echo "basicConstraints=critical,CA:FALSE"
    echo "keyUsage=critical,digitalSignature"
    echo "extendedKeyUsage=serverAuth,clientAuth"
    [[ -n "$san" ]] && echo "subjectAltName=$san"
  } >"$work/ext.cnf"
  # A random serial, not a serial file: tests issue certificates in parallel.
  openssl x509 -req -in "$work/csr.pem" -CA "$dir/ca.cert.pem" -CAkey "$dir/ca.key.pem" \
    -set_serial "0x$(openssl rand -hex 16)" -days "$DAYS_VALID" -sha256 \
    -extfile "$work/ext.cnf" -out "$work/cert.pem" 2>/dev/null
  (umask 077 && cat "$work/key.pem" "$work/cert.pem" "$dir/ca.cert.pem" >"$work/keystore.pem")
  mv "$work/key.pem" "$key"
  mv "$work/keystore.pem" "$dir/$name.keystore.pem"
  mv "$work/cert.pem" "$cert"
}

command -v openssl >/dev/null || die "openssl not found"
case "${1:-}" in
  ca) [[ $# -eq 2 ]] || die "usage: $0 ca <dir>"; make_ca "$2" ;;
  issue) [[ $# -ge 3 && $# -le 4 ]] || die "usage: $0 issue <dir> <name> [san]"; issue "$2" "$3" "${4:-}" ;;
  *) die "usage: $0 ca <dir> | issue <dir> <name> [san]" ;;
esac
