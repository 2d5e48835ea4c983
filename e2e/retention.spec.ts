import { expect, test, type Page } from "@playwright/test";
import { captureServerAction, contextAs, replayServerAction, signIn } from "./support";

// The demo seed's rules (db/seed/retention.ts) leave fourteen months of website chat partly past retention.
const unique = (label: string) => `${label} ${Date.now().toString(36)}`;

async function optionValue(page: Page, select: string, text: string) {
  const value = await page.locator(`select[name=${select}] option`, { hasText: text }).first().getAttribute("value");
  expect(value).toBeTruthy();
  return value!;
}

test.describe("retention", () => {
  test("the DPO adds a rule, sees it win by specificity, edits it, and deletes it; bad input writes nothing", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/retention");
    await expect(page.getByText("The most specific rule wins:")).toBeVisible();
    await expect(page.getByText("Ties go to the shorter period")).toBeVisible();
    const rows = page.getByTestId("retention-rule-row");
    await expect(rows.filter({ hasText: "Website chats — 12 months" })).toBeVisible();

    // A name taken in another case, and a period past 100 years: errors under the fields, nothing saved.
    await page.getByLabel("Rule name").fill("WEBSITE CHATS — 12 MONTHS");
    await page.getByLabel("Keep for (days)").fill("40000");
    await page.getByRole("button", { name: "Add rule" }).click();
    await expect(page.getByText("At most 36500 days (100 years).")).toBeVisible();
    await expect(page.getByLabel("Keep for (days)")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Keep for (days)").fill("30");
    await page.getByRole("button", { name: "Add rule" }).click();
    // The refusal's sentence stands at the top of the form and under the field.
    await expect(page.getByRole("alert").filter({ hasText: /A rule named "WEBSITE CHATS — 12 MONTHS" already exists/ })).toBeVisible();
    await expect(page.locator("#f-name-error")).toContainText('A rule named "WEBSITE CHATS — 12 MONTHS" already exists');
    await expect(page.getByLabel("Rule name")).toHaveAttribute("aria-invalid", "true");
    await expect(rows).toHaveCount(3);

    // Source and category set: more specific than the website rule, so it takes the complaint chats.
    const name = unique("Website complaints — 2 years");
    await page.getByLabel("Rule name").fill(name);
    await page.getByLabel("Source").selectOption(await optionValue(page, "sourceId", "(website)"));
    await page.getByLabel("Category", { exact: true }).fill("complaint");
    await page.getByLabel("Keep for (days)").fill("730");
    await page.getByLabel("Then").selectOption("delete");
    await page.getByLabel("Processing activity in the record").selectOption({ label: "Website live chat support" });
    await page.getByRole("button", { name: "Add rule" }).click();
    await expect(page.getByText("Rule added.")).toBeVisible();
    const row = rows.filter({ hasText: name });
    await expect(row).toContainText("Category: complaint");
    await expect(row).toContainText("Specificity 2 of 3");
    await expect(row).toContainText("730 days (2 years)");
    await expect(row.getByRole("link", { name: "Website live chat support" })).toBeVisible();
    const covered = Number(await row.locator("td").nth(5).innerText());
    expect(covered).toBeGreaterThan(0);

    await row.getByRole("link", { name: `Edit rule ${name}` }).click();
    await expect(page.getByRole("heading", { name: `Edit rule “${name}”` })).toBeVisible();
    await expect(page.getByLabel("Keep for (days)")).toHaveValue("730");
    await page.getByLabel("Keep for (days)").fill("1095");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Rule saved.")).toBeVisible();
    await expect(rows.filter({ hasText: name })).toContainText("1095 days (3 years)");

    await rows.filter({ hasText: name }).getByText("Delete…").click();
    await rows.filter({ hasText: name }).getByRole("button", { name: `Delete “${name}”` }).click();
    await expect(page.getByText("Rule deleted.")).toBeVisible();
    await expect(rows.filter({ hasText: name })).toHaveCount(0);

    // A rule that is gone (or never was): said plainly, and the form adds a new one instead.
    await page.goto("/retention?edit=00000000-0000-4000-8000-000000000000");
    await expect(page.getByText("That rule does not exist any more.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Add a rule" })).toBeVisible();
  });

  test("a legal hold keeps a past-due conversation through a run; preview, run now and the receipt", async ({ page }) => {
    await signIn(page, "dpo");
    // A conversation the next run would take, held before it runs.
    await page.goto("/chats?retention=past");
    const due = page.getByTestId("conversation-row").first();
    const externalId = (await due.locator(".font-mono").innerText()).trim();
    await due.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: `Conversation ${externalId}` })).toBeVisible();
    const conversationUrl = page.url();
    const panel = page.getByTestId("legal-hold-panel");
    await expect(panel).toContainText("No hold");
    await panel.getByRole("button", { name: "Place legal hold" }).click();
    await expect(panel.getByText(/Give the reason for the hold/)).toBeVisible();
    const reason = unique("Customer dispute, case");
    await panel.getByLabel("Reason for the hold").fill(reason);
    await panel.getByRole("button", { name: "Place legal hold" }).click();
    await expect(panel).toContainText("On legal hold");
    await expect(panel.getByTestId("legal-hold-reason")).toHaveText(reason);
    await expect(panel).toContainText("Placed by Dana Lindqvist");

    await page.goto("/retention");
    await page.getByRole("link", { name: "Preview" }).click();
    await expect(page).toHaveURL(/preview=1/);
    const preview = page.getByRole("table", { name: "What a run now would do" });
    await expect(preview).toContainText("Website chats — 12 months");
    const heldTotal = Number(await preview.getByRole("row").last().locator("td").nth(4).innerText());
    expect(heldTotal).toBeGreaterThanOrEqual(1);

    await page.getByText("Run now…").click();
    await expect(page.getByText(/This deletes \d+ conversations? and anonymises \d+/)).toBeVisible();
    await page.getByRole("button", { name: "Run retention now" }).click();
    await expect(page.getByText(/Retention run finished: \d+ conversations? deleted, \d+ anonymised/)).toBeVisible();
    const receipt = page.getByTestId("retention-receipt").first();
    await expect(receipt).toContainText("Run now");
    await expect(receipt).toContainText("Dana Lindqvist");
    await expect(receipt).toContainText("Completed");
    await expect(receipt).toContainText(/Website chats — 12 months: deleted \d+ conversations?/);
    await expect(receipt).toContainText(/ids [0-9a-f]{64}/);

    // Nothing past due is left but what the hold keeps; the held conversation is still there.
    await page.goto("/retention?preview=1");
    const after = page.getByRole("table", { name: "What a run now would do" });
    await expect(after.getByRole("row").last().locator("td").nth(2)).toHaveText("0");
    await page.goto(conversationUrl);
    await expect(page.getByRole("heading", { level: 1, name: `Conversation ${externalId}` })).toBeVisible();
    await expect(panel).toContainText("On legal hold");

    const csv = await page.request.get("/retention/receipts/export");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    expect(text).toContain("run_id,started_at,finished_at,trigger,started_by,status");
    expect(text).toMatch(/,manual,Dana Lindqvist,completed,,[0-9a-f-]{36},Website chats — 12 months,delete,365,\d+,\d+,[0-9a-f]{64}/);

    await page.goto("/retention/receipts");
    await expect(page.getByTestId("retention-receipt").first()).toContainText("Completed");

    await page.goto(conversationUrl);
    await panel.getByText("Release the hold…").click();
    await panel.getByRole("button", { name: "Release hold" }).click();
    await expect(panel).toContainText("No hold");
  });

  test("a viewer reads rules and receipts but cannot run; the server refuses a replayed run; a manager may not open it", async ({ browser }) => {
    const dpo = await contextAs(browser, "dpo");
    await dpo.page.goto("/retention");
    await dpo.page.getByText("Run now…").click();
    const captured = await captureServerAction(dpo.page, () => dpo.page.getByRole("button", { name: "Run retention now" }).click());
    await expect(dpo.page.getByText(/Retention run finished/)).toBeVisible();

    const viewer = await contextAs(browser, "viewer");
    await viewer.page.goto("/retention");
    await expect(viewer.page.getByTestId("retention-rule-row").first()).toBeVisible();
    await expect(viewer.page.getByTestId("retention-receipt").first()).toBeVisible();
    await expect(viewer.page.getByText("Run now…")).toHaveCount(0);
    await expect(viewer.page.getByRole("button", { name: "Run retention now" })).toHaveCount(0);
    await expect(viewer.page.getByRole("button", { name: "Add rule" })).toHaveCount(0);
    await expect(viewer.page.getByRole("link", { name: /^Edit rule/ })).toHaveCount(0);
    const allReceipts = viewer.page.getByRole("link", { name: /^All receipts \(\d+\)$/ });
    const runsBefore = await allReceipts.innerText();
    const replay = await replayServerAction(viewer.context, captured);
    expect(replay.status).toBeLessThan(500);
    expect(replay.text).toContain("Your role is not allowed to do this.");
    expect((await viewer.context.request.get("/retention/receipts/export")).status()).toBe(200);

    // Garbage to the same action as the DPO (no confirmation): an error state, no run.
    const unconfirmed = Buffer.from(captured.body.toString("latin1").replace(/(confirm"\r\n\r\n)yes/, "$1no"), "latin1");
    const garbage = await replayServerAction(dpo.context, captured, unconfirmed);
    expect(garbage.status).toBeLessThan(500);
    expect(garbage.text).toContain("Confirm the run first");
    await viewer.page.reload();
    await expect(allReceipts).toHaveText(runsBefore);

    const manager = await contextAs(browser, "manager");
    await manager.page.goto("/retention");
    await expect(manager.page.getByText("Your role cannot open this page")).toBeVisible();
    expect((await manager.context.request.get("/retention/receipts/export")).status()).toBe(403);
    // The overview shows chat figures to roles that read chat data only.
    await manager.page.goto("/");
    await expect(manager.page.getByRole("heading", { name: "Chat data" })).toHaveCount(0);
    await viewer.page.goto("/");
    await expect(viewer.page.getByRole("heading", { name: "Chat data" })).toBeVisible();
    await expect(viewer.page.getByText("Covered by no retention rule")).toBeVisible();
    await expect(viewer.page.getByTestId("findings-by-month-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
    await dpo.context.close();
    await viewer.context.close();
    await manager.context.close();
  });
});
