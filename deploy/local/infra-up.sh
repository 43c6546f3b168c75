#!/usr/bin/env bash
# Start the local test infrastructure (no Docker), all bound to 127.0.0.1:
#   PostgreSQL 15, Apache Kafka (KRaft, single node), s3proxy (S3 API, filesystem backend).
# Idempotent: anything already running is left alone, so a second run is fast.
# State lives in <repo>/.infra (git-ignored via .infra/.gitignore).
# Writes <repo>/.infra/env with `export` lines for the apps/tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

T0="$(now_ms)"
take_lock
# Keep the whole state dir out of git without touching the repo's .gitignore.
[[ -f "$INFRA_DIR/.gitignore" ]] || printf '*\n' >"$INFRA_DIR/.gitignore"
STEP_DIR="$INFRA_DIR/.up"
rm -rf "$STEP_DIR" && mkdir -p "$STEP_DIR"

# ============================================================================
# PostgreSQL
# ============================================================================
up_postgres() {
  [[ -x "$PG_BIN/initdb" ]] || die "PostgreSQL binaries not found in $PG_BIN (set TONGBAN_PG_BIN)"
  local sock
  sock="$(pg_socket_dir)"

  if pg_running; then
    local port
    port="$(pg_running_port)"
    [[ "$port" == "$PG_PORT" ]] ||
      die "postgres already runs on port $port, not $PG_PORT; run infra-down.sh first to change the port"
    log "already running"
  else
    port_open "$PG_PORT" && die "port 127.0.0.1:$PG_PORT is taken by another process (set TONGBAN_PG_PORT)"
    mkdir -p "$PG_DIR" "$sock"
    if [[ $EUID -eq 0 ]]; then
      # initdb/postgres refuse to run as root: the postgres OS user owns the cluster.
      id postgres >/dev/null 2>&1 || die "OS user 'postgres' does not exist"
      chown postgres:postgres "$PG_DIR" "$sock"
      runuser -u postgres -- test -w "$PG_DIR" ||
        die "user postgres cannot write $PG_DIR (a parent dir is not traversable?); set TONGBAN_INFRA_DIR"
    fi
    chmod 700 "$sock"
    cd "$PG_DIR" # postgres may be unable to read the caller's cwd (e.g. /root)

    if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
      log "initdb (first start)"
      rm -rf "$PG_DATA" # leftovers of an interrupted initdb
      local pwfile
      pwfile="$(mktemp "$PG_DIR/.pw.XXXXXX")"
      printf '%s\n' "$PG_PASSWORD" >"$pwfile"
      [[ $EUID -eq 0 ]] && chown postgres "$pwfile"
      # scram for TCP (what the apps use); trust on the private unix socket for admin scripts.
      if ! as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U "$PG_USER" --pwfile="$pwfile" \
        --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --no-locale --no-sync \
        >"$PG_DIR/initdb.log" 2>&1; then
        rm -f "$pwfile"
        show_tail "$PG_DIR/initdb.log"
        die "initdb failed"
      fi
      rm -f "$pwfile"
      # Our settings live in one file that is rewritten on every start (ports may change).
      printf "\ninclude_if_exists = 'tongban.conf'\n" >>"$PG_DATA/postgresql.conf"
    fi

    # Test infra: durability off for speed; many services x pools x tests need connections.
    as_pg tee "$PG_DATA/tongban.conf" >/dev/null <<EOF
# Managed by deploy/local/infra-up.sh; rewritten on every start.
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$sock'
max_connections = $PG_MAX_CONNECTIONS
shared_buffers = 256MB
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    [[ $EUID -eq 0 ]] && touch "$PG_LOG" && chown postgres:postgres "$PG_LOG"
    log "starting on 127.0.0.1:$PG_PORT"
    if ! as_pg "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -w -t 60 >"$PG_DIR/pg_ctl.out" 2>&1 9>&-; then
      cat "$PG_DIR/pg_ctl.out" >&2
      show_tail "$PG_LOG"
      die "postgres did not become ready within 60s"
    fi
  fi

  # Health: a real password login over TCP, exactly as the apps connect.
  local deadline=$((SECONDS + 30)) out=""
  until out="$(PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=3 "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" \
    -U "$PG_USER" -d postgres -XAtc 'show server_version' 2>&1)"; do
    if ((SECONDS >= deadline)); then
      printf '%s\n' "$out" >&2
      show_tail "$PG_LOG"
      die "postgres is not accepting password logins on 127.0.0.1:$PG_PORT"
    fi
    sleep 0.3
  done
  echo "postgres  UP  127.0.0.1:$PG_PORT  PostgreSQL $out  user=$PG_USER/$PG_PASSWORD  data=$PG_DATA" \
    >"$STEP_DIR/summary.postgres"
}

