import { expect, test, type Page } from "@playwright/test";
import { captureServerAction, contextAs, replayServerAction, signIn } from "./support";

const unique = (label: string) => `${label} ${Date.now().toString(36)}`;

async function saveIntroduction(page: Page, text: string) {
  await page.goto("/notice");
  await page.getByLabel("Introduction", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Save introduction" }).click();
  await expect(page.getByText("Introduction saved. Publish the notice to show it on the public page.")).toBeVisible();
  await expect(page.getByTestId("notice-status")).toHaveAttribute("data-state", "out-of-date");
}

/** Publishes from /notice and returns the new version number. */
async function publish(page: Page): Promise<number> {
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const message = page.getByText(/Version \d+ is published and shown on the public page\./);
  await expect(message).toBeVisible();
  return Number((await message.textContent())!.match(/Version (\d+)/)![1]);
}

test.describe("privacy notice", () => {
  test("the DPO edits the introduction and publishes; a signed-out visitor reads it at /privacy, with past versions", async ({ page, browser }) => {
    await signIn(page, "dpo");
    await page.goto("/notice");
    // The seed published version 1 from the demo record; specs that ran before may have changed the record since.
    await expect(page.getByTestId("notice-status")).toHaveAttribute("data-state", /^(up-to-date|out-of-date)$/);
    await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible();
    await expect(page.getByRole("article", { name: "Privacy notice" }).getByText("Website live chat support").first()).toBeVisible();

    const intro = unique("Welcome to the Northwind chat, now with weekend support.");
    await saveIntroduction(page, intro);
    await expect(page.getByRole("article", { name: "Privacy notice" }).getByText(intro)).toBeVisible();
    await expect(page.getByRole("link", { name: /See what changed since version \d+/ })).toBeVisible();
    const version = await publish(page);
    await expect(page.getByTestId("notice-status")).toHaveAttribute("data-state", "up-to-date");
    // Publishing the same content again creates nothing.
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByText(`Nothing to publish: version ${version} already says exactly this.`)).toBeVisible();

    const visitor = await browser.newContext();
    const publicPage = await visitor.newPage();
    const response = await publicPage.goto("/privacy");
    expect(response?.status()).toBe(200);
    expect(publicPage.url()).toMatch(/\/privacy$/);
    await expect(publicPage.getByRole("heading", { level: 1, name: "Privacy notice for the Northwind Outdoor AB website chat" })).toBeVisible();
    await expect(publicPage.getByText(intro)).toBeVisible();
    await expect(publicPage.getByTestId("notice-stamp")).toContainText(`Version ${version}, published`);
    await expect(publicPage.getByRole("heading", { name: /\d+\. Your right to complain/ })).toBeVisible();
    await expect(publicPage.getByText(/Integritetsskyddsmyndigheten, IMY/)).toBeVisible();
    await expect(publicPage.getByTestId("current-user")).toHaveCount(0);

    await publicPage.getByRole("link", { name: /Version 1, published/ }).click();
    await expect(publicPage).toHaveURL(/\/privacy\/versions\/1$/);
    await expect(publicPage.getByText("This is an earlier version, no longer in force.")).toBeVisible();
    await expect(publicPage.getByText(intro)).toHaveCount(0);
    const missing = await publicPage.goto("/privacy/versions/9999");
    expect(missing?.status()).toBe(404);
    await expect(publicPage.getByRole("heading", { name: "Version not found" })).toBeVisible();
    expect((await publicPage.goto("/privacy/versions/abc"))?.status()).toBe(404);
    await visitor.close();
  });

  test("the diff page marks what changed between two versions", async ({ page }) => {
    await signIn(page, "dpo");
    const before = unique("Before: we answer within minutes.");
    await saveIntroduction(page, before);
    const from = await publish(page);
    const after = unique("After: we answer within seconds.");
    await saveIntroduction(page, after);

    // The banner compares the published version with the preview.
    await page.getByRole("link", { name: `See what changed since version ${from}` }).click();
    await expect(page.getByTestId("diff-summary")).toHaveText("1 line added, 1 line removed.");
    const to = await (async () => {
      await page.goto("/notice");
      return publish(page);
    })();

    await page.goto("/notice/versions");
    await page.getByRole("link", { name: `Compare with version ${from}` }).click();
    await expect(page).toHaveURL(new RegExp(`/notice/diff\\?from=${from}&to=${to}$`));
    await expect(page.getByTestId("diff-summary")).toHaveText("1 line added, 1 line removed.");
    const diff = page.getByTestId("notice-diff");
    await expect(diff.locator("tr[data-change=removed]")).toContainText(before);
    await expect(diff.locator("tr[data-change=removed]")).toContainText("− Removed");
    await expect(diff.locator("tr[data-change=added]")).toContainText(after);
    await expect(diff.locator("tr[data-change=added]")).toContainText("+ Added");
    await expect(diff.locator("tr[data-change=added] ins")).toHaveText(after);
    await expect(diff.locator("tr[data-change=removed] del")).toHaveText(before);

    // The picker compares any two versions; the same version twice shows no difference.
    await page.getByLabel("Compare", { exact: true }).selectOption(String(to));
    await page.getByLabel("with", { exact: true }).selectOption(String(to));
    await page.getByRole("button", { name: "Show differences" }).click();
    await expect(page.getByTestId("diff-summary")).toHaveText(`No differences: version ${to} and version ${to} say exactly the same.`);
    expect((await page.goto("/notice/diff?from=1&to=9999"))?.status()).toBe(404);
    expect((await page.goto("/notice/versions/9999"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Version not found" })).toBeVisible();
  });

  test("a too-long introduction shows an error under the field and saves nothing", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/notice");
    const current = await page.getByLabel("Introduction", { exact: true }).inputValue();
    await page.getByLabel("Introduction", { exact: true }).fill("x".repeat(4001));
    await page.getByRole("button", { name: "Save introduction" }).click();
    await expect(page.getByText("Use at most 4000 characters.")).toBeVisible();
    await expect(page.getByLabel("Introduction", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await page.goto("/notice");
    await expect(page.getByLabel("Introduction", { exact: true })).toHaveValue(current);
  });

  test("a viewer reads the notice but cannot publish, even by replaying the DPO's publish request", async ({ browser }) => {
    const dpo = await contextAs(browser, "dpo");
    await saveIntroduction(dpo.page, unique("Replay target introduction."));
    const versionsBefore = await dpo.page.getByRole("link", { name: /^Versions \(\d+\)$/ }).textContent();

    // Capture the publish request without letting it reach the server.
    await dpo.page.route("**/notice", (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
    const captured = await captureServerAction(dpo.page, () => dpo.page.getByRole("button", { name: "Publish", exact: true }).click());
    await dpo.page.unroute("**/notice");

    const viewer = await contextAs(browser, "viewer");
    await viewer.page.goto("/notice");
    await expect(viewer.page.getByRole("heading", { name: "Preview" })).toBeVisible();
    await expect(viewer.page.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
    await expect(viewer.page.getByRole("button", { name: "Save introduction" })).toHaveCount(0);
    await expect(viewer.page.getByRole("link", { name: "Privacy notice" })).toBeVisible();

    const replay = await replayServerAction(viewer.context, captured);
    expect(replay.status).toBeLessThan(500);
    expect(replay.text).toContain("Your role is not allowed to do this.");
    await dpo.page.goto("/notice");
    await expect(dpo.page.getByTestId("notice-status")).toHaveAttribute("data-state", "out-of-date");
    await expect(dpo.page.getByRole("link", { name: /^Versions \(\d+\)$/ })).toHaveText(versionsBefore!);

    // The very same request from the DPO goes through: it was the role that was refused.
    const own = await replayServerAction(dpo.context, captured);
    expect(own.text).toMatch(/Version \d+ is published/);
    await dpo.page.goto("/notice");
    await expect(dpo.page.getByTestId("notice-status")).toHaveAttribute("data-state", "up-to-date");
    await dpo.context.close();
    await viewer.context.close();
  });
});

test.describe("processing for other controllers (Art. 30(2))", () => {
  test("the DPO records an entry with a transfer; bad input writes nothing; a viewer only reads; an unknown id is not found", async ({ page, browser }) => {
    await signIn(page, "dpo");
    await page.goto("/inventory");
    await page.getByRole("link", { name: "As a processor (Art. 30(2))" }).click();
    await expect(page.getByRole("link", { name: "Alpine Trail Gear GmbH" })).toBeVisible();
    await page.getByRole("link", { name: "Add an entry" }).click();
    // The list's filters have a "Controller" field too: wait for the form's page.
    await expect(page.getByRole("heading", { level: 1, name: "Add processing for a controller" })).toBeVisible();

    const controller = unique("Fjällräv Partner AB");
    await page.getByLabel(/^Controller( \*)?$/).fill(controller);
    await page.getByLabel("Status").selectOption("ended");
    await page.getByRole("button", { name: "Add entry" }).click();
    await expect(page.getByText("Describe the categories of processing carried out for this controller (Art. 30(2)(b)).")).toBeVisible();
    await expect(page.getByLabel(/^Controller( \*)?$/)).toHaveValue(controller);
    await page.getByLabel("Categories of processing").fill("Live chat support for the partner's customers, on its instructions.");
    await page.getByRole("button", { name: "Add entry" }).click();
    await expect(page.getByText("Give the date the processing ended.")).toBeVisible();
    await expect(page).toHaveURL(/\/inventory\/processor-record\/new$/);

    await page.getByLabel("Status").selectOption("active");
    await page.getByLabel("TLS for the chat widget and chat API").check();
    await page.getByRole("button", { name: "Add entry" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Processing for ${controller}` })).toBeVisible();
    await expect(page.getByRole("list", { name: "Security measures" })).toContainText("TLS for the chat widget and chat API");

    await page.getByLabel("Recipient").fill("Support desk in Canada");
    await page.getByLabel("Country").fill("CA");
    await page.getByLabel("Mechanism").selectOption("adequacy");
    await page.getByRole("button", { name: "Add transfer" }).click();
    await expect(page.getByText("Transfer added.")).toBeVisible();
    await expect(page.getByRole("cell", { name: "Support desk in Canada", exact: true })).toBeVisible();
    await expect(page.getByRole("list", { name: "History" })).toContainText("Transfer added (CA)");

    const viewer = await contextAs(browser, "viewer");
    await viewer.page.goto("/inventory/processor-record");
    await expect(viewer.page.getByRole("link", { name: controller })).toBeVisible();
    await expect(viewer.page.getByRole("link", { name: "Add an entry" })).toHaveCount(0);
    expect((await viewer.page.goto("/inventory/processor-record/new"))?.status()).toBe(403);
    const missing = await viewer.page.goto("/inventory/processor-record/00000000-0000-4000-8000-000000000000");
    expect(missing?.status()).toBe(404);
    await expect(viewer.page.getByRole("heading", { name: "Entry not found" })).toBeVisible();
    const csv = await viewer.context.request.get("/inventory/processor-record/export");
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(controller);
    await viewer.context.close();
  });
});
