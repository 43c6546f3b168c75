#!/usr/bin/env bash
# Stops the services started by scripts/start.sh (SIGTERM: in-flight work finishes), then the
# local infrastructure. `--keep-infra` leaves PostgreSQL, Kafka and S3 running.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
run_dir="$root/.infra/services"
pids=()
for pid_file in "$run_dir"/*.pid; do
  [ -e "$pid_file" ] || continue
  pid=$(cat "$pid_file")
  if kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid" && pids+=("$pid"); fi
  rm -f "$pid_file"
done
for pid in "${pids[@]}"; do
  for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
done
echo "stopped ${#pids[@]} services"
[ "${1:-}" = "--keep-infra" ] || bash "$root/deploy/local/infra-down.sh"
