import { expect, test } from "@playwright/test";
import { contextAs, signIn } from "./support";

const unique = (label: string) => `${label} ${Date.now().toString(36)}`;

test.describe("gaps", () => {
  test("the DPO links a processor without an agreement to a new activity and follows the gap to the processor", async ({ page, browser }) => {
    await signIn(page, "dpo");
    await page.goto("/inventory/new");
    await expect(page.getByRole("heading", { level: 1, name: "Add a processing activity" })).toBeVisible();
    const activity = unique("Chat follow-up tickets");
    await page.getByLabel("Name").fill(activity);
    await page.getByLabel("Purposes").fill("Follow up visitors' questions by ticket.");
    await page.getByLabel("Legal basis").selectOption("contract");
    await page.getByRole("textbox", { name: "Retention" }).fill("Tickets deleted 12 months after they are closed.");
    await page.getByRole("button", { name: "Create activity" }).click();
    await expect(page.getByRole("heading", { level: 1, name: activity })).toBeVisible();

    // The processor form links the activity whose data it receives; no agreement is recorded.
    await page.goto("/processors/new");
    await expect(page.getByRole("heading", { level: 1, name: "Add a processor" })).toBeVisible();
    const processor = unique("Ticketdesk GmbH");
    await page.getByLabel(/^Name/).fill(processor);
    await page.getByLabel("Country").fill("DE");
    await page.getByLabel("Service provided").fill("Ticketing for chat follow-ups");
    await page.getByRole("checkbox", { name: activity }).check();
    await page.getByRole("button", { name: "Create processor" }).click();
    await expect(page.getByRole("heading", { level: 1, name: processor })).toBeVisible();
    const processorUrl = new URL(page.url()).pathname;
    expect(processorUrl).toMatch(/^\/processors\/[0-9a-f-]{36}$/);

    await page.getByRole("navigation").getByRole("link", { name: "Gaps", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Gaps" })).toBeVisible();
    const group = page.getByRole("list", { name: "Processors without a signed, current agreement" });
    const item = group.getByRole("listitem").filter({ hasText: processor });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(`“${processor}” receives personal data from “${activity}”, but no agreement is on record`);
    await expect(item).toContainText("High");

    // Filtering by kind lives in the URL.
    await page.getByRole("link", { name: /^Processors without a signed, current agreement/ }).click();
    await expect(page).toHaveURL(/\/gaps\?kind=processor_agreement$/);
    await expect(page.getByRole("link", { name: /^Processors without a signed, current agreement/ })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("list", { name: "Activities without retention" })).toHaveCount(0);
    await page.goto("/gaps?kind=dpia");
    await expect(page.getByText(processor)).toHaveCount(0);

    await page.goto("/gaps?kind=processor_agreement");
    await page.getByRole("link", { name: `Put a signed agreement in place with ${processor}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: processor })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(processorUrl);
    expect(new URL(page.url()).hash).toBe("#agreements-title");
    await expect(page.getByText("No agreement recorded: processing without one breaks Art. 28(3).")).toBeVisible();

    // A viewer reads the same gap, with a link to read the processor rather than to fix it.
    const viewer = await contextAs(browser, "viewer");
    await viewer.page.goto("/gaps?kind=processor_agreement");
    const seen = viewer.page.getByRole("listitem").filter({ hasText: processor });
    await expect(seen).toContainText("no agreement is on record");
    await expect(seen.getByRole("link", { name: `Put a signed agreement in place with ${processor}` })).toHaveCount(0);
    await seen.getByRole("link", { name: `View ${processor}` }).click();
    await expect(viewer.page.getByRole("heading", { level: 1, name: processor })).toBeVisible();
    await viewer.context.close();
  });

  test("every role may read the gaps; an unknown kind in the URL shows them all", async ({ browser }) => {
    const { context, page } = await contextAs(browser, "manager");
    const response = await page.goto("/gaps?kind=nonsense");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Gaps" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^All gaps/ })).toHaveAttribute("aria-current", "page");
    await context.close();
  });

  test("signed out, the gaps page sends to sign-in", async ({ page }) => {
    await page.goto("/gaps");
    await expect(page).toHaveURL(/\/login/);
  });
});
