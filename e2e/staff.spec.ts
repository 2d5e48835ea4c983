import { expect, test } from "@playwright/test";
import { captureServerAction, contextAs, replayServerAction, signIn } from "./support";

const suffix = () => Date.now().toString(36);

test.describe("staff directory", () => {
  test("a manager sees only their team and records a completion", async ({ page }) => {
    await signIn(page, "manager");
    await page.goto("/staff");
    await expect(page.getByRole("link", { name: "Sara Nyström" })).toBeVisible();
    // Karin works in IT, managed by nobody in DPO Desk: not in the manager's team.
    await expect(page.getByRole("link", { name: "Karin Lund" })).toHaveCount(0);
    await page.goto("/staff?q=karin");
    await expect(page.getByText("No one matches these filters")).toBeVisible();

    await page.goto("/staff?q=omar");
    await page.getByRole("link", { name: "Omar Haddad" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Omar Haddad" })).toBeVisible();
    const before = await page.getByTestId("completion-row").count();
    // The first course in the list, whatever the courses module named it.
    await page.getByRole("combobox", { name: /^Course/ }).selectOption({ index: 1 });
    await page.getByLabel("Score (0–100)").fill("150");
    await page.getByRole("button", { name: "Record completion" }).click();
    await expect(page.getByText("Use 0 to 100.")).toBeVisible();
    await page.getByLabel("Score (0–100)").fill("85");
    await page.getByLabel("Certificate").setInputFiles({ name: "certificate.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n%test\n") });
    await page.getByRole("button", { name: "Record completion" }).click();
    await expect(page.getByText("Completion recorded.")).toBeVisible();
    await expect(page.getByTestId("completion-row")).toHaveCount(before + 1);
    const download = page.getByRole("link", { name: "Download" }).first();
    const response = await page.request.get((await download.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
  });

  test("a manager opening another team's person gets 404, and an unknown id is not found", async ({ browser }) => {
    const dpo = await contextAs(browser, "dpo");
    await dpo.page.goto("/staff?q=karin");
    const href = await dpo.page.getByRole("link", { name: "Karin Lund" }).getAttribute("href");
    expect(href).toMatch(/^\/staff\/[0-9a-f-]{36}$/);
    const manager = await contextAs(browser, "manager");
    const response = await manager.page.goto(href!);
    expect(response?.status()).toBe(404);
    await expect(manager.page.getByRole("heading", { name: "Person not found" })).toBeVisible();
    const certificate = await manager.page.request.get(`${href}/certificates/00000000-0000-4000-8000-000000000000`);
    expect(certificate.status()).toBe(404);

    const unknown = await dpo.page.goto("/staff/00000000-0000-4000-8000-000000000000");
    expect(unknown?.status()).toBe(404);
    await expect(dpo.page.getByRole("heading", { name: "Person not found" })).toBeVisible();
    expect((await dpo.page.goto("/staff/not-an-id"))?.status()).toBe(404);
    await dpo.context.close();
    await manager.context.close();
  });

  test("the DPO imports staff from a CSV with a bad row: the preview shows it, confirming imports the good rows", async ({ page }) => {
    const s = suffix();
    const csv =
      "name,work_email,team,job_title,manager_email,customer_facing,start_date,leave_date\r\n" +
      `Ines Import ${s},ines.${s}@northwind-outdoor.example,Support,Chat agent,manager@northwind-outdoor.example,yes,2026-01-05,\r\n` +
      `Bad Row ${s},bad.${s}@northwind-outdoor.example,Support,Chat agent,,perhaps,2026-01-05,\r\n`;
    await signIn(page, "dpo");
    await page.goto("/staff");
    await page.getByRole("link", { name: "Import staff" }).click();
    await page.getByLabel("CSV file").setInputFiles({ name: "staff.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByText("Customer-facing must be yes or no (or true/false, 1/0).")).toBeVisible();
    await expect(page.locator('[data-testid="import-row"][data-valid="true"]')).toHaveCount(1);
    // Nothing is written by the preview.
    await page.request.get("/staff").then(async (r) => expect(await r.text()).not.toContain(`Ines Import ${s}`));
    await page.getByRole("button", { name: "Import 1 valid row" }).click();
    await expect(page.getByText("Imported: 1 created, 0 updated, 0 unchanged, 1 skipped with errors.")).toBeVisible();
    await page.goto(`/staff?q=${s}`);
    await expect(page.getByRole("link", { name: `Ines Import ${s}` })).toBeVisible();
    await expect(page.getByRole("link", { name: `Bad Row ${s}` })).toHaveCount(0);
  });

  test("a viewer is refused a staff write by the server", async ({ browser }) => {
    const dpo = await contextAs(browser, "dpo");
    await dpo.page.goto("/staff/new");
    const s = suffix();
    await dpo.page.getByLabel("Name").fill(`Vera Viewer-Test ${s}`);
    await dpo.page.getByLabel("Work email").fill(`vera.${s}@northwind-outdoor.example`);
    const captured = await captureServerAction(dpo.page, () => dpo.page.getByRole("button", { name: "Add person" }).click());
    await expect(dpo.page.getByRole("heading", { level: 1, name: `Vera Viewer-Test ${s}` })).toBeVisible();

    const viewer = await contextAs(browser, "viewer");
    const forbidden = await viewer.page.goto("/staff/new");
    expect(forbidden?.status()).toBe(403);
    const renamed = Buffer.from(captured.body.toString("latin1").replaceAll(`vera.${s}`, `vera2.${s}`), "latin1");
    const replay = await replayServerAction(viewer.context, captured, renamed);
    expect(replay.status).toBeLessThan(500);
    expect(replay.text).toContain("Your role is not allowed to do this.");
    await dpo.page.goto(`/staff?q=vera2.${s}`);
    await expect(dpo.page.getByText("No one matches these filters")).toBeVisible();
    await dpo.context.close();
    await viewer.context.close();
  });
});
