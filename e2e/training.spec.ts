import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { captureServerAction, contextAs, replayServerAction, signIn } from "./support";

test.describe("training", () => {
  test("the DPO sees the charts, the overdue list and the courses; the overview has the trend", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/training");
    await expect(page.getByRole("heading", { level: 1, name: "Training" })).toBeVisible();
    await expect(page.getByTestId("training-by-course-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expect(page.getByTestId("training-by-team-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
    const overdue = page.getByRole("table", { name: /Overdue training/ });
    await expect(overdue.getByRole("link", { name: "Lisa Persson" })).toBeVisible();
    await expect(overdue.getByRole("link", { name: "Elin Sjöberg" })).toBeVisible();
    // The leaver is in no list.
    await expect(page.getByText("Nils Åberg")).toHaveCount(0);
    await expect(page.getByRole("table", { name: /Courses/ }).getByRole("link", { name: "Breach handling" })).toBeVisible();

    await page.goto("/");
    await expect(page.getByText("Customer-facing staff trained")).toBeVisible();
    await expect(page.getByTestId("training-trend-chart").locator(".recharts-line-curve")).toBeVisible();
  });

  test("reminders go to the outbox once a week: a second click skips them", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/training");
    const sendAll = page.getByRole("button", { name: /Send reminders to all \d+ overdue/ });
    const count = Number((await sendAll.textContent())!.match(/\d+/)![0]);
    await sendAll.click();
    await expect(page.getByText(`Sent ${count}, skipped 0 reminded in the last 7 days.`)).toBeVisible();
    await expect(page.getByText(/wait in the outbox/)).toBeVisible();

    await page.reload();
    await page.getByRole("button", { name: /Send reminders to all/ }).click();
    await expect(page.getByText(`Sent 0, skipped ${count} reminded in the last 7 days.`)).toBeVisible();
    await page.getByRole("button", { name: "Remind Lisa Persson about Breach handling" }).click();
    await expect(page.getByText("Sent 0, skipped 1 reminded in the last 7 days.")).toBeVisible();

    await page.goto("/outbox");
    await expect(page.getByText(/No mail server is configured/)).toBeVisible();
    await expect(page.getByTestId("outbox-row").first()).toContainText("Queued");
    await expect(page.getByText("lisa.persson@northwind-outdoor.example")).toBeVisible();
    await page.getByText("Training overdue: Breach handling").first().click();
    await expect(page.getByText(/Hello Lisa Persson,/)).toBeVisible();
  });

  test("a manager sees only their team on /training", async ({ page }) => {
    await signIn(page, "manager");
    await page.goto("/training");
    const overdue = page.getByRole("table", { name: /Overdue training/ });
    await expect(overdue.getByRole("link", { name: "Elin Sjöberg" })).toBeVisible();
    await expect(page.getByText("Lisa Persson")).toHaveCount(0);
    await expect(page.getByText("Peter Olofsson")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Add a course" })).toHaveCount(0);
    const forbidden = await page.goto("/training/courses/new");
    expect(forbidden?.status()).toBe(403);
  });

  test("a course form error stays under its field; the viewer is refused by the server", async ({ browser }) => {
    const dpo = await contextAs(browser, "dpo");
    await dpo.page.goto("/training/courses/new");
    await dpo.page.getByLabel("Valid for (months)").fill("");
    await dpo.page.getByRole("button", { name: "Add course" }).click();
    await expect(dpo.page.getByText("Give the course a title.")).toBeVisible();
    await expect(dpo.page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");

    // Checks that depend on several fields run once each field reads well.
    const title = `Replay target ${Date.now().toString(36)}`;
    await dpo.page.getByLabel("Title").fill(title);
    await dpo.page.getByRole("button", { name: "Add course" }).click();
    await expect(dpo.page.getByText(/or tick “never expires”/)).toBeVisible();
    await expect(dpo.page.getByLabel("Title")).toHaveValue(title);
    await dpo.page.getByLabel("Never expires").check();
    await dpo.page.getByLabel("Audience").selectOption("teams");
    await dpo.page.getByLabel("IT", { exact: true }).check();
    const captured = await captureServerAction(dpo.page, () => dpo.page.getByRole("button", { name: "Add course" }).click());
    await expect(dpo.page).toHaveURL(/\/training$/);
    await expect(dpo.page.getByRole("link", { name: title })).toBeVisible();

    const viewer = await contextAs(browser, "viewer");
    const replay = await replayServerAction(viewer.context, captured, Buffer.from(captured.body.toString("latin1").replace(title, `${title} again`), "latin1"));
    expect(replay.status).toBeLessThan(500);
    expect(replay.text).toContain("Your role is not allowed to do this.");
    await dpo.page.goto("/training");
    await expect(dpo.page.getByRole("link", { name: `${title} again` })).toHaveCount(0);
    await dpo.context.close();
    await viewer.context.close();
  });

  test("an unknown course id shows not found", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/training/courses/00000000-0000-4000-8000-000000000000");
    await expect(page.getByRole("heading", { name: "Course not found" })).toBeVisible();
    const response = await page.goto("/training/courses/not-a-uuid");
    expect(response?.status()).toBe(404);
  });

  test("the training status downloads as CSV with its header", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/training");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^training-status-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = (await readFile((await download.path())!)).toString("utf8");
    expect(text.split("\r\n")[0]).toBe("\uFEFFname,work_email,team,customer_facing,course,state,last_completed,due_on");
    expect(text).toContain("Lisa Persson,lisa.persson@northwind-outdoor.example,IT,no,Breach handling,overdue");
  });
});
