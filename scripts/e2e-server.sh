#!/usr/bin/env bash
# Starts one production server for e2e on a freshly seeded database: `e2e-server.sh pglite|postgres PORT`.
set -euo pipefail
cd "$(dirname "$0")/.."
target=$1
port=$2
export NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
export AUTH_SECRET="e2e-only-secret-0123456789abcdef0123456789"
# No scheduled retention run in the middle of a suite: the specs that need one press "Run now".
export RETENTION_SCHEDULE=off
if [ "$target" = postgres ]; then
  export DATABASE_URL
  DATABASE_URL=$(npx tsx scripts/fresh-database.ts "dpo_e2e_$port")
else
  unset DATABASE_URL
  export DATA_DIR=".data/e2e-$port"
  rm -rf "$DATA_DIR"
fi
npx tsx db/seed/index.ts >/dev/null
exec npx next start -H 127.0.0.1 -p "$port"
