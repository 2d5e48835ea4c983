import { expect, test } from "@playwright/test";
import { captureServerAction, contextAs, replayServerAction, signIn } from "./support";

const unique = (label: string) => `${label} ${Date.now().toString(36)}`;

test.describe("breach log", () => {
  test("the DPO records a breach, sees its countdown, edits it and sees the timeline", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/breaches");
    await page.getByRole("link", { name: "Record a breach" }).click();
    const title = unique("Agent pasted chat log into public forum");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Confidentiality (disclosed or accessed)").check();
    await page.getByLabel("Approximate number of people").fill("12");
    await page.getByRole("button", { name: "Record breach" }).click();

    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page).toHaveURL(/\/breaches\/[0-9a-f-]{36}$/);
    const countdown = page.getByTestId("breach-countdown").first();
    await expect(countdown).toHaveAttribute("data-clock", "running");
    await expect(countdown).toContainText(/7[01] h \d+ min left/);
    await expect(page.getByRole("list", { name: "Timeline" })).toContainText("Recorded in DPO Desk");

    await page.getByRole("link", { name: "Edit" }).click();
    await page.getByLabel("Status").selectOption("assessing");
    await page.getByLabel("Risk to people").selectOption("risk");
    await page.getByLabel("Reasoning").fill("Names and order numbers were visible to anyone.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("list", { name: "Timeline" })).toContainText("status: Open → Assessing");
    await expect(page.getByText("Assessing", { exact: true }).first()).toBeVisible();

    await page.goto("/breaches?status=assessing");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await page.goto("/breaches?status=closed");
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  });

  test("bad input shows errors under the fields and writes nothing", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/breaches/new");
    await page.getByLabel("Title").fill("");
    await page.getByLabel("Decision").selectOption("not_required");
    await page.getByRole("button", { name: "Record breach" }).click();
    await expect(page.getByText("Give the breach a short title.")).toBeVisible();
    await expect(page.getByText("Explain why the authority is not notified (Art. 33(5)).")).toBeVisible();
    // Art. 33(1): "not notified" is open only to a breach assessed as unlikely to result in a risk.
    await expect(page.getByText(/Not notifying needs a risk assessment/)).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/breaches\/new$/);
    // The rest of what was typed is kept.
    await expect(page.getByLabel("Decision")).toHaveValue("not_required");

    const title = unique("Late notice");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Became aware at").fill("2026-01-05T09:00");
    await page.getByLabel("Decision").selectOption("notify");
    await page.getByLabel("Authority", { exact: true }).fill("IMY");
    await page.getByLabel("Notified at").fill("2026-01-09T09:00");
    await page.getByRole("button", { name: "Record breach" }).click();
    await expect(page.getByText(/give the reasons for the delay/)).toBeVisible();
    await page.goto("/breaches?sort=aware_asc");
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  });

  test("an unknown breach id shows not found", async ({ page }) => {
    await signIn(page, "legal");
    await page.goto("/breaches/00000000-0000-4000-8000-000000000000");
    await expect(page.getByRole("heading", { name: "Breach not found" })).toBeVisible();
    const response = await page.goto("/breaches/not-a-uuid");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Breach not found" })).toBeVisible();
  });

  test("the viewer reads but cannot write, even by calling the server directly", async ({ browser }) => {
    const dpo = await contextAs(browser, "dpo");
    await dpo.page.goto("/breaches/new");
    const title = unique("Replay target");
    await dpo.page.getByLabel("Title").fill(title);
    const captured = await captureServerAction(dpo.page, () => dpo.page.getByRole("button", { name: "Record breach" }).click());
    await expect(dpo.page.getByRole("heading", { level: 1, name: title })).toBeVisible();

    const viewer = await contextAs(browser, "viewer");
    await viewer.page.goto("/breaches");
    await expect(viewer.page.getByRole("link", { name: title })).toBeVisible();
    await expect(viewer.page.getByRole("link", { name: "Record a breach" })).toHaveCount(0);
    await viewer.page.getByRole("link", { name: title }).click();
    await expect(viewer.page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    const forbidden = await viewer.page.goto("/breaches/new");
    expect(forbidden?.status()).toBe(403);
    await expect(viewer.page.getByLabel("Title")).toHaveCount(0);
    await expect(viewer.page.getByText("Your role cannot open this page")).toBeVisible();

    const replay = await replayServerAction(viewer.context, captured);
    expect(replay.status).toBeLessThan(500);
    expect(replay.text).toContain("Your role is not allowed to do this.");

    // Garbage to the same action as the DPO: an error state, no write, no 500.
    const emptied = Buffer.from(captured.body.toString("latin1").replace(title, ""), "latin1");
    const garbage = await replayServerAction(dpo.context, captured, emptied);
    expect(garbage.status).toBeLessThan(500);
    expect(garbage.text).toContain("Give the breach a short title.");

    await dpo.page.goto("/breaches?sort=aware_desc");
    await expect(dpo.page.getByRole("link", { name: title })).toHaveCount(1);
    await dpo.context.close();
    await viewer.context.close();
  });

  test("a late notification's report holds the Art. 33(3) contents and its phases", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/breaches?risk=risk&status=notified");
    await page.getByRole("link", { name: "Chatbot vendor logged full chat text in a public bucket" }).click();
    await expect(page.getByTestId("breach-countdown").first()).toHaveAttribute("data-clock", "notified_late");
    const content = unique("Access log review finished");
    await page.getByLabel("Sent at").fill("2026-11-01T10:00");
    await page.getByLabel("Information provided in this phase").fill(content);
    await page.getByRole("button", { name: "Add follow-up" }).click();
    await expect(page.getByText("Follow-up notification recorded.")).toBeVisible();
    await expect(page.getByRole("list", { name: "Timeline" })).toContainText("Follow-up recorded");

    await page.getByRole("link", { name: "Authority report" }).click();
    await expect(page.getByRole("heading", { name: "(b) Data protection officer" })).toBeVisible();
    await expect(page.getByText("Dana Lindqvist").first()).toBeVisible();
    await expect(page.getByText("After the 72-hour limit")).toBeVisible();
    await expect(page.getByText("Reasons for the delay (Art. 33(1))")).toBeVisible();
    await expect(page.getByText(content)).toBeVisible();
  });

  test("the overview shows the breach figures and the chart", async ({ page }) => {
    await signIn(page, "manager");
    await page.goto("/");
    await expect(page.getByText("Inside the 72-hour window")).toBeVisible();
    await expect(page.getByTestId("breaches-by-month-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Chat transcripts e-mailed to the wrong customer" })).toBeVisible();
  });
});
