import { expect, test } from "@playwright/test";
import { captureServerAction, contextAs, replayServerAction } from "./support";

// Karin Sjöberg is a seeded chat person (db/seed/chat-conversations.ts) no other spec relies on. Her request is
// recorded here rather than seeded: a ninth demo request would change the queue's figures other tests assert.
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 16);
test.describe("erasure with its certificate", () => {
  test("the DPO erases a person, gets the certificate, and the person is gone; a viewer's replay is refused", async ({ browser }) => {
    const dpo = await contextAs(browser, "dpo");
    const viewer = await contextAs(browser, "viewer");
    const page = dpo.page;
    await page.goto("/requests/new");
    await page.getByLabel("Type of request").selectOption("erasure");
    await page.getByLabel("How it arrived").selectOption("email");
    await page.getByLabel("Received at").fill(yesterday());
    await page.getByLabel("What the person asked for").fill("Delete my account and my chats.");
    await page.getByLabel("Name", { exact: true }).fill("Karin Sjöberg");
    await page.getByLabel("E-mail", { exact: true }).fill("karin.sjoberg@example.org");
    await page.getByLabel("E-mail an acknowledgement with the reference and the due date").check();
    await page.getByRole("button", { name: "Record request" }).click();
    await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
    const reference = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").split(" ")[0]!;
    expect(reference).toMatch(/^DSR-\d{4}-\d{4}$/);
    await page.getByRole("button", { name: "Start work (identity not in doubt)" }).click();
    await expect(page.getByRole("list", { name: "Timeline" })).toContainText("Received → In progress");
    const requestUrl = page.url();
    const personHref = await page.getByRole("link", { name: "The person linked to this request" }).getAttribute("href");
    expect(personHref).toMatch(/^\/subjects\/[0-9a-f-]{36}$/);

    // The preview: what goes, what stays.
    await expect(page.getByText("Conversations to delete")).toBeVisible();
    await expect(page.getByText(/^2 \(\d+ messages\)$/)).toBeVisible();
    await expect(page.getByText("email: karin.sjoberg@example.org")).toBeVisible();

    // The confirm step is checked on the server: without it nothing happens.
    await page.getByRole("button", { name: "Erase", exact: true }).click();
    await expect(page.getByText("Tick the box to confirm: erasure cannot be undone.").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Certificate of erasure" })).toHaveCount(0);

    await page.getByLabel("I understand that erasure cannot be undone").check();
    const captured = await captureServerAction(page, () => page.getByRole("button", { name: "Erase", exact: true }).click());
    const certificate = page.getByRole("heading", { name: "Certificate of erasure" });
    await expect(certificate).toBeVisible();
    await expect(page.getByText(/^[0-9a-f]{64}$/)).toBeVisible();
    await page.reload();
    await expect(page.getByText("karin.sjoberg@example.org")).toHaveCount(0);
    await expect(page.getByText("Karin Sjöberg")).toHaveCount(0);

    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download the certificate" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(`erasure-certificate-${reference}.txt`);
    const text = await (await page.request.get(`${requestUrl}/certificate`)).text();
    expect(text).toContain("CERTIFICATE OF ERASURE");
    expect(text).toContain("Conversations deleted: 2");
    expect(text.toLowerCase()).not.toContain("karin");
    // The acknowledgement e-mailed to her is kept as a record that it was sent, without her address or text.
    await page.goto("/outbox");
    await expect(page.getByText("karin.sjoberg@example.org")).toHaveCount(0);

    const gone = await page.goto(personHref!);
    expect(gone?.status()).toBe(404);

    // The same request sent by a viewer: the server refuses it on the role, not because it was done already.
    const replay = await replayServerAction(viewer.context, captured);
    expect(replay.status).toBeLessThan(500);
    expect(replay.text).toContain("Your role is not allowed to do this.");
    const viewerCert = await viewer.context.request.get(`${requestUrl}/certificate`);
    expect(viewerCert.status()).toBe(200);
    await dpo.context.close();
    await viewer.context.close();
  });

  test("an unknown request has no certificate", async ({ browser }) => {
    const dpo = await contextAs(browser, "dpo");
    const response = await dpo.page.request.get("/requests/00000000-0000-4000-8000-000000000000/certificate");
    expect(response.status()).toBe(404);
    await dpo.context.close();
  });
});
