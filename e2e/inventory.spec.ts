import { expect, test, type Page } from "@playwright/test";
import { captureServerAction, contextAs, replayServerAction, signIn } from "./support";

const unique = (label: string) => `${label} ${Date.now().toString(36)}`;

// The demo seed does not hold the inventory yet, so each test adds the categories it picks.
async function addCategory(page: Page, kind: "data category" | "category of people", name: string, special = false) {
  await page.goto("/inventory/categories");
  const form = page.getByRole("form", { name: `Add a ${kind}` });
  await form.getByLabel(`New ${kind}`).fill(name);
  if (special) await form.getByLabel("Special category (Art. 9)").check();
  await form.getByRole("button", { name: "Add" }).click();
  await expect(page.getByText(`Category “${name}” added.`)).toBeVisible();
}

test.describe("record of processing", () => {
  test("the DPO creates an activity choosing categories and sees it on its page", async ({ page }) => {
    await signIn(page, "dpo");
    const data = unique("Chat transcripts");
    const health = unique("Health data");
    const people = unique("Website visitors");
    await addCategory(page, "data category", data);
    await addCategory(page, "data category", health, true);
    await addCategory(page, "category of people", people);

    await page.goto("/inventory");
    await page.getByRole("link", { name: "Add an activity" }).click();
    // The list's search box is also labelled "Name": wait for the form before typing.
    await expect(page.getByRole("heading", { level: 1, name: "Add a processing activity" })).toBeVisible();
    const name = unique("Website live chat support");
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Purposes").fill("Answer visitors' questions in real time.");
    await page.getByLabel("Legal basis").selectOption("contract");
    await page.getByRole("checkbox", { name: data }).check();
    await page.getByRole("checkbox", { name: health }).check();
    await page.getByRole("checkbox", { name: people }).check();
    await page.getByLabel("Covers live chat data").check();
    await page.getByRole("button", { name: "Create activity" }).click();
    // A special category needs its Art. 9 condition; the ticks survive the refusal.
    await expect(page.getByText(/choose the Art\. 9\(2\) condition/)).toBeVisible();
    await expect(page.getByRole("checkbox", { name: health })).toBeChecked();
    await page.getByLabel("Art. 9 condition").selectOption("explicit_consent");
    await page.getByRole("button", { name: "Create activity" }).click();

    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page).toHaveURL(/\/inventory\/[0-9a-f-]{36}$/);
    await expect(page.getByText(data)).toBeVisible();
    await expect(page.getByText(people)).toBeVisible();
    await expect(page.getByText("Set by the chat retention rules.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "(a) Controller and DPO" })).toBeVisible();
    await expect(page.getByRole("list", { name: "History" })).toContainText("Added to the record");

    await page.goto(`/inventory?special=yes&q=${encodeURIComponent(name)}`);
    await expect(page.getByRole("link", { name })).toBeVisible();
    await page.goto(`/inventory?special=no&q=${encodeURIComponent(name)}`);
    await expect(page.getByRole("link", { name })).toHaveCount(0);
  });

  test("legitimate interests without the interest shows an error and writes nothing", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/inventory/new");
    const name = unique("Chat analytics");
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Purposes").fill("Measure response times.");
    await page.getByLabel("Legal basis").selectOption("legitimate_interests");
    await page.getByRole("button", { name: "Create activity" }).click();
    await expect(page.getByText("Describe the legitimate interest pursued (Art. 6(1)(f)).")).toBeVisible();
    await expect(page.getByLabel("Legitimate interest")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/inventory\/new$/);
    await expect(page.getByLabel("Name")).toHaveValue(name);
    await page.goto(`/inventory?archived=all&q=${encodeURIComponent(name)}`);
    await expect(page.getByRole("link", { name })).toHaveCount(0);
  });

  test("the viewer reads but the server refuses its writes", async ({ browser }) => {
    const dpo = await contextAs(browser, "dpo");
    await dpo.page.goto("/inventory/new");
    const name = unique("Replay target");
    await dpo.page.getByLabel("Name").fill(name);
    await dpo.page.getByLabel("Purposes").fill("Replay test");
    const captured = await captureServerAction(dpo.page, () => dpo.page.getByRole("button", { name: "Create activity" }).click());
    await expect(dpo.page.getByRole("heading", { level: 1, name })).toBeVisible();

    const viewer = await contextAs(browser, "viewer");
    await viewer.page.goto("/inventory");
    await expect(viewer.page.getByRole("link", { name: "Add an activity" })).toHaveCount(0);
    await viewer.page.getByRole("link", { name }).click();
    await expect(viewer.page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(viewer.page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    const forbidden = await viewer.page.goto("/inventory/new");
    expect(forbidden?.status()).toBe(403);

    const renamed = Buffer.from(captured.body.toString("latin1").replace(name, `${name} again`), "latin1");
    const replay = await replayServerAction(viewer.context, captured, renamed);
    expect(replay.status).toBeLessThan(500);
    expect(replay.text).toContain("Your role is not allowed to do this.");

    const emptied = Buffer.from(captured.body.toString("latin1").replace(name, ""), "latin1");
    const garbage = await replayServerAction(dpo.context, captured, emptied);
    expect(garbage.status).toBeLessThan(500);
    expect(garbage.text).toContain("Give the activity a name.");

    await dpo.page.goto(`/inventory?q=${encodeURIComponent(name)}`);
    await expect(dpo.page.getByRole("link", { name: /Replay target/ })).toHaveCount(1);
    await dpo.context.close();
    await viewer.context.close();
  });

  test("an unknown activity id answers not found with 404", async ({ page }) => {
    await signIn(page, "legal");
    const missing = await page.goto("/inventory/00000000-0000-4000-8000-000000000000");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Activity not found" })).toBeVisible();
    const garbage = await page.goto("/inventory/not-a-uuid");
    expect(garbage?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Activity not found" })).toBeVisible();
  });
});
