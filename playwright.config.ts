import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";

// E2e runs against `next build && next start` (scripts/test-e2e.sh builds first), on the embedded
// database and, when TEST_DATABASE_URL is set, a second server on a fresh PostgreSQL database.
// E2E_PORT_BASE lets two runs on one machine keep out of each other's way.
const base = Number(process.env.E2E_PORT_BASE ?? 3100);
// The whole suite runs on the embedded database; PostgreSQL gets a smoke set of the flows whose SQL differs most
// between the two (ingest, retention, erasure, the request clock, the audit chain, search), since the integration
// tests already run every query on both. Accessibility and layout checks do not depend on the database.
const POSTGRES_SMOKE = ["auth", "health", "breaches", "requests", "request-access", "request-erasure", "chats", "chat-import", "retention", "processors", "audit", "navigation"];
const targets: Array<{ name: string; port: number; testMatch?: string[] }> = [{ name: "pglite", port: base }];
if (process.env.TEST_DATABASE_URL) targets.push({ name: "postgres", port: base + 1, testMatch: POSTGRES_SMOKE.map((spec) => `${spec}.spec.ts`) });

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  // Root needs --no-sandbox; the networking flags stop Chromium calling out on a closed network.
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

const config: PlaywrightTestConfig = {
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  outputDir: `test-results/artifacts-${base}`,
  reporter: [["list"], ["json", { outputFile: `test-results/e2e-${base}.json` }]],
  use: { launchOptions: chromium, trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: targets.map((t) => ({ name: t.name, ...(t.testMatch ? { testMatch: t.testMatch } : {}), use: { baseURL: `http://127.0.0.1:${t.port}` } })),
  webServer: targets.map((t) => ({
    command: `bash scripts/e2e-server.sh ${t.name} ${t.port}`,
    url: `http://127.0.0.1:${t.port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  })),
};

export default defineConfig(config);
