#!/usr/bin/env bash
# `npm test`: unit, integration and e2e tests, each stage run even when an earlier one failed,
# then one total line, last: "N passed, N failed". Exits non-zero if anything failed or nothing ran.
# Set TEST_DATABASE_URL to run integration and e2e tests on PostgreSQL too.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

# Playwright names its report after the port base (playwright.config.ts); only ours is read, so a
# run by someone else in the same tree is neither deleted nor counted.
report="test-results/e2e-${E2E_PORT_BASE:-3100}.json"
rm -f "$report"

echo "== unit tests"
# Node 20 does not expand globs itself, so the shell does.
node --import tsx --test --test-reporter=spec tests/unit/*.test.ts 2>&1 | tee "$logs/unit.log"
unit_rc=${PIPESTATUS[0]}

echo "== integration tests"
bash scripts/test-integration.sh 2>&1 | tee "$logs/integration.log"
integration_rc=${PIPESTATUS[0]}

echo "== e2e tests"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  # Playwright cannot download its own browser here; Debian's chromium is the one we drive.
  echo "Chromium not found at $chromium: installing Debian's chromium"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
    </dev/null >"$logs/apt.log" 2>&1 || tail -20 "$logs/apt.log"
fi
if [ -x "$chromium" ]; then
  bash scripts/test-e2e.sh 2>&1 | tee "$logs/e2e.log"
  e2e_rc=${PIPESTATUS[0]}
else
  echo "e2e tests NOT run: no Chromium at $chromium."
  echo "  Install it with: sudo apt-get install chromium   (Debian/Ubuntu)"
  echo "  or set CHROMIUM_PATH to a Chromium or Chrome binary. Counted as failed."
  e2e_rc=1
fi

echo "== summary"
node scripts/summarize-tests.mjs \
  "node:unit tests:$unit_rc:$logs/unit.log" \
  "node:integration tests:$integration_rc:$logs/integration.log" \
  "playwright:e2e tests:$e2e_rc:$report"
