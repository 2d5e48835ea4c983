import { expect, test, type Page } from "@playwright/test";
import { createHash } from "node:crypto";
import { captureServerAction, contextAs, signIn } from "./support";

const HEADER = "source,conversation_id,started_at,ended_at,category,visitor_id,visitor_name,visitor_email,visitor_phone,message_id,sent_at,author,author_name,text";

function csvFile(rows: string[]) {
  return { name: "chats.csv", mimeType: "text/csv", buffer: Buffer.from([HEADER, ...rows].join("\r\n") + "\r\n", "utf8") };
}

async function conversationsFor(page: Page, email: string) {
  await page.goto(`/chats?q=${encodeURIComponent(email)}`);
  return page.getByRole("table");
}

test.describe("chat import", () => {
  test("a bad row is shown with its line and nothing is written; fixed, the file imports and the conversation appears", async ({ page }) => {
    await signIn(page, "dpo");
    const id = `e2e-${Date.now().toString(36)}`;
    const email = `${id}@example.se`;
    const good = `website,${id},2026-03-02T09:15:00+01:00,,returns,,Eva Lind,${email},,m-1,2026-03-02T09:15:00+01:00,visitor,Eva,"Hi, the zip on my jacket broke."`;
    const badSecond = `website,${id},,,,,,,,m-2,2026-03-02T09:17:00+01:00,customer,Eva,Can I return it?`;
    const fixedSecond = `website,${id},,,,,,,,m-2,2026-03-02T09:17:00+01:00,agent,Erik,"Of course, here is a return label."`;

    await page.goto("/chats/import");
    await expect(page.getByRole("heading", { level: 1, name: "Import conversations" })).toBeVisible();
    await page.getByLabel("CSV or JSON file").setInputFiles(csvFile([good, badSecond]));
    await page.getByRole("button", { name: "Preview" }).click();

    const issue = page.getByTestId("import-issue");
    await expect(issue).toHaveCount(1);
    await expect(issue).toHaveAttribute("data-line", "3");
    await expect(issue).toContainText("Line 3");
    await expect(issue).toContainText("author");
    await expect(issue).toContainText('must be "visitor", "agent" or "bot"');
    await expect(page.getByTestId("import-summary-rows-with-errors")).toHaveText("1");
    await expect(page.getByRole("button", { name: /^Import \d+ conversation/ })).toHaveCount(0);

    // Nothing was written: the conversations list does not know this visitor.
    await conversationsFor(page, email);
    await expect(page.getByText("No conversations match these filters")).toBeVisible();

    await page.goto("/chats/import");
    await page.getByLabel("CSV or JSON file").setInputFiles(csvFile([good, fixedSecond]));
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByTestId("import-issue")).toHaveCount(0);
    await expect(page.getByTestId("import-summary-messages")).toHaveText("2");
    await page.getByRole("button", { name: "Import 1 conversation" }).click();
    await expect(page.getByText("Imported: 1 new conversation (0 already known), 2 new messages")).toBeVisible();

    await page.getByRole("list", { name: "Imported conversations" }).getByRole("link", { name: new RegExp(id) }).click();
    await expect(page).toHaveURL(/\/chats\/[0-9a-f-]{36}$/);
    await expect(page.getByText("Hi, the zip on my jacket broke.")).toBeVisible();
    await expect(page.getByText("Of course, here is a return label.")).toBeVisible();

    const table = await conversationsFor(page, email);
    await expect(table.getByRole("row")).toHaveCount(2);
  });

  test("a file swapped after the preview is not imported without a preview of its own", async ({ page }) => {
    await signIn(page, "dpo");
    const id = `e2e-swap-${Date.now().toString(36)}`;
    await page.goto("/chats/import");
    await page.getByLabel("CSV or JSON file").setInputFiles(csvFile([`website,${id},,,,,,,,m-1,2026-03-02T09:15:00Z,visitor,,Hello`]));
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("button", { name: "Import 1 conversation" })).toBeVisible();
    await page.getByLabel("CSV or JSON file").setInputFiles(csvFile([`website,${id},,,,,,,,m-1,2026-03-02T09:15:00Z,visitor,,Hello`, `website,${id}-b,,,,,,,,m-1,2026-03-02T09:16:00Z,visitor,,Hi`]));
    await expect(page.getByRole("button", { name: "Import 1 conversation" })).toHaveCount(0);
    await expect(page.getByText("You chose another file: preview it before importing.")).toBeVisible();
  });

  test("a viewer cannot open the import page, and the import action sent as a viewer is refused", async ({ page, browser }) => {
    await signIn(page, "dpo");
    await page.goto("/chats/import");
    const id = `e2e-replay-${Date.now().toString(36)}`;
    const email = `${id}@example.se`;
    const file = csvFile([`website,${id},,,,,,${email},,m-1,2026-03-02T09:15:00Z,visitor,,Hello`]);
    const captured = await captureServerAction(page, async () => {
      await page.getByLabel("CSV or JSON file").setInputFiles(file);
      await page.getByRole("button", { name: "Preview" }).click();
    });
    await expect(page.getByRole("button", { name: "Import 1 conversation" })).toBeVisible();

    const { context, page: viewerPage } = await contextAs(browser, "viewer");
    const response = await viewerPage.goto("/chats/import");
    expect(response?.status()).toBe(403);
    expect((await viewerPage.request.get("/chats/import/template")).status()).toBe(403);
    // Chromium does not expose a multipart body holding a file, so the confirming request is rebuilt as
    // React encodes it (fields "_1_<name>", then the arguments in "0", in that order) and sent as each user.
    const headers = { ...Object.fromEntries(Object.entries(captured.headers).filter(([name]) => name !== "content-type")), origin: new URL(captured.url).origin };
    const confirmation = () => {
      const form = new FormData();
      form.append("_1_file", new File([file.buffer], file.name, { type: file.mimeType }));
      form.append("_1_intent", "confirm");
      form.append("_1_fileHash", createHash("sha256").update(file.buffer.toString("utf8")).digest("hex"));
      form.append("0", JSON.stringify([{ ok: false, message: "", stage: "upload" }, "$K1"]));
      return form;
    };
    const refused = await context.request.post(captured.url, { headers, multipart: confirmation() });
    expect(refused.status()).toBeLessThan(500);
    expect(await refused.text()).toContain("Your role is not allowed to do this.");
    await context.close();
    await conversationsFor(page, email);
    await expect(page.getByText("No conversations match these filters")).toBeVisible();

    // The very same request from the DPO imports: only the role made the difference.
    const accepted = await page.request.post(captured.url, { headers, multipart: confirmation() });
    expect(await accepted.text()).toContain("Imported: 1 new conversation");
    const table = await conversationsFor(page, email);
    await expect(table.getByRole("row")).toHaveCount(2);
  });
});

