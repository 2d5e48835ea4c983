import { expect, test } from "@playwright/test";
import { captureServerAction, contextAs, replayServerAction, signIn } from "./support";

const unique = (label: string) => `${label} ${Date.now().toString(36)}`;

test.describe("security measures", () => {
  test("the DPO adds a measure and marks it reviewed today", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/measures");
    await page.getByRole("link", { name: "Add a measure" }).click();
    const name = unique("Masking of card numbers in chat");
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Kind").selectOption("technical");
    await page.getByLabel("Status").selectOption("in_place");
    await page.getByLabel("Description").fill("Card numbers typed by visitors are masked before storage.");
    await page.getByRole("button", { name: "Add measure" }).click();

    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page).toHaveURL(/\/measures\/[0-9a-f-]{36}$/);
    await expect(page.getByText("Review overdue")).toBeVisible();
    await expect(page.getByText(/None yet/)).toBeVisible();
    await expect(page.getByRole("list", { name: "History" })).toContainText("Recorded");

    await page.getByRole("button", { name: "Mark reviewed today" }).click();
    await expect(page.getByText("Marked as reviewed today.")).toBeVisible();
    await expect(page.getByRole("list", { name: "History" })).toContainText("Marked reviewed");
    await expect(page.getByText("Review overdue")).toHaveCount(0);

    await page.goto("/measures?status=in_place&kind=technical");
    await expect(page.getByRole("link", { name })).toBeVisible();
    await page.goto("/measures?review=overdue");
    await expect(page.getByRole("link", { name })).toHaveCount(0);
  });

  test("bad input and a duplicate name show errors under the field and write nothing", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/measures/new");
    await page.getByLabel("Status").selectOption("needs_improvement");
    await page.getByRole("button", { name: "Add measure" }).click();
    await expect(page.getByText("Give the measure a name.")).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/measures\/new$/);
    await expect(page.getByLabel("Status")).toHaveValue("needs_improvement");

    const name = unique("Quarterly access review");
    await page.getByLabel("Name").fill(name);
    await page.getByRole("button", { name: "Add measure" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    await page.goto("/measures/new");
    await page.getByLabel("Name").fill(name.toUpperCase());
    await page.getByRole("button", { name: "Add measure" }).click();
    // The refusal shows at the top of the form and under the field it is about.
    await expect(page.getByRole("alert").filter({ hasText: "A measure with this name already exists" })).toBeVisible();
    await expect(page.locator("#f-name-error")).toContainText("A measure with this name already exists");
    await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Name")).toHaveValue(name.toUpperCase());
    await page.goto("/measures");
    await expect(page.getByRole("link", { name: new RegExp(name, "i") })).toHaveCount(1);
  });

  test("the viewer reads the register but the server refuses its writes", async ({ browser }) => {
    const dpo = await contextAs(browser, "dpo");
    await dpo.page.goto("/measures/new");
    const name = unique("Replay target measure");
    await dpo.page.getByLabel("Name").fill(name);
    const captured = await captureServerAction(dpo.page, () => dpo.page.getByRole("button", { name: "Add measure" }).click());
    await expect(dpo.page.getByRole("heading", { level: 1, name })).toBeVisible();

    const viewer = await contextAs(browser, "viewer");
    await viewer.page.goto("/measures");
    await expect(viewer.page.getByRole("link", { name })).toBeVisible();
    await expect(viewer.page.getByRole("link", { name: "Add a measure" })).toHaveCount(0);
    await viewer.page.getByRole("link", { name }).click();
    await expect(viewer.page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(viewer.page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    await expect(viewer.page.getByRole("button", { name: "Mark reviewed today" })).toHaveCount(0);
    const forbidden = await viewer.page.goto("/measures/new");
    expect(forbidden?.status()).toBe(403);

    // The DPO's own request, with a fresh name, sent with the viewer's session.
    const smuggled = unique("Smuggled measure");
    const body = Buffer.from(captured.body.toString("latin1").replace(name, smuggled), "latin1");
    const replay = await replayServerAction(viewer.context, captured, body);
    expect(replay.status).toBeLessThan(500);
    expect(replay.text).toContain("Your role is not allowed to do this.");

    // Garbage to the same action as the DPO: an error state, no write, no 500.
    const emptied = Buffer.from(captured.body.toString("latin1").replace(name, ""), "latin1");
    const garbage = await replayServerAction(dpo.context, captured, emptied);
    expect(garbage.status).toBeLessThan(500);
    expect(garbage.text).toContain("Give the measure a name.");

    await dpo.page.goto("/measures");
    await expect(dpo.page.getByRole("link", { name: smuggled })).toHaveCount(0);
    await expect(dpo.page.getByRole("link", { name })).toHaveCount(1);
    await dpo.context.close();
    await viewer.context.close();
  });

  test("an unknown measure id answers 404 with the not-found page", async ({ page }) => {
    await signIn(page, "manager");
    const unknown = await page.goto("/measures/00000000-0000-4000-8000-000000000000");
    expect(unknown?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Measure not found" })).toBeVisible();
    const malformed = await page.goto("/measures/not-a-uuid");
    expect(malformed?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Measure not found" })).toBeVisible();
  });
});
