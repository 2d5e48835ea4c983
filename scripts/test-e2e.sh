#!/usr/bin/env bash
# Builds the app once, then Playwright starts a server per database (see playwright.config.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npx next build >"/tmp/dpo-desk-build-${E2E_PORT_BASE:-3100}.log" 2>&1 || { tail -50 "/tmp/dpo-desk-build-${E2E_PORT_BASE:-3100}.log"; exit 1; }
exec npx playwright test "$@"
