#!/usr/bin/env bash
# The whole test suite, as CI runs it: format check, lint, typecheck, unit tests, then —
# against real PostgreSQL, Kafka and S3 started by deploy/local — migration drift and
# integration tests. Servers already running are reused (infra-up is idempotent).
set -euo pipefail
cd "$(dirname "$0")/.."
export SWC_NODE_PROJECT=tsconfig.base.json
results=$(mktemp -d)
started=$(date +%s)

step() { printf '\n== %s ==\n' "$*"; }

step "format check (prettier)"
npx prettier --check . --log-level warn

step "lint (eslint, Nx module boundaries)"
# The boundary rule reads Nx's cached project graph and silently skips itself without one.
npx nx show projects >/dev/null
npx eslint . --max-warnings 0

step "typecheck (tsc, strict)"
npx tsc -p tsconfig.typecheck.json

step "unit tests"
npx jest -c jest.unit.config.js --json --outputFile "$results/unit.json"

step "infrastructure (PostgreSQL, Kafka, S3 on loopback)"
bash deploy/local/infra-up.sh
# shellcheck disable=SC1091
source .infra/env

step "migrations match entities"
node -r @swc-node/register tools/migrations/check-drift.ts

step "integration and end-to-end tests"
npx jest -c jest.integration.config.js --json --outputFile "$results/integration.json"

ELAPSED=$(( $(date +%s) - started )) node -e '
  const files = process.argv.slice(1).map((f) => require(f));
  const sum = (k) => files.reduce((n, r) => n + r[k], 0);
  console.log(`\nsuite time: ${process.env.ELAPSED}s`);
  console.log(`tests: ${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests")} skipped`);
' "$results/unit.json" "$results/integration.json"
