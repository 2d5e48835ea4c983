import { expect, test, type Page } from "@playwright/test";
import { captureServerAction, contextAs, replayServerAction, signIn } from "./support";

// The demo chat (db/seed/chat-conversations.ts) is the data: Northwind Outdoor's website conversations.
// The demo retention rules (12 months; payment 60 days; health 90 days) may run while the suite does,
// so every conversation used here is one that no rule deletes or anonymises yet.
const MARKUP = "Is <b>bold</b> text allowed here? <script>alert(1)</script>";

/** Opens a seeded conversation by its external id, found through the list's identifier search. */
async function openConversation(page: Page, identifier: string, externalId: string) {
  await page.goto(`/chats?q=${encodeURIComponent(identifier)}`);
  await page.getByTestId("conversation-row").filter({ hasText: externalId }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: `Conversation ${externalId}` })).toBeVisible();
}

/** The id of the first finding of a type in the conversation's findings list. */
async function findingId(page: Page, typeLabel: string) {
  const item = page.getByTestId("finding-item").filter({ hasText: typeLabel }).first();
  const id = await item.getAttribute("data-finding-id");
  expect(id).toMatch(/^\d+$/);
  return id!;
}

const withFindingId = (body: Buffer, id: string) => Buffer.from(body.toString("latin1").replace(/(findingId"\r\n\r\n)\d+/, `$1${id}`), "latin1");

test.describe("chat data", () => {
  test("the list filters on the server: identifier in any format, special category, category, source", async ({ page }) => {
    await signIn(page, "legal");
    await page.goto("/chats");
    await expect(page.getByRole("heading", { level: 1, name: "Conversations" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Sources" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Import" })).toHaveCount(0);

    await page.getByLabel("Visitor identifier").fill("Chloe.Martin@EXAMPLE.com");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/q=Chloe\.Martin%40EXAMPLE\.com/);
    const rows = page.getByTestId("conversation-row");
    await expect(rows).toHaveCount(3);
    await expect(rows.filter({ hasText: "nw-web-0021" })).toHaveCount(1);

    // A phone from the visitor profile, searched in national format (stored as +46701740617). A phone only
    // typed into a message is a mention, not anyone's identifier, so it is not a way to find a person's chats.
    await page.goto(`/chats?q=${encodeURIComponent("070-174 06 17")}`);
    await expect(rows.filter({ hasText: "nw-web-0022" })).toHaveCount(1);
    await expect(rows.filter({ hasText: "nw-web-0039" })).toHaveCount(1);
    await expect(rows.filter({ hasText: "nw-web-0013" })).toHaveCount(0);

    await page.goto("/chats?special=yes");
    await expect(rows.first()).toBeVisible();
    const count = await rows.count();
    await expect(rows.filter({ hasText: "Special category" })).toHaveCount(count);
    await expect(rows.filter({ hasText: "nw-web-0036" })).toHaveCount(1);
    await expect(rows.filter({ hasText: "nw-web-0037" })).toHaveCount(0);

    await page.goto("/chats?category=payment");
    await expect(rows.filter({ hasText: "nw-web-0034" })).toHaveCount(1);
    await expect(rows.filter({ hasText: "nw-web-0036" })).toHaveCount(0);

    await page.goto("/chats?source=no-such-source");
    await expect(page.getByText("No conversations match these filters")).toBeVisible();
  });

  test("chat text is shown as text: markup in a message runs nothing and creates no element", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await signIn(page, "viewer");
    await openConversation(page, "website:v-52003", "nw-web-0020");
    const transcript = page.getByRole("list", { name: "Transcript" });
    await expect(transcript.getByText(MARKUP, { exact: true })).toBeVisible();
    await expect(transcript.locator("b")).toHaveCount(0);
    await expect(transcript.locator("script")).toHaveCount(0);
    await page.reload();
    await expect(transcript.getByText(MARKUP, { exact: true })).toBeVisible();
    expect(dialogs).toEqual([]);
  });

  test("the DPO masks a finding and the stored text shows the placeholder", async ({ page }) => {
    const IBAN = "SE45 5000 0000 0583 9825 7466";
    await signIn(page, "dpo");
    await openConversation(page, "anna.lindqvist@example.com", "nw-web-0019");
    const transcript = page.getByRole("list", { name: "Transcript" });
    await expect(transcript).toContainText(`Kan jag få pengarna till ${IBAN}?`);
    // The finding is a <mark> labelled with its type and status.
    await expect(transcript.locator("mark[data-status=open]").filter({ hasText: IBAN })).toHaveAttribute("title", "IBAN, open");

    const iban = page.getByTestId("finding-item").filter({ hasText: "IBAN" });
    await iban.getByRole("button", { name: /^Mask/ }).click();
    await expect(transcript).toContainText("Kan jag få pengarna till [IBAN]?");
    await expect(transcript).not.toContainText("SE45");
    await expect(transcript.locator("mark[data-status=masked]")).toHaveText("[IBAN]");
    await expect(transcript.locator("mark[data-status=masked]")).toHaveAttribute("title", "IBAN, masked");
    await expect(page.getByTestId("finding-item").filter({ hasText: "IBAN" })).toHaveAttribute("data-status", "masked");
    await page.reload();
    await expect(transcript).toContainText("Kan jag få pengarna till [IBAN]?");

    // The queue's history shows it, with the placeholder rather than the number.
    await page.goto("/findings?status=masked&type=iban");
    await expect(page.getByTestId("finding-row").filter({ hasText: "[IBAN]" }).first()).toBeVisible();
    await expect(page.getByText(IBAN)).toHaveCount(0);
  });

  test("a viewer sees no mask button, and the server refuses a replayed mask", async ({ browser }) => {
    const viewer = await contextAs(browser, "viewer");
    await openConversation(viewer.page, "website:v-51420", "nw-web-0016");
    await expect(viewer.page.getByRole("list", { name: "Transcript" })).toContainText("My IP is 192.0.2.44 if");
    await expect(viewer.page.getByRole("button", { name: /^Mask/ })).toHaveCount(0);
    await expect(viewer.page.getByRole("button", { name: /^Dismiss/ })).toHaveCount(0);
    const target = await findingId(viewer.page, "IP address");
    await viewer.page.goto("/findings?type=ip");
    await expect(viewer.page.getByTestId("finding-row").first()).toBeVisible();
    await expect(viewer.page.getByRole("button", { name: /Mask/ })).toHaveCount(0);

    // The DPO's own mask request on another finding, sent again as the viewer, aimed at the IP address.
    const dpo = await contextAs(browser, "dpo");
    await openConversation(dpo.page, "+47 412 34 567", "nw-web-0030");
    const iban = dpo.page.getByTestId("finding-item").filter({ hasText: "IBAN" });
    const captured = await captureServerAction(dpo.page, () => iban.getByRole("button", { name: /^Mask/ }).click());
    await expect(dpo.page.getByRole("list", { name: "Transcript" })).toContainText("min norske konto [IBAN], går det?");
    expect(captured.body.toString("latin1")).toMatch(/findingId"\r\n\r\n\d+/);

    const replay = await replayServerAction(viewer.context, captured, withFindingId(captured.body, target));
    expect(replay.status).toBeLessThan(500);
    expect(replay.text).toContain("Your role is not allowed to do this.");
    await openConversation(viewer.page, "website:v-51420", "nw-web-0016");
    await expect(viewer.page.getByRole("list", { name: "Transcript" })).toContainText("My IP is 192.0.2.44 if");
    await expect(viewer.page.getByTestId("finding-item").filter({ hasText: "IP address" })).toHaveAttribute("data-status", "open");

    // Garbage to the same action as the DPO: an error state, no write, no 500.
    const garbage = await replayServerAction(dpo.context, captured, Buffer.from(captured.body.toString("latin1").replace(/(findingId"\r\n\r\n)\d+/, "$1abc"), "latin1"));
    expect(garbage.status).toBeLessThan(500);
    expect(garbage.text).toContain("The form could not be read.");
    await viewer.context.close();
    await dpo.context.close();
  });

  test("the person page lists identifiers with their origin, conversations and findings", async ({ page }) => {
    await signIn(page, "legal");
    await page.goto("/subjects?q=ahmed.hassan%40example.net");
    await page.getByTestId("subject-row").getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: "Ahmed Hassan" })).toBeVisible();
    const identifiers = page.getByRole("table", { name: "Identifiers and where they came from" });
    await expect(identifiers.getByRole("row").filter({ hasText: "ahmed.hassan@example.net" })).toContainText("Given in the visitor form");
    // The phone he typed is a mention in his own conversation, not one of his identifiers.
    await expect(identifiers.getByRole("row").filter({ hasText: "+46701740633" })).toHaveCount(0);
    await expect(page.getByRole("list", { name: "Typed in their conversations" })).toContainText("+46701740633");
    await expect(page.getByRole("table", { name: /own conversations/ }).locator("tbody tr")).toHaveCount(2);
    await expect(page.getByRole("list", { name: "Findings" })).toContainText("Phone number");
    await expect(page.getByTestId("legal-hold-panel")).toBeVisible();
  });

  test("bulk masking by type asks first, then masks every open one", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/findings?type=national_id");
    const rows = page.getByTestId("finding-row");
    await expect(rows.first()).toBeVisible();
    const open = await rows.count();
    const numbers = await rows.locator("mark").allTextContents();
    expect(numbers.length).toBe(open);
    await page.getByRole("button", { name: "Mask all open national identity numbers" }).click();
    await expect(page.getByRole("heading", { name: `Mask ${open} open national identity numbers?` })).toBeVisible();
    await page.getByRole("button", { name: `Mask ${open} national identity numbers` }).click();
    await expect(page.getByText(new RegExp(`^Masked ${open} national identity numbers in \\d+ messages?`))).toBeVisible();
    await expect(page.getByText("No open national identity number findings to review")).toBeVisible();
    await page.goto("/findings?status=masked&type=national_id");
    expect(await rows.filter({ hasText: "[national id]" }).count()).toBeGreaterThanOrEqual(open);
    for (const number of numbers) await expect(page.getByText(number)).toHaveCount(0);
  });

  test("an unknown conversation is a 404, and a manager may not read chats", async ({ page, browser }) => {
    await signIn(page, "dpo");
    const unknown = await page.goto("/chats/00000000-0000-4000-8000-000000000000");
    expect(unknown?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Conversation not found" })).toBeVisible();
    const invalid = await page.goto("/chats/not-a-uuid");
    expect(invalid?.status()).toBe(404);
    const person = await page.goto("/subjects/not-a-uuid");
    expect(person?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Person not found" })).toBeVisible();

    const manager = await contextAs(browser, "manager");
    for (const path of ["/chats", "/findings", "/subjects", "/chats/00000000-0000-4000-8000-000000000000"]) {
      const response = await manager.page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
    await manager.page.goto("/");
    const sidebar = manager.page.getByRole("navigation", { name: "Main" });
    await expect(sidebar.getByRole("link", { name: "Training", exact: true })).toBeVisible();
    await expect(sidebar.getByRole("link", { name: "Conversations" })).toHaveCount(0);
    await expect(sidebar.getByRole("link", { name: "Data subjects" })).toHaveCount(0);
    await manager.context.close();
  });
});
