import { createHash } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { CHECKLIST_ITEMS } from "@/lib/processors/review";
import { captureServerAction, contextAs, replayServerAction, signIn } from "./support";

const unique = (label: string) => `${label} ${Date.now().toString(36)}`;

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("processors and agreements", () => {
  test("the DPO adds a processor linked to an activity, uploads its agreement and sends it to legal review", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/processors");
    await page.getByRole("link", { name: "Add a processor" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Add a processor" })).toBeVisible();
    await expectNoSeriousViolations(page);
    const name = unique("Ticketdesk Inc.");
    await page.getByLabel(/^Name/).fill(name);
    await page.getByLabel("Country").fill("us");
    await page.getByLabel("Service provided").fill("Ticketing for chat follow-ups");
    await page.getByLabel("Risk rating").selectOption("high");
    await page.getByRole("checkbox", { name: "Order handling" }).check();
    await page.getByRole("button", { name: "Create processor" }).click();
    // A rating needs its reasoning; what was typed and ticked stays.
    await expect(page.getByText("Explain the rating: what the processor handles and what could go wrong.")).toBeVisible();
    await expect(page.getByLabel("Reasoning")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("checkbox", { name: "Order handling" })).toBeChecked();
    await page.getByLabel("Reasoning").fill("Sees customers' order questions; US based.");
    await page.getByRole("button", { name: "Create processor" }).click();

    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page).toHaveURL(/\/processors\/[0-9a-f-]{36}$/);
    await expect(page.getByText("No transfer mechanism").first()).toBeVisible();
    await expect(page.getByRole("list", { name: "History" })).toContainText("Processor added");

    // Sub-processors are added and edited in place.
    const sub = page.getByRole("form", { name: "Add a sub-processor" });
    await sub.getByLabel("Name of new sub-processor").fill("Cloudrun LLC");
    await sub.getByLabel("Country of new sub-processor").fill("US");
    await sub.getByLabel("Transfer mechanism of new sub-processor").selectOption("scc");
    await sub.getByRole("button", { name: "Add sub-processor" }).click();
    await expect(page.getByRole("form", { name: "Edit sub-processor Cloudrun LLC" })).toBeVisible();

    // The activity's page lists the processors that receive its data.
    await page.getByRole("link", { name: "Order handling" }).click();
    await expect(page.getByRole("heading", { name: "Processors receiving this data" })).toBeVisible();
    await page.getByRole("link", { name }).click();

    await page.getByRole("link", { name: "Add an agreement" }).click();
    const status = page.getByLabel("Status");
    await expect(status.locator("option", { hasText: "Signed" })).toHaveCount(0);
    await expect(status.locator("option", { hasText: "In legal review" })).toHaveCount(0);
    await page.getByRole("button", { name: "Create agreement" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    await page.getByLabel("New version (PDF)").setInputFiles({ name: "contract.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>not a pdf</html>") });
    await page.getByRole("button", { name: "Upload" }).click();
    await expect(page.getByText("Only PDF files are accepted: this file is not a PDF.")).toBeVisible();
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    await page.getByLabel("New version (PDF)").setInputFiles({ name: "Ticketdesk DPA.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: "Upload" }).click();
    await expect(page.getByText(/Version 1 uploaded/)).toBeVisible();
    const sha256 = createHash("sha256").update(pdf).digest("hex");
    await expect(page.getByText(sha256)).toBeVisible();
    const href = await page.getByRole("link", { name: /Download version 1 of/ }).getAttribute("href");
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
    expect(download.headers()["content-disposition"]).toContain("attachment");

    await page.getByRole("button", { name: "Send to legal review" }).click();
    await expect(page.getByText("Sent to legal review: it is now in legal's queue.")).toBeVisible();
    await expect(page.getByText("In legal review").first()).toBeVisible();
    await page.goto("/processors/queue");
    await expect(page.getByRole("table", { name: "Agreements waiting for review" })).toContainText(name);

    await page.goto(`/processors?eea=out&q=${encodeURIComponent(name)}`);
    await expect(page.getByRole("link", { name })).toBeVisible();
    await page.goto(`/processors?eea=in&q=${encodeURIComponent(name)}`);
    await expect(page.getByRole("link", { name })).toHaveCount(0);
  });

  test("legal works through the checklist: a missing item blocks approval; approving signs the agreement", async ({ page }) => {
    await signIn(page, "legal");
    await page.goto("/processors/queue");
    // The seeded notice counts down to its objection deadline.
    const countdown = page.getByTestId("notice-countdown").first();
    await expect(countdown).toHaveAttribute("data-clock", "running");
    await expect(countdown).toContainText(/\d+ days? \d+ h left to object/);
    await expectNoSeriousViolations(page);
    await page.getByRole("link", { name: /Pipeline CRM Inc\./ }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: /Legal review:/ })).toBeVisible();
    await expectNoSeriousViolations(page);

    for (const item of CHECKLIST_ITEMS) {
      const group = page.getByTestId(`item-${item}`);
      await group.getByLabel("Present").check();
      await group.getByLabel("Clause").fill(`§ ${CHECKLIST_ITEMS.indexOf(item) + 1}`);
    }
    await page.getByTestId("item-clause_h").getByLabel("Missing").check();
    await page.getByLabel("Signed on").fill("2026-01-15");
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByText("One item is missing from the agreement: send it back rather than approve it.")).toBeVisible();
    await expect(page.getByText("Missing from the agreement: it cannot be approved. Send it back, or record the risk as accepted.")).toBeVisible();
    // Legal may not accept the risk of a refused clause: the DPO does (risks:accept).
    await expect(page.getByTestId("item-clause_h").getByLabel("Missing — risk accepted")).toHaveCount(0);

    await page.getByTestId("item-clause_h").getByLabel("Present").check();
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByText("Approved: the agreement is now signed.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Past reviews" })).toBeVisible();
    await expect(page.getByText("Signed", { exact: true }).first()).toBeVisible();
    await page.getByRole("link", { name: "Pipeline CRM Inc." }).click();
    await expect(page.getByRole("list", { name: "History" })).toContainText("review approved");

    // Legal records its answer to the pending sub-processor notice.
    await page.goto("/processors?q=Parley");
    await expectNoSeriousViolations(page);
    await page.getByRole("link", { name: "Parley Chat Cloud GmbH" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Parley Chat Cloud GmbH" })).toBeVisible();
    await expectNoSeriousViolations(page);
    const notice = page.getByRole("form", { name: "Decide on the notice" });
    await notice.getByLabel("Decision").selectOption("objected");
    await notice.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByText("Give the grounds of the objection, as sent to the processor.")).toBeVisible();
    await notice.getByLabel("Note").fill("Translation of transcripts needs its own DPIA first.");
    await notice.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByText("Objection recorded.")).toBeVisible();
    await page.goto("/processors/queue");
    await expect(page.getByText("No notice is awaiting a decision")).toBeVisible();
  });

  test("a manager reads processors but sees no edit button and is refused by the server", async ({ browser }) => {
    const dpo = await contextAs(browser, "dpo");
    await dpo.page.goto("/processors?q=Metricly");
    await dpo.page.getByRole("link", { name: "Metricly Analytics B.V." }).click();
    await expect(dpo.page.getByRole("heading", { level: 1, name: "Metricly Analytics B.V." })).toBeVisible();
    const url = dpo.page.url();
    await dpo.page.getByRole("link", { name: "Edit", exact: true }).click();
    const notes = unique("Checked by the DPO");
    await dpo.page.getByLabel("Notes").fill(notes);
    const captured = await captureServerAction(dpo.page, () => dpo.page.getByRole("button", { name: "Save changes" }).click());
    await expect(dpo.page.getByText(notes)).toBeVisible();

    const manager = await contextAs(browser, "manager");
    await manager.page.goto(url);
    await expect(manager.page.getByRole("heading", { level: 1, name: "Metricly Analytics B.V." })).toBeVisible();
    await expect(manager.page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
    await expect(manager.page.getByRole("link", { name: "Add an agreement" })).toHaveCount(0);
    await expect(manager.page.getByRole("form", { name: "Add a sub-processor" })).toHaveCount(0);
    const forbidden = await manager.page.goto(`${url}/edit`);
    expect(forbidden?.status()).toBe(403);

    const tampered = Buffer.from(captured.body.toString("latin1").replace(notes, "Changed by a manager"), "latin1");
    const replay = await replayServerAction(manager.context, captured, tampered);
    expect(replay.status).toBeLessThan(500);
    expect(replay.text).toContain("Your role is not allowed to do this.");

    // Garbage to the same action as the DPO: an error state, no write, no 500.
    const emptied = Buffer.from(captured.body.toString("latin1").replace("Metricly Analytics B.V.", ""), "latin1");
    const garbage = await replayServerAction(dpo.context, captured, emptied);
    expect(garbage.status).toBeLessThan(500);
    expect(garbage.text).toContain("Give the processor's name.");

    await dpo.page.goto(url);
    await expect(dpo.page.getByText(notes)).toBeVisible();
    await expect(dpo.page.getByText("Changed by a manager")).toHaveCount(0);
    await dpo.context.close();
    await manager.context.close();
  });

  test("an unknown processor, agreement or file shows not found", async ({ page }) => {
    await signIn(page, "viewer");
    await page.goto("/processors/00000000-0000-4000-8000-000000000000");
    await expect(page.getByRole("heading", { name: "Processor not found" })).toBeVisible();
    const response = await page.goto("/processors/not-a-uuid");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Processor not found" })).toBeVisible();
    const review = await page.goto("/processors/00000000-0000-4000-8000-000000000000/agreements/00000000-0000-4000-8000-000000000000/review");
    expect(review?.status()).toBe(404);
    const file = await page.request.get("/processors/00000000-0000-4000-8000-000000000000/agreements/00000000-0000-4000-8000-000000000000/files/00000000-0000-4000-8000-000000000000");
    expect(file.status()).toBe(404);
  });
});
