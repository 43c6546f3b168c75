# shellcheck shell=bash disable=SC2034  # variables are used by the scripts that source this
# Shared settings and helpers for infra-up.sh / infra-down.sh / infra-status.sh.
# Sourced, not executed.

# --- Locations --------------------------------------------------------------
# Derive everything from this file's location so the repo can live anywhere
# (CI clones it into a different folder).
LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$LOCAL_DIR/../.." && pwd)"
INFRA_DIR="${TONGBAN_INFRA_DIR:-$REPO_ROOT/.infra}"

# As root, PostgreSQL runs as the postgres OS user, which must reach its data dir. A checkout
# under a private directory (mktemp's 0700, a home dir) is out of its reach; the cluster then
# lives under /var/tmp, keyed by this checkout's path so two checkouts never share one.
pg_dir_default() {
  if [[ $EUID -eq 0 ]] && id postgres >/dev/null 2>&1 &&
    ! runuser -u postgres -- test -x "$(dirname "$INFRA_DIR")" 2>/dev/null; then
    printf '/var/tmp/tongban-pg-%s\n' "$(printf '%s' "$INFRA_DIR" | sha1sum | cut -c1-10)"
  else
    printf '%s/postgres\n' "$INFRA_DIR"
  fi
}
PG_DIR="${TONGBAN_PG_DIR:-$(pg_dir_default)}"
PG_DATA="$PG_DIR/data"
PG_LOG="$PG_DIR/postgres.log"
PG_BIN="${TONGBAN_PG_BIN:-/usr/lib/postgresql/15/bin}"

KAFKA_DIR="$INFRA_DIR/kafka"
KAFKA_LIBS="$KAFKA_DIR/libs"
KAFKA_DATA="$KAFKA_DIR/data"
KAFKA_CONF="$KAFKA_DIR/server.properties"
KAFKA_PID="$KAFKA_DIR/kafka.pid"
KAFKA_LOG="$KAFKA_DIR/kafka.log"
KAFKA_POM="$LOCAL_DIR/kafka/pom.xml"
KAFKA_PKI="$KAFKA_DIR/pki"
KAFKA_ADMIN_PROPERTIES="$KAFKA_DIR/admin.properties"
PKI_SCRIPT="$REPO_ROOT/deploy/pki/kafka-pki.sh"

S3_DIR="$INFRA_DIR/s3proxy"
S3_DATA="$S3_DIR/data"
S3_CONF="$S3_DIR/s3proxy.conf"
S3_PID="$S3_DIR/s3proxy.pid"
S3_LOG="$S3_DIR/s3proxy.log"

ENV_FILE="$INFRA_DIR/env"

# --- Ports, credentials, versions ------------------------------------------
PG_PORT="${TONGBAN_PG_PORT:-55432}"
PG_USER=postgres
PG_PASSWORD=postgres
PG_MAX_CONNECTIONS="${TONGBAN_PG_MAX_CONNECTIONS:-300}"

KAFKA_PORT="${TONGBAN_KAFKA_PORT:-59092}"
KAFKA_CONTROLLER_PORT="${TONGBAN_KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}"
# Single source of truth for the Kafka version is the pom.
KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$KAFKA_POM" | head -n1)"
KAFKA_MIN_JAVA=17 # Kafka 4.x brokers require Java 17+.

S3_PORT="${TONGBAN_S3_PORT:-59000}"
S3_ACCESS_KEY=tongban
S3_SECRET_KEY=tongban-secret-key
S3_REGION=us-east-1
S3PROXY_VERSION=4.1.0
# s3proxy 4.1.0 is built with --release 17 (its newest class files are major 61),
# so the default Java 17 suffices. Raise this if a newer s3proxy needs more;
# find_java then picks e.g. /usr/lib/jvm/temurin-25-jdk-amd64 automatically.
S3PROXY_MIN_JAVA=17
S3PROXY_JAR="$S3_DIR/s3proxy-$S3PROXY_VERSION-jar-with-dependencies.jar"

# Maven: the local repository (~/.m2 or -Dmaven.repo.local from MAVEN_OPTS,
# which the mvn launcher reads itself) is the download cache.
MVN="${TONGBAN_MVN:-mvn}"
MVN_DEP_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

# --- Output helpers -----------------------------------------------------------
log() { printf '%s\n' "$*"; }
warn() { printf 'WARN: %s\n' "$*" >&2; }
die() {
  printf 'ERROR: %s\n' "$*" >&2
  exit 1
}
# Print the last lines of a log file to stderr (used on every failure path).
show_tail() {
  local file="$1" n="${2:-40}"
  if [[ -s "$file" ]]; then
    printf -- '----- last %s lines of %s -----\n' "$n" "$file" >&2
    tail -n "$n" "$file" >&2
    printf -- '----- end of %s -----\n' "$file" >&2
  else
    printf '(log %s is empty or missing)\n' "$file" >&2
  fi
}
now_ms() { date +%s%3N; }
elapsed_s() { # elapsed seconds (1 decimal) since a now_ms timestamp
  local ms=$(($(now_ms) - $1))
  printf '%d.%d' $((ms / 1000)) $(((ms % 1000) / 100))
}

