import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { contextAs, signIn } from "./support";

const STAMP = /Version (\d+) · SHA-256 ([0-9a-f]{64})/;

test.describe("record of processing export", () => {
  test("the DPO downloads the CSV, again gets the same version, and sees it listed", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/inventory");
    await page.getByRole("link", { name: "Export", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Record exports" })).toBeVisible();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^record-of-processing-v\d+\.csv$/);
    const text = (await readFile(await download.path())).toString("utf8");
    expect(text).toContain("Activity,Purposes,Legal basis,Legitimate interest,Art. 9 condition");
    const [, version, hash] = text.match(STAMP) ?? [];
    expect(version).toBeTruthy();

    const again = await page.request.get("/inventory/export?format=csv");
    expect(again.status()).toBe(200);
    expect(again.headers()["x-record-version"]).toBe(version);
    expect((await again.text()).match(STAMP)?.[2]).toBe(hash);

    await page.goto("/inventory/versions");
    await expect(page.getByRole("cell", { name: `Version ${version}`, exact: true })).toBeVisible();
    const past = await page.request.get(`/inventory/versions/${version}?format=xlsx`);
    expect(past.status()).toBe(200);
    expect(past.headers()["content-disposition"]).toContain(`record-of-processing-v${version}.xlsx`);

    await page.getByRole("link", { name: `Version ${version} to print or save as PDF` }).click();
    await expect(page.getByText(`Version ${version} · SHA-256 ${hash}`)).toBeVisible();
    await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  });

  test("a viewer can download; a bad format and an unknown version are refused", async ({ browser }) => {
    const { context, page } = await contextAs(browser, "viewer");
    const response = await page.request.get("/inventory/export?format=xlsx");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("spreadsheetml");
    const bad = await page.request.get("/inventory/export?format=pdf");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.code).toBe("invalid_format");
    const unknown = await page.request.get("/inventory/versions/999999?format=csv");
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.code).toBe("not_found");
    expect((await page.request.get("/inventory/versions/abc")).status()).toBe(404);
    await context.close();
  });

  test("a signed-out request gets no export", async ({ request }) => {
    const response = await request.get("/inventory/export?format=csv", { maxRedirects: 0, headers: { accept: "*/*" } });
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe("unauthenticated");
    const past = await request.get("/inventory/versions/1?format=csv", { maxRedirects: 0, headers: { accept: "*/*" } });
    expect(past.status()).toBe(401);
  });
});