test.describe("chat sources", () => {
  test("the DPO connects a Chatwoot account, sees the webhook URL once, and a webhook call lands", async ({ page, browser }) => {
    await signIn(page, "dpo");
    await page.goto("/chats/sources");
    const key = `cw-${Date.now().toString(36)}`;
    const form = page.getByRole("form", { name: "Connect a Chatwoot account" });
    await form.getByLabel("Key").fill(key);
    await form.getByLabel("Name").fill(`Chatwoot ${key}`);
    await page.getByRole("button", { name: "Create source" }).click();
    const urlField = page.getByTestId("webhook-url");
    await expect(urlField).toHaveValue(new RegExp(`/api/webhooks/chatwoot/${key}\\?token=[A-Za-z0-9_-]{43}$`));
    const url = await urlField.inputValue();

    const now = Math.floor(Date.now() / 1000);
    const event = {
      event: "message_created",
      id: 7001,
      content: "Hello from Chatwoot",
      created_at: new Date(now * 1000).toISOString(),
      message_type: "incoming",
      private: false,
      account: { id: 1 },
      sender: { id: 3, name: "Visitor", type: "contact" },
      conversation: { id: 55, created_at: now, status: "open", meta: { sender: { id: 3, name: "Visitor" } } },
    };
    const wrong = await page.request.post(url.replace(/token=.*/, "token=wrong"), { data: event });
    expect(wrong.status()).toBe(401);
    const ok = await page.request.post(url, { data: event });
    expect(ok.status()).toBe(200);

    await page.getByRole("button", { name: "Done, I have pasted it" }).click();
    await expect(urlField).toHaveCount(0);
    await page.reload();
    const row = page.locator(`[data-testid="source-row"][data-key="${key}"]`);
    await expect(row).toContainText("Chatwoot");
    await expect(row.getByRole("link", { name: "1" })).toBeVisible();
    await expect(page.getByTestId("webhook-url")).toHaveCount(0);

    const { context, page: viewerPage } = await contextAs(browser, "viewer");
    await viewerPage.goto("/chats/sources");
    await expect(viewerPage.locator(`[data-testid="source-row"][data-key="${key}"]`)).toBeVisible();
    await expect(viewerPage.getByRole("button", { name: "Create source" })).toHaveCount(0);
    await expect(viewerPage.getByText(/^Manage /)).toHaveCount(0);
    await context.close();
  });
});