# --- Process / port helpers ---------------------------------------------------
# True if something accepts TCP connections on 127.0.0.1:$1 (bash /dev/tcp, no nc needed).
port_open() {
  timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# Status line of `GET /` (any HTTP answer, even 403, means the server is up).
http_status_line() {
  # shellcheck disable=SC2016 # the inner script expands its own "$1"
  timeout 3 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n" >&3
    IFS= read -r line <&3 || exit 1
    printf "%s" "$line" | tr -d "\r"
  ' _ "$1" 2>/dev/null
}

# pid_alive PIDFILE MARKER: true if the pid in PIDFILE runs and its command
# line contains MARKER (guards against a recycled pid belonging to someone else).
pid_alive() {
  local pidfile="$1" marker="$2" pid
  [[ -s "$pidfile" ]] || return 1
  pid="$(cat "$pidfile")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [[ -r "/proc/$pid/cmdline" ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$marker"
}

# True while a process exists and is not a zombie (in some sandboxes pid 1
# never reaps orphans, so `kill -0` alone would report dead servers as alive).
proc_running() {
  local state
  state="$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)" || return 1
  [[ -n "$state" && "$state" != Z && "$state" != X ]]
}

# stop_pid NAME PIDFILE MARKER [TIMEOUT]: SIGTERM, wait, SIGKILL after TIMEOUT s.
stop_pid() {
  local name="$1" pidfile="$2" marker="$3" timeout="${4:-30}" pid i
  if ! pid_alive "$pidfile" "$marker"; then
    rm -f "$pidfile"
    log "$name: not running"
    return 0
  fi
  pid="$(cat "$pidfile")"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < timeout * 10; i++)); do
    proc_running "$pid" || break
    sleep 0.1
  done
  if proc_running "$pid"; then
    warn "$name (pid $pid) ignored SIGTERM for ${timeout}s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$pidfile"
  log "$name: stopped (pid $pid)"
}

# Major version of a java binary ("1.8.0_x" -> 8, "17.0.15" -> 17, "25" -> 25).
java_major() {
  local v
  v="$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)"
  [[ "$v" == 1.* ]] && v="${v#1.}"
  printf '%s' "${v%%[.+-]*}"
}

# find_java MIN: print the path of a java binary with major version >= MIN.
# Order: TONGBAN_JAVA_HOME, JAVA_HOME, java on PATH, then /usr/lib/jvm/* (which
# is where the Temurin 25 JDK lives on the dev machines).
find_java() {
  local min="$1" cand major
  local -a cands=()
  [[ -n "${TONGBAN_JAVA_HOME:-}" ]] && cands+=("$TONGBAN_JAVA_HOME/bin/java")
  [[ -n "${JAVA_HOME:-}" ]] && cands+=("$JAVA_HOME/bin/java")
  cand="$(command -v java || true)" && [[ -n "$cand" ]] && cands+=("$cand")
  for cand in /usr/lib/jvm/*/bin/java; do cands+=("$cand"); done
  for cand in "${cands[@]}"; do
    [[ -x "$cand" ]] || continue
    major="$(java_major "$cand")"
    if [[ "$major" =~ ^[0-9]+$ ]] && ((major >= min)); then
      printf '%s' "$cand"
      return 0
    fi
  done
  return 1
}

# Run a command as the postgres OS user when we are root (initdb/postgres
# refuse to run as root); as ourselves otherwise (e.g. a developer laptop).
as_pg() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Unix socket dir for postgres. Socket paths are limited to ~107 bytes, so a
# deeply nested checkout falls back to a short per-checkout dir under /tmp.
pg_socket_dir() {
  local d="$PG_DIR/run"
  if ((${#d} > 80)); then
    d="/tmp/tongban-pg-$(printf '%s' "$INFRA_DIR" | sha1sum | cut -c1-10)"
  fi
  printf '%s' "$d"
}

pg_running() {
  [[ -f "$PG_DATA/PG_VERSION" ]] && as_pg "$PG_BIN/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1
}
# Port a running postmaster listens on (4th line of postmaster.pid).
pg_running_port() { sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null; }

# Serialise concurrent up/down runs on the same checkout. Servers are started
# with `9>&-` so they do not inherit (and hold) this lock.
take_lock() {
  mkdir -p "$INFRA_DIR"
  exec 9>"$INFRA_DIR/.lock"
  if ! flock -w 120 9; then
    die "another infra-up/infra-down is still running (lock $INFRA_DIR/.lock)"
  fi
}