# ============================================================================
# Kafka (KRaft, combined broker + controller)
# ============================================================================
# Short-lived Kafka CLI JVM (StorageTool, TopicCommand): quiet logging, fast
# startup, hard time limit.
kafka_tool() {
  timeout 60 "$KAFKA_JAVA" -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/log4j2.properties" \
    -Dtongban.log.level=WARN -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m \
    -cp "$KAFKA_LIBS/*" "$@"
}

kafka_fetch_libs() {
  # The marker holds a hash of the pom: the copy is skipped while it matches.
  local want have=""
  want="kafka=$KAFKA_VERSION pom-sha256=$(sha256sum "$KAFKA_POM" | cut -d' ' -f1)"
  [[ -f "$KAFKA_LIBS/.pinned" ]] && have="$(cat "$KAFKA_LIBS/.pinned")"
  [[ "$have" == "$want" ]] && return 0
  command -v "$MVN" >/dev/null || die "Maven ('$MVN') not found; it fetches the Kafka jars"
  log "fetching Kafka $KAFKA_VERSION jars from Maven Central (cached in the Maven local repo)"
  rm -rf "$KAFKA_LIBS" && mkdir -p "$KAFKA_LIBS"
  if ! "$MVN" -q -B -f "$KAFKA_POM" dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="$KAFKA_LIBS" >"$KAFKA_DIR/mvn.log" 2>&1; then
    show_tail "$KAFKA_DIR/mvn.log"
    die "mvn could not fetch the Kafka jars"
  fi
  printf '%s\n' "$want" >"$KAFKA_LIBS/.pinned"
}

kafka_issue_certificates() {
  "$PKI_SCRIPT" ca "$KAFKA_PKI"
  "$PKI_SCRIPT" issue "$KAFKA_PKI" broker "IP:127.0.0.1,DNS:localhost"
  "$PKI_SCRIPT" issue "$KAFKA_PKI" admin
  # The operator's tools (TopicCommand here, the perf tools of the bench) log in as admin.
  cat >"$KAFKA_ADMIN_PROPERTIES" <<EOF
security.protocol=SSL
ssl.keystore.type=PEM
ssl.keystore.location=$KAFKA_PKI/admin.keystore.pem
ssl.truststore.type=PEM
ssl.truststore.location=$KAFKA_PKI/ca.cert.pem
EOF
}

kafka_write_config() {
  cat >"$KAFKA_CONF" <<EOF
# Managed by deploy/local/infra-up.sh; rewritten on every start.
process.roles=broker,controller
node.id=1
# Static single-voter quorum: simplest KRaft setup, formatted with a cluster id.
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=SSL://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=SSL://127.0.0.1:$KAFKA_PORT
listener.security.protocol.map=SSL:SSL,CONTROLLER:SSL
controller.listener.names=CONTROLLER
inter.broker.listener.name=SSL
# A closed broker: every client shows a certificate of the cluster CA (mutual TLS); its CN is
# the principal, and ACLs (granted per node from the topic catalogue) say what it may do.
ssl.keystore.type=PEM
ssl.keystore.location=$KAFKA_PKI/broker.keystore.pem
ssl.truststore.type=PEM
ssl.truststore.location=$KAFKA_PKI/ca.cert.pem
ssl.client.auth=required
ssl.principal.mapping.rules=RULE:^CN=([a-z][a-z0-9-]*),O=Tongban$/\$1/,DEFAULT
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
# The broker itself (inter-broker and controller links) and the operator's tools.
super.users=User:broker;User:admin
log.dirs=$KAFKA_DATA
# Single node: every internal topic must live with replication factor 1.
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
default.replication.factor=1
min.insync.replicas=1
# Topics are created by their services (CREATE is granted per prefix), never by a fetch.
auto.create.topics.enable=false
num.partitions=3
# Consumer groups join immediately instead of waiting 3s (tests!).
group.initial.rebalance.delay.ms=0
# Fewer __consumer_offsets partitions than the default 50: faster first group join.
offsets.topic.num.partitions=10
EOF
}

up_kafka() {
  mkdir -p "$KAFKA_DIR"
  [[ -n "$KAFKA_VERSION" ]] || die "cannot read <kafka.version> from $KAFKA_POM"
  KAFKA_JAVA="$(find_java "$KAFKA_MIN_JAVA")" || die "Kafka needs Java >= $KAFKA_MIN_JAVA; none found (set TONGBAN_JAVA_HOME)"
  local started=0

  if pid_alive "$KAFKA_PID" "$KAFKA_CONF"; then
    grep -qx "advertised.listeners=SSL://127.0.0.1:$KAFKA_PORT" "$KAFKA_CONF" ||
      die "kafka already runs with $(grep '^advertised.listeners=' "$KAFKA_CONF"), not port $KAFKA_PORT; run infra-down.sh first to change the port"
    port_open "$KAFKA_PORT" ||
      die "kafka process $(cat "$KAFKA_PID") runs but 127.0.0.1:$KAFKA_PORT is closed (other port? run infra-down.sh)"
    log "already running"
  else
    rm -f "$KAFKA_PID"
    port_open "$KAFKA_PORT" && die "port 127.0.0.1:$KAFKA_PORT is taken by another process (set TONGBAN_KAFKA_PORT)"
    port_open "$KAFKA_CONTROLLER_PORT" &&
      die "port 127.0.0.1:$KAFKA_CONTROLLER_PORT is taken by another process (set TONGBAN_KAFKA_CONTROLLER_PORT)"
    kafka_fetch_libs
    kafka_issue_certificates
    kafka_write_config

    if [[ ! -f "$KAFKA_DATA/meta.properties" ]]; then
      # A KRaft cluster id is 16 random bytes, url-safe base64 without padding.
      local cluster_id
      cluster_id="$(head -c16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
      log "formatting storage (cluster id $cluster_id)"
      if ! kafka_tool kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_CONF" --ignore-formatted \
        >"$KAFKA_DIR/format.log" 2>&1; then
        show_tail "$KAFKA_DIR/format.log"
        die "kafka storage format failed"
      fi
    fi

    log "starting Kafka $KAFKA_VERSION on 127.0.0.1:$KAFKA_PORT (controller :$KAFKA_CONTROLLER_PORT)"
    # setsid: the broker gets its own session, so Ctrl-C on this script does not kill it.
    [[ -f "$KAFKA_LOG" ]] && mv -f "$KAFKA_LOG" "$KAFKA_LOG.prev" # keep the last run's log
    setsid "$KAFKA_JAVA" -Xms256m -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
      -Djava.awt.headless=true -Dkafka.logs.dir="$KAFKA_DIR" \
      -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/log4j2.properties" \
      -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_CONF" >>"$KAFKA_LOG" 2>&1 </dev/null 9>&- &
    echo $! >"$KAFKA_PID"
    started=1
  fi

  # Health 1: the listener accepts TCP connections.
  local deadline=$((SECONDS + 90))
  until port_open "$KAFKA_PORT"; do
    if ! pid_alive "$KAFKA_PID" "$KAFKA_CONF"; then
      show_tail "$KAFKA_LOG" 60
      die "kafka exited during startup"
    fi
    if ((SECONDS >= deadline)); then
      show_tail "$KAFKA_LOG" 60
      die "kafka did not open 127.0.0.1:$KAFKA_PORT within 90s"
    fi
    sleep 0.3
  done
  # Health 2: a real metadata round trip through the Kafka admin client.
  # Skipped when the broker was already running, to keep a second run fast.
  if ((started)); then
    local tool_log="$KAFKA_DIR/healthcheck.log"
    until kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
      --command-config "$KAFKA_ADMIN_PROPERTIES" --list \
      >"$tool_log" 2>&1; do
      if ((SECONDS >= deadline)); then
        show_tail "$tool_log" 20
        show_tail "$KAFKA_LOG" 60
        die "kafka metadata request (TopicCommand --list) kept failing"
      fi
      sleep 1
    done
    # Health 3: a group coordinator answers. The first FindCoordinator a broker ever gets
    # creates __consumer_offsets; until its partitions have leaders every group join fails
    # with COORDINATOR_NOT_AVAILABLE, and a client that does not retry (a probe) gives up.
    # An answer naming the group as unknown comes from a loaded coordinator.
    until kafka_tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand \
      --bootstrap-server "127.0.0.1:$KAFKA_PORT" --command-config "$KAFKA_ADMIN_PROPERTIES" \
      --describe --group tongban.infra.ready >"$tool_log" 2>&1 ||
      grep -qE "GroupIdNotFoundException|does not exist" "$tool_log"; do
      if ((SECONDS >= deadline)); then
        show_tail "$tool_log" 20
        show_tail "$KAFKA_LOG" 60
        die "kafka group coordinator did not become available"
      fi
      sleep 1
    done
  fi
  echo "kafka     UP  127.0.0.1:$KAFKA_PORT  Kafka $KAFKA_VERSION KRaft (controller :$KAFKA_CONTROLLER_PORT)  pid=$(cat "$KAFKA_PID")  data=$KAFKA_DATA" \
    >"$STEP_DIR/summary.kafka"
}

# ============================================================================
# s3proxy (S3 API with SigV2/SigV4 auth on a filesystem backend)
# ============================================================================
up_s3proxy() {
  mkdir -p "$S3_DIR" "$S3_DATA"
  local java
  java="$(find_java "$S3PROXY_MIN_JAVA")" ||
    die "s3proxy $S3PROXY_VERSION needs Java >= $S3PROXY_MIN_JAVA; none found (Temurin 25 expected in /usr/lib/jvm; set TONGBAN_JAVA_HOME)"

  if pid_alive "$S3_PID" "$S3_CONF"; then
    grep -qx "s3proxy.endpoint=http://127.0.0.1:$S3_PORT" "$S3_CONF" ||
      die "s3proxy already runs with $(grep '^s3proxy.endpoint=' "$S3_CONF"), not port $S3_PORT; run infra-down.sh first to change the port"
    log "already running"
  else
    rm -f "$S3_PID"
    port_open "$S3_PORT" && die "port 127.0.0.1:$S3_PORT is taken by another process (set TONGBAN_S3_PORT)"
    if [[ ! -s "$S3PROXY_JAR" ]]; then
      command -v "$MVN" >/dev/null || die "Maven ('$MVN') not found; it fetches the s3proxy jar"
      log "fetching s3proxy $S3PROXY_VERSION from Maven Central (cached in the Maven local repo)"
      rm -f "$S3_DIR"/s3proxy-*.jar # other pinned versions
      if ! "$MVN" -q -B "$MVN_DEP_PLUGIN:copy" \
        -Dartifact="org.gaul:s3proxy:$S3PROXY_VERSION:jar:jar-with-dependencies" \
        -DoutputDirectory="$S3_DIR" >"$S3_DIR/mvn.log" 2>&1 || [[ ! -s "$S3PROXY_JAR" ]]; then
        show_tail "$S3_DIR/mvn.log"
        die "mvn could not fetch org.gaul:s3proxy:$S3PROXY_VERSION"
      fi
    fi
    cat >"$S3_CONF" <<EOF
# Managed by deploy/local/infra-up.sh; rewritten on every start.
s3proxy.endpoint=http://127.0.0.1:$S3_PORT
# Verify AWS signatures (V2 and V4, header and presigned-URL forms).
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$S3_ACCESS_KEY
s3proxy.credential=$S3_SECRET_KEY
# Browsers (presigned PUT/GET from a web app) need CORS.
s3proxy.cors-allow-all=true
# Buckets are plain directories below basedir.
jclouds.provider=filesystem
jclouds.filesystem.basedir=$S3_DATA
jclouds.region=$S3_REGION
EOF
    log "starting s3proxy $S3PROXY_VERSION on http://127.0.0.1:$S3_PORT (java $(java_major "$java"))"
    [[ -f "$S3_LOG" ]] && mv -f "$S3_LOG" "$S3_LOG.prev"
    setsid "$java" -Xmx512m -Djava.awt.headless=true -jar "$S3PROXY_JAR" --properties "$S3_CONF" \
      >>"$S3_LOG" 2>&1 </dev/null 9>&- &
    echo $! >"$S3_PID"
  fi

  local deadline=$((SECONDS + 60)) status=""
  until status="$(http_status_line "$S3_PORT")" && [[ "$status" == HTTP/* ]]; do
    if ! pid_alive "$S3_PID" "$S3_CONF"; then
      show_tail "$S3_LOG" 60
      die "s3proxy exited during startup"
    fi
    if ((SECONDS >= deadline)); then
      show_tail "$S3_LOG" 60
      die "s3proxy did not answer HTTP on 127.0.0.1:$S3_PORT within 60s"
    fi
    sleep 0.3
  done
  echo "s3proxy   UP  http://127.0.0.1:$S3_PORT  s3proxy $S3PROXY_VERSION (SigV2/V4, path-style)  key=$S3_ACCESS_KEY  pid=$(cat "$S3_PID")  data=$S3_DATA" \
    >"$STEP_DIR/summary.s3proxy"
}

# ============================================================================
# Run the three in parallel; each one's output is prefixed with its name.
# ============================================================================
declare -A JOBS=()
for svc in postgres kafka s3proxy; do
  { "up_$svc" 2>&1 | sed -u "s/^/[$svc] /"; } &
  JOBS[$svc]=$!
done
failed=()
for svc in postgres kafka s3proxy; do
  wait "${JOBS[$svc]}" || failed+=("$svc")
done

if ((${#failed[@]})); then
  printf '\nFAILED: %s (see messages above). Servers that did start are left running;\n' "${failed[*]}" >&2
  printf 'fix the cause and re-run %s, or stop everything with infra-down.sh.\n' "$0" >&2
  exit 1
fi

cat >"$ENV_FILE.tmp" <<EOF
# Generated by deploy/local/infra-up.sh. Use: source .infra/env
export DATABASE_HOST=127.0.0.1
export DATABASE_PORT=$PG_PORT
export DATABASE_USER=$PG_USER
export DATABASE_PASSWORD=$PG_PASSWORD
export KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT
# Mutual TLS: every client trusts this CA; each node gets its own certificate from it
# (deploy/pki/kafka-pki.sh issue), tools and tests log in as the operator (admin).
export KAFKA_TLS_CA_FILE=$KAFKA_PKI/ca.cert.pem
export KAFKA_PKI_DIR=$KAFKA_PKI
export KAFKA_ADMIN_TLS_CERT_FILE=$KAFKA_PKI/admin.cert.pem
export KAFKA_ADMIN_TLS_KEY_FILE=$KAFKA_PKI/admin.key.pem
export S3_ENDPOINT=http://127.0.0.1:$S3_PORT
export S3_ACCESS_KEY=$S3_ACCESS_KEY
export S3_SECRET_KEY=$S3_SECRET_KEY
export S3_REGION=$S3_REGION
export S3_FORCE_PATH_STYLE=true
EOF
mv "$ENV_FILE.tmp" "$ENV_FILE"

echo
cat "$STEP_DIR/summary.postgres" "$STEP_DIR/summary.kafka" "$STEP_DIR/summary.s3proxy"
echo "env       $ENV_FILE  (source it)"
echo "infra up in $(elapsed_s "$T0")s"
