import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import playwrightConfig from "../playwright.config";
import { DEMO_PASSWORD, DEMO_USERS } from "../db/seed/demo-users";

// Makes the README's picture: signs in as the demo DPO and saves the overview to docs/overview.png.
// Usage: npx tsx scripts/screenshot.ts [BASE_URL]   (default http://127.0.0.1:3000; a seeded server must run there)
const baseURL = process.argv[2] ?? "http://127.0.0.1:3000";
const output = "docs/overview.png";
const dpo = DEMO_USERS.find((u) => u.role === "dpo")!;

// The same Debian Chromium and flags as the e2e tests (Playwright cannot download its own browser here).
const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
try {
  const page = await browser.newPage({ baseURL, viewport: { width: 1440, height: 1000 }, colorScheme: "light" });
  await page.goto("/login");
  await page.getByLabel("Email").fill(dpo.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByTestId("current-user").waitFor({ timeout: 30_000 });
  await page.goto("/");
  await page.getByRole("heading", { name: "Overview", level: 1 }).waitFor();
  // Not "networkidle": the overview's live parts may keep the network busy. Fonts loaded, then a
  // moment for the charts to draw.
  await page.waitForLoadState("load");
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(1000);
  mkdirSync("docs", { recursive: true });
  await page.screenshot({ path: output });
  console.log(`Saved ${output} (1440×1000) from ${baseURL}`);
} finally {
  await browser.close();
}
