#!/usr/bin/env bash
# Stop the local infrastructure started by infra-up.sh. Safe when nothing runs.
#   --purge   also delete all state under .infra (databases, topics, buckets,
#             downloaded jar copies). The Maven local repository is kept, so
#             the next infra-up.sh needs no network.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

purge=0
for arg in "$@"; do
  case "$arg" in
    --purge) purge=1 ;;
    -h | --help)
      sed -n '2,6p' "$0"
      exit 0
      ;;
    *) die "unknown argument: $arg (only --purge is supported)" ;;
  esac
done

T0="$(now_ms)"
[[ -d "$INFRA_DIR" ]] || {
  log "nothing to stop ($INFRA_DIR does not exist)"
  exit 0
}
take_lock

stop_postgres() {
  if pg_running; then
    # -m fast: roll back open transactions, disconnect clients, clean shutdown.
    if ! as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -t 60 >/dev/null 2>&1; then
      show_tail "$PG_LOG"
      warn "pg_ctl stop -m fast failed; trying -m immediate"
      as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m immediate -w -t 30 >/dev/null 2>&1 ||
        die "could not stop postgres (data $PG_DATA)"
    fi
    log "postgres: stopped"
  else
    log "postgres: not running"
  fi
}

# The three stop in parallel; Kafka's controlled shutdown takes a few seconds.
stop_postgres &
p1=$!
stop_pid kafka "$KAFKA_PID" "$KAFKA_CONF" 60 &
p2=$!
stop_pid s3proxy "$S3_PID" "$S3_CONF" 30 &
p3=$!
rc=0
for p in $p1 $p2 $p3; do wait "$p" || rc=1; done
((rc == 0)) || die "some servers could not be stopped (see above)"
rm -f "$ENV_FILE"

if ((purge)); then
  # Only our own state; a Maven repo placed under .infra (MAVEN_OPTS) survives.
  rm -rf "$PG_DIR" "$KAFKA_DIR" "$S3_DIR" "$INFRA_DIR/.up" "$(pg_socket_dir)"
  log "purged postgres, kafka and s3proxy state under $INFRA_DIR"
fi
log "infra down in $(elapsed_s "$T0")s"
