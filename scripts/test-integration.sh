#!/usr/bin/env bash
# Integration tests against a real database: always on PGlite in memory, and also on
# PostgreSQL when TEST_DATABASE_URL is set (each test file makes and drops its own database).
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
files=(tests/integration/*.test.ts)
echo "== integration tests on PGlite"
TEST_DB=pglite node --import tsx --test --test-reporter=spec --test-concurrency=2 "${files[@]}" || status=1
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "== integration tests on PostgreSQL"
  TEST_DB=postgres node --import tsx --test --test-reporter=spec --test-concurrency=2 "${files[@]}" || status=1
fi
exit $status
