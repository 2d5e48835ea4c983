import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { captureServerAction, contextAs, replayServerAction, signIn } from "./support";

const CSV_HEADER = "id,at,actor,actor_type,action,entity_type,entity_id,summary,prev_hash,hash";

test.describe("audit log", () => {
  test("the DPO lists, filters and verifies the trail", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/audit");
    await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
    const table = page.getByRole("table");
    await expect(table.getByRole("cell", { name: "seed.demo_data" })).toBeVisible();
    await expect(table.getByRole("cell", { name: "auth.sign_in" }).first()).toBeVisible();
    await expect(table.getByRole("cell", { name: "System" }).first()).toBeVisible();
    await expect(table.getByRole("cell", { name: "Dana Lindqvist" }).first()).toBeVisible();

    await page.getByLabel("Entity type").selectOption("system");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]entity=system(&|$)/);
    await expect(table.getByRole("cell", { name: "seed.demo_data" })).toBeVisible();
    await expect(table.getByRole("cell", { name: "auth.sign_in" })).toHaveCount(0);
    await expect(page.getByLabel("Entity type")).toHaveValue("system");
    await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", "/audit/export?entity=system");

    const headHash = (await page.getByTestId("audit-head-hash").textContent())?.trim() ?? "";
    expect(headHash).toMatch(/^[0-9a-f]{64}$/);
    await page.getByRole("button", { name: "Verify chain" }).click();
    const result = page.getByRole("status").filter({ hasText: "Chain intact" });
    await expect(result).toContainText(/Chain intact: \d+ entries checked\. Latest hash [0-9a-f]{16}…/);
    await expect(result).toContainText(headHash.slice(0, 16));
  });

  test("the DPO downloads the filtered trail as CSV", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/audit?entity=user");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = (await readFile(await download.path())).toString("utf8").replace(/^\uFEFF/, "");
    const lines = text.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toMatch(/^\d+,\d{4}-\d{2}-\d{2}T[^,]+Z,[^,]+,user,auth\.sign_in,user,/);

    const response = await page.request.get("/audit/export");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/csv/);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
    const all = (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(all[0]).toBe(CSV_HEADER);
    expect(all.some((l) => /,system,seed\.demo_data,system,demo,/.test(l))).toBe(true);
  });

  test("bad filters are explained on the page and refused by the export", async ({ page }) => {
    await signIn(page, "dpo");
    const response = await page.goto("/audit?from=2026-02-30&to=someday&actor=nobody&page=abc");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("There is no such date.")).toBeVisible();
    await expect(page.getByText("Enter a date as YYYY-MM-DD.")).toBeVisible();
    await expect(page.getByText("Choose an actor from the list.")).toBeVisible();
    await expect(page.getByLabel("From")).toHaveAttribute("aria-invalid", "true");
    // The rejected filters narrow nothing: the whole trail is still listed.
    await expect(page.getByRole("table").getByRole("cell", { name: "seed.demo_data" })).toBeVisible();

    const bad = await page.request.get("/audit/export?from=2026-13-01");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: "invalid_filter", message: expect.stringContaining("from") } });
    const reversed = await page.request.get("/audit/export?from=2026-03-01&to=2026-02-01");
    expect(reversed.status()).toBe(400);
  });

  test("the viewer may read the trail and verify it", async ({ page }) => {
    await signIn(page, "viewer");
    await page.goto("/audit");
    await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
    await expect(page.getByRole("table").getByRole("cell", { name: "seed.demo_data" })).toBeVisible();
    await page.getByRole("button", { name: "Verify chain" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Chain intact" })).toBeVisible();
    expect((await page.request.get("/audit/export")).status()).toBe(200);
  });

  for (const role of ["manager", "legal"] as const) {
    test(`${role} is refused the page, the export and the action`, async ({ browser }) => {
      const dpo = await contextAs(browser, "dpo");
      await dpo.page.goto("/audit");
      const verify = await captureServerAction(dpo.page, () => dpo.page.getByRole("button", { name: "Verify chain" }).click());
      await dpo.context.close();

      const { context, page } = await contextAs(browser, role);
      const response = await page.goto("/audit");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "Your role cannot open this page" })).toBeVisible();

      const exported = await page.request.get("/audit/export");
      expect(exported.status()).toBe(403);
      expect(await exported.json()).toEqual({ error: { code: "forbidden", message: expect.any(String) } });

      // The server refuses the verify action itself, whatever the page showed.
      const replay = await replayServerAction(context, verify);
      expect(replay.text).toContain("Your role is not allowed to do this.");
      expect(replay.text).not.toContain("Chain intact");
      await context.close();
    });
  }

  test("a signed-out request gets no export", async ({ request }) => {
    // A script (no HTML accepted) reaches the route, which answers 401 in the API's error format.
    const response = await request.get("/audit/export?entity=system", { maxRedirects: 0, headers: { accept: "*/*" } });
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe("unauthenticated");
    // A person's browser is sent to sign-in instead, and gets no CSV either.
    const navigation = await request.get("/audit/export?entity=system", { maxRedirects: 0, headers: { accept: "text/html" } });
    expect(navigation.status()).toBe(307);
    expect(navigation.headers()["location"]).toMatch(/\/login\?callbackUrl=%2Faudit%2Fexport/);
    expect(await navigation.text()).not.toContain("prev_hash");
  });
});
