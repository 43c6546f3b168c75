#!/usr/bin/env bash
# Starts the whole system on this machine: PostgreSQL, Kafka and S3 (deploy/local), then two
# county nodes — residence 南京市鼓楼区 and hukou 长春市农安县 — and the national monitor, each
# service as its own process, and waits until every /health is up. Safe to run twice.
# Stop with scripts/stop.sh. With Docker, `docker compose up` does the same.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
run_dir="$root/.infra/services"
mkdir -p "$run_dir"
started=$(date +%s)

[ -d node_modules ] || npm ci --no-audit --no-fund
bash deploy/local/infra-up.sh
# shellcheck disable=SC1091
source .infra/env

echo "building services (tsc → dist/)"
npx tsc -p tsconfig.build.json
# Lets the compiled code resolve @tongban/* aliases inside dist/.
node -e '
  const base = require("./tsconfig.base.json").compilerOptions.paths;
  const paths = Object.fromEntries(Object.entries(base).map(([k, [v]]) => [k, [v.replace(/\.ts$/, "")]]));
  require("fs").writeFileSync("dist/tsconfig.paths.json", JSON.stringify({ compilerOptions: { baseUrl: ".", paths } }));
'

secrets_dir="$root/.infra/secrets"
node_envs=(deploy/nodes/residence.env deploy/nodes/hukou.env deploy/nodes/national.env)
node scripts/node-secrets.js "$secrets_dir" "${node_envs[@]}"

# The broker is closed: each node gets its certificate (CN = NODE_ID) and its ACLs.
for node_env in "${node_envs[@]}"; do
  bash deploy/pki/kafka-pki.sh issue "$KAFKA_PKI_DIR" "$(grep '^NODE_ID=' "$node_env" | cut -d= -f2)"
done
npm run -s kafka:grant-node-access -- "${node_envs[@]}" >/dev/null

create_database() {
  PGPASSWORD="$DATABASE_PASSWORD" psql -h "$DATABASE_HOST" -p "$DATABASE_PORT" -U "$DATABASE_USER" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$1'" | grep -q 1 ||
    PGPASSWORD="$DATABASE_PASSWORD" psql -h "$DATABASE_HOST" -p "$DATABASE_PORT" -U "$DATABASE_USER" -d postgres -qc \
      "CREATE DATABASE \"$1\"" >/dev/null
}

# start_service <node env file> <service> <port>
start_service() {
  local node_env=$1 service=$2 port=$3
  (
    set -a
    # shellcheck disable=SC1090
    source "$node_env"
    # shellcheck disable=SC1090
    source "$secrets_dir/$NODE_ID.env"
    # shellcheck disable=SC1090
    source "$secrets_dir/$NODE_ID.trust.env"
    KAFKA_TLS_CERT_FILE="$KAFKA_PKI_DIR/$NODE_ID.cert.pem"
    KAFKA_TLS_KEY_FILE="$KAFKA_PKI_DIR/$NODE_ID.key.pem"
    set +a
    local pid_file="$run_dir/$NODE_ID.$service.pid"
    if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
      echo "  $NODE_ID/$service already running"
      exit 0
    fi
    HTTP_PORT=$port TS_NODE_PROJECT=dist/tsconfig.paths.json \
      nohup node -r tsconfig-paths/register "dist/apps/$service/src/main.js" \
      >"$run_dir/$NODE_ID.$service.log" 2>&1 &
    echo $! >"$pid_file"
  )
}

declare -a urls=()
for node in residence hukou national; do
  node_env="deploy/nodes/$node.env"
  # shellcheck disable=SC1090
  (source "$node_env" && create_database "$DATABASE_NAME")
  port_base=$(grep '^PORT_BASE=' "$node_env" | cut -d= -f2)
  node_id=$(grep '^NODE_ID=' "$node_env" | cut -d= -f2)
  if [ "$node" = national ]; then services=(monitor); else mapfile -t services < <(grep -v '^#' deploy/nodes/services.txt); fi
  for i in "${!services[@]}"; do
    port=$((port_base + i))
    start_service "$node_env" "${services[$i]}" "$port"
    urls+=("$node_id ${services[$i]} $port")
  done
done

echo "waiting for every service to report healthy"
deadline=$(( $(date +%s) + 180 ))
for entry in "${urls[@]}"; do
  read -r node_id service port <<<"$entry"
  until curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
    if ! kill -0 "$(cat "$run_dir/$node_id.$service.pid")" 2>/dev/null || [ "$(date +%s)" -gt "$deadline" ]; then
      echo "$node_id/$service did not become healthy; last log lines:" >&2
      tail -n 30 "$run_dir/$node_id.$service.log" >&2
      exit 1
    fi
    sleep 1
  done
done

printf '\n%-18s %-13s %-28s %s\n' node service health "OpenAPI docs"
for entry in "${urls[@]}"; do
  read -r node_id service port <<<"$entry"
  printf '%-18s %-13s %-28s %s\n' "$node_id" "$service" "http://127.0.0.1:$port/health" "http://127.0.0.1:$port/docs"
done
echo
echo "all healthy in $(( $(date +%s) - started ))s; logs in $run_dir; stop with: npm run stop"
