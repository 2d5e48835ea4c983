import { expect, test } from "@playwright/test";
import { captureServerAction, contextAs, replayServerAction } from "./support";

// DSR-DEMO-5 (db/seed/requests.ts): Johan Berg's access request, in progress and linked to his chats,
// whose agents and assistant are named in the transcripts.
const REFERENCE = "DSR-DEMO-5";
const JOHAN_EMAIL = "johan.berg@example.net";

test.describe("access requests: the data package", () => {
  test("the DPO builds the package, reviews the redactions, releases it and downloads it; a viewer cannot build", async ({ browser }) => {
    const dpo = await contextAs(browser, "dpo");
    const page = dpo.page;
    await page.goto("/requests?type=access&status=in_progress");
    await page.getByRole("link", { name: REFERENCE, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(REFERENCE) })).toBeVisible();
    const section = page.getByRole("region", { name: /Data package/ });
    await expect(section.getByRole("link", { name: "The linked person" })).toHaveAttribute("href", /^\/subjects\/[0-9a-f-]{36}$/);
    const requestUrl = page.url();

    // Building is recorded so the very same request can be replayed as a viewer below.
    const build = await captureServerAction(page, () => section.getByRole("button", { name: "Build package" }).click());
    await expect(section.getByText("The package was built.")).toBeVisible();
    await expect(section.getByText("Version 1")).toBeVisible();
    await expect(section.getByText("Draft: review the redactions")).toBeVisible();
    const redactions = section.getByRole("table", { name: "Redactions to review" });
    await expect(redactions.getByRole("row").filter({ hasText: "Agent's name" }).first()).toBeVisible();
    await expect(redactions.getByRole("row").filter({ hasText: "Bot's name" }).first()).toBeVisible();

    // A viewer may read the request but the server refuses to build for them, whatever the UI showed.
    const viewer = await contextAs(browser, "viewer");
    const refused = await replayServerAction(viewer.context, build);
    expect(refused.text).toContain("Your role is not allowed to do this.");
    await viewer.page.goto(requestUrl);
    const viewerSection = viewer.page.getByRole("region", { name: /Data package/ });
    await expect(viewerSection.getByText("Version 1")).toBeVisible();
    await expect(viewerSection.getByText("Version 2")).toHaveCount(0);
    await expect(viewerSection.getByRole("button", { name: /Build/ })).toHaveCount(0);
    await expect(viewerSection.getByRole("button", { name: "Release package" })).toHaveCount(0);

    // Release needs the explicit review confirmation.
    await section.getByRole("button", { name: "Release package" }).click();
    await expect(section.getByText("Confirm that you reviewed every redaction before releasing the package.")).toBeVisible();
    await section.getByLabel(/I have reviewed the \d+ redactions/).check();
    await section.getByLabel(/E-mail the person that their data is ready/).check();
    await section.getByRole("button", { name: "Release package" }).click();
    // The release form gives way to the release itself.
    await expect(section.getByRole("heading", { name: "Version 1 Released" })).toBeVisible();
    await expect(section.getByRole("button", { name: "Release package" })).toHaveCount(0);

    // The JSON is the portable copy: the person's own identifiers in, staff names out.
    const jsonHref = await section.getByRole("link", { name: "JSON (portable)" }).getAttribute("href");
    const json = await page.request.get(jsonHref!);
    expect(json.status()).toBe(200);
    expect(json.headers()["content-type"]).toContain("application/json");
    expect(json.headers()["content-disposition"]).toMatch(/^attachment; filename="DSR-DEMO-5-data-v1\.json"$/);
    const body = (await json.json()) as { person: { identifiers: Array<{ value: string }> }; conversations: Array<{ messages: Array<{ author: string; authorName: string | null }> }>; information: Array<{ id: string }> };
    expect(body.person.identifiers.map((i) => i.value)).toContain(JOHAN_EMAIL);
    expect(body.conversations.length).toBeGreaterThan(0);
    for (const m of body.conversations.flatMap((c) => c.messages)) if (m.author !== "visitor") expect(["Agent", "Bot"]).toContain(m.authorName);
    expect(body.information.map((s) => s.id)).toEqual(expect.arrayContaining(["purposes", "retention", "rights", "complaint", "source"]));

    // The document is readable, and no script in it could run.
    const html = await viewer.page.request.get(jsonHref!.replace(/\/json$/, "/html"));
    expect(html.status()).toBe(200);
    expect(html.headers()["content-type"]).toContain("text/html");
    expect(html.headers()["content-disposition"]).toMatch(/^attachment; /);
    // No policy on the response lets an inline script run, and the document carries its own for when it is saved.
    const scriptSrc = /script-src ([^;]*)/.exec(html.headers()["content-security-policy"] ?? "")?.[1] ?? "";
    expect(scriptSrc).toMatch(/'none'|'nonce-/);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    const document = await html.text();
    expect(document).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'none'/);
    expect(document).toContain(JOHAN_EMAIL);
    const missing = await page.request.get(jsonHref!.replace(/\/1\/json$/, "/99/json"));
    expect(missing.status()).toBe(404);

    // The person is told the data is ready, without the data.
    await page.goto("/outbox");
    const mail = page.getByTestId("outbox-row").filter({ hasText: "Your data is ready (DSR-DEMO-5)" });
    await expect(mail).toHaveCount(1);

    await viewer.context.close();
    await dpo.context.close();
  });
});
