import { expect, test } from "@playwright/test";
import { captureServerAction, contextAs, replayServerAction, signIn } from "./support";

const unique = (label: string) => `${label} ${Date.now().toString(36)}`;

function batch(externalId: string) {
  const sentAt = new Date(Date.now() - 5 * 60_000).toISOString();
  return {
    source: "e2e-widget",
    conversations: [
      {
        externalId,
        startedAt: sentAt,
        visitor: { email: `${externalId}@example.com` },
        messages: [{ externalId: "1", sentAt, author: "visitor", text: "Hello from the end-to-end test" }],
      },
    ],
  };
}

test.describe("API keys", () => {
  test("the DPO creates a key, sees it once, uses it, and a revoked key gets 401", async ({ page, request }) => {
    await signIn(page, "dpo");
    await page.goto("/settings/api-keys");
    await expect(page.getByRole("heading", { name: "API keys", exact: true })).toBeVisible();
    const name = unique("Website widget");
    await page.getByLabel("Name").fill(name);
    await page.getByRole("checkbox", { name: /chats:read/ }).check();
    await page.getByRole("button", { name: "Create key" }).click();

    const shown = page.getByTestId("new-api-key");
    await expect(shown).toHaveValue(/^dpo_[A-Za-z0-9_-]{43}$/);
    await expect(page.getByText("You will not see it again")).toBeVisible();
    const key = await shown.inputValue();
    const row = page.getByTestId("api-key-row").filter({ hasText: name });
    await expect(row).toContainText(key.slice(0, 12));
    await expect(row).toContainText("chats:write");
    await expect(row).toContainText("chats:read");
    await expect(row).toContainText("Never");

    const externalId = `e2e-${Date.now().toString(36)}`;
    const posted = await request.post("/api/v1/conversations", { headers: { authorization: `Bearer ${key}` }, data: batch(externalId) });
    expect(posted.status()).toBe(201);
    expect((await posted.json()).messages).toEqual({ received: 1, inserted: 1, duplicates: 0 });
    const lookup = await request.get(`/api/v1/subjects?identifier=${externalId.toUpperCase()}@example.com`, { headers: { authorization: `Bearer ${key}` } });
    expect(lookup.status()).toBe(200);
    expect((await lookup.json()).subjects).toHaveLength(1);

    // Shown once: after a reload the key is nowhere on the page, only its prefix.
    await page.reload();
    await expect(page.getByTestId("new-api-key")).toHaveCount(0);
    expect(await page.content()).not.toContain(key);
    await expect(row).toContainText(key.slice(0, 12));
    await expect(row).not.toContainText("Never");

    await row.getByRole("button", { name: `Revoke ${name}` }).click();
    await row.getByRole("button", { name: "Yes, revoke" }).click();
    await expect(row).toContainText("Revoked");
    const refused = await request.post("/api/v1/conversations", { headers: { authorization: `Bearer ${key}` }, data: batch(`${externalId}-2`) });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe("unauthorized");
  });

  test("bad input shows errors under the fields and creates nothing", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/settings/api-keys");
    const rowsBefore = await page.getByTestId("api-key-row").count();
    await page.getByRole("checkbox", { name: /chats:write/ }).uncheck();
    await page.getByRole("button", { name: "Create key" }).click();
    await expect(page.getByText(/Name the key after what uses it/)).toBeVisible();
    await expect(page.getByText("Choose at least one scope.")).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("new-api-key")).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId("api-key-row")).toHaveCount(rowsBefore);
  });

  test("the API answers in JSON: no key, unknown ids and unknown paths, never a sign-in redirect", async ({ request }) => {
    const anonymous = await request.get("/api/v1/subjects?identifier=a@example.com", { headers: { accept: "text/html" }, maxRedirects: 0 });
    expect(anonymous.status()).toBe(401);
    expect((await anonymous.json()).error.code).toBe("unauthorized");
    const unknown = await request.get("/api/v1/no-such-endpoint", { maxRedirects: 0 });
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.code).toBe("not_found");
  });

  test("a viewer can neither open the page nor create a key by replaying the action", async ({ browser }) => {
    const dpo = await contextAs(browser, "dpo");
    await dpo.page.goto("/settings/api-keys");
    await dpo.page.getByLabel("Name").fill(unique("Replay source"));
    const captured = await captureServerAction(dpo.page, () => dpo.page.getByRole("button", { name: "Create key" }).click());
    await expect(dpo.page.getByTestId("new-api-key")).toBeVisible();

    const viewer = await contextAs(browser, "viewer");
    // The 403 page (settings/loading.tsx streams the shell first, so the status line itself says 200).
    await viewer.page.goto("/settings/api-keys");
    await expect(viewer.page.getByRole("heading", { name: "Your role cannot open this page" })).toBeVisible();
    await expect(viewer.page.getByTestId("api-key-row")).toHaveCount(0);
    await expect(viewer.page.getByRole("button", { name: "Create key" })).toHaveCount(0);

    const replayName = unique("Viewer replay");
    const body = captured.body.toString("utf8").replace(/Replay source [a-z0-9]+/, replayName);
    const replay = await replayServerAction(viewer.context, captured, Buffer.from(body));
    expect(replay.text).toContain("Your role is not allowed to do this.");
    expect(replay.text).not.toMatch(/dpo_[A-Za-z0-9_-]{43}/);
    await dpo.page.reload();
    await expect(dpo.page.getByTestId("api-key-row").filter({ hasText: replayName })).toHaveCount(0);
    await dpo.context.close();
    await viewer.context.close();
  });
});
