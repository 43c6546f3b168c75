#!/usr/bin/env bash
# Report whether each local server is up. Exit 0 when all three are up, 1 otherwise.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

all_up=1
row() { printf '%-9s %-5s %s\n' "$@"; }

if pg_running; then
  port="$(pg_running_port)"
  if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2; then
    row postgres UP "127.0.0.1:$port  pid=$(head -n1 "$PG_DATA/postmaster.pid")  data=$PG_DATA"
  else
    row postgres SICK "process runs but 127.0.0.1:$port does not accept connections (log: $PG_LOG)"
    all_up=0
  fi
else
  row postgres DOWN ""
  all_up=0
fi

if pid_alive "$KAFKA_PID" "$KAFKA_CONF"; then
  port="$(sed -n 's/^advertised.listeners=SSL:\/\/127.0.0.1:\([0-9]*\).*/\1/p' "$KAFKA_CONF")"
  if port_open "$port"; then
    row kafka UP "127.0.0.1:$port  Kafka $KAFKA_VERSION  pid=$(cat "$KAFKA_PID")"
  else
    row kafka SICK "pid $(cat "$KAFKA_PID") runs but 127.0.0.1:$port is closed (log: $KAFKA_LOG)"
    all_up=0
  fi
else
  row kafka DOWN ""
  all_up=0
fi

if pid_alive "$S3_PID" "$S3_CONF"; then
  port="$(sed -n 's/^s3proxy.endpoint=http:\/\/127.0.0.1:\([0-9]*\).*/\1/p' "$S3_CONF")"
  if status="$(http_status_line "$port")" && [[ "$status" == HTTP/* ]]; then
    row s3proxy UP "http://127.0.0.1:$port  s3proxy $S3PROXY_VERSION  pid=$(cat "$S3_PID")"
  else
    row s3proxy SICK "pid $(cat "$S3_PID") runs but http://127.0.0.1:$port does not answer (log: $S3_LOG)"
    all_up=0
  fi
else
  row s3proxy DOWN ""
  all_up=0
fi

[[ -f "$ENV_FILE" ]] && echo "env file: $ENV_FILE"
((all_up))
