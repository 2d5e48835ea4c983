#!/usr/bin/env bash
# `npm run demo` (after `npm install` or `npm ci`): the embedded database with the demo company,
# a production build, and the app on http://localhost:3000 (PORT changes the port).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
port="${PORT:-3000}"

# `next start` runs in production mode, which refuses to start without a secret. A random one goes
# into .env.local (read by Next, ignored by git); it is never printed.
if [ -z "${AUTH_SECRET:-}" ] && ! grep -Eq '^AUTH_SECRET=["'\'']?[^"'\''[:space:]]' .env.local 2>/dev/null; then
  (
    umask 077
    touch .env.local
    # An empty AUTH_SECRET= line (as copied from .env.example) would only confuse a reader.
    sed -i -E '/^AUTH_SECRET=("")?\s*$/d' .env.local
    node -e 'console.log("AUTH_SECRET=" + require("node:crypto").randomBytes(32).toString("base64url"))' >>.env.local
    chmod 600 .env.local
  )
  echo "Wrote a random AUTH_SECRET to .env.local (mode 600, not in git)."
fi

echo "== Preparing the database and the demo data"
# The seed reads the same .env files as `next start` (with Next's own loader), so both use one database.
node -e '
  require("@next/env").loadEnvConfig(process.cwd(), false, { info() {}, error: console.error });
  require("node:child_process").execFileSync("npm", ["run", "--silent", "db:seed"], { stdio: "inherit" });
'

echo "== Building the app (a minute or so)"
npx next build

cat <<BANNER

  ──────────────────────────────────────────────────────────────────
   DPO Desk is starting on http://localhost:$port
   Open  http://localhost:$port/login  and sign in as

     dpo@northwind-outdoor.example       Data Protection Officer (can do everything)
     legal@northwind-outdoor.example     Legal
     manager@northwind-outdoor.example   Manager
     viewer@northwind-outdoor.example    Viewer (reads everything, changes nothing)

   Password for all four:  demo-Privacy-2026
   Stop with Ctrl+C; the data is kept for the next run.
  ──────────────────────────────────────────────────────────────────

BANNER
exec npx next start -p "$port"
