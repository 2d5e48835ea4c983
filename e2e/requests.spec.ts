import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { captureServerAction, contextAs, fakeClientAddress, replayServerAction, signIn } from "./support";

const unique = () => Date.now().toString(36);

// The form refuses submissions faster than a person could fill it in (lib/requests/codes.ts, MIN_FILL_MS).
const HUMAN_PAUSE_MS = 3_200;

async function fillPublicForm(page: Page, email: string) {
  await page.getByLabel("Delete my data").check();
  await page.getByLabel("Your name").fill("Webb Visitor");
  await page.getByLabel("Your e-mail address").fill(email);
  await page.getByLabel("Tell us more (optional)").fill("Please delete my chats from last spring.");
}

test.describe("requests from data subjects", () => {
  test("a visitor sends the form and confirms with the e-mailed code; the DPO works the request to completed", async ({ browser }) => {
    const visitorContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeClientAddress() } });
    const visitor = await visitorContext.newPage();
    const email = `visitor-${unique()}@example.org`;
    await visitor.goto("/request");
    await expect(visitor.getByRole("heading", { level: 1, name: "Make a request about your personal data" })).toBeVisible();
    await fillPublicForm(visitor, email);
    await visitor.waitForTimeout(HUMAN_PAUSE_MS);
    await visitor.getByRole("button", { name: "Send request" }).click();
    await expect(visitor.getByRole("heading", { name: "Confirm your request" })).toBeVisible();
    await expect(visitor).toHaveURL(/\/request\/confirm\?id=[0-9a-f-]{36}$/);

    // The DPO reads the code in the outbox (no mail server in the demo).
    const dpo = await contextAs(browser, "dpo");
    await dpo.page.goto("/outbox");
    const row = dpo.page.getByTestId("outbox-row").filter({ hasText: email });
    await expect(row).toHaveCount(1);
    const subject = (await row.locator("summary").textContent()) ?? "";
    const code = /(\d{6})/.exec(subject)?.[1];
    expect(code).toBeTruthy();

    await visitor.getByLabel("Confirmation code").fill(code === "000000" ? "111111" : "000000");
    await visitor.getByRole("button", { name: "Confirm request" }).click();
    await expect(visitor.getByText("That code is not right. 4 tries left.").first()).toBeVisible();
    await visitor.getByLabel("Confirmation code").fill(code!);
    await visitor.getByRole("button", { name: "Confirm request" }).click();
    await expect(visitor.getByRole("heading", { name: "Your request has been received" })).toBeVisible();
    const reference = (await visitor.getByTestId("request-reference").textContent())!;
    expect(reference).toMatch(/^DSR-\d{4}-\d{4}$/);
    await expect(visitor.getByTestId("request-due-date")).toHaveText(/^(Monday|Tuesday|Wednesday|Thursday|Friday) \d{1,2} \w+ \d{4}$/);
    await visitorContext.close();

    // The request is in the queue, with its due date explained.
    await dpo.page.goto("/requests?status=received&sort=received_desc");
    await dpo.page.getByRole("link", { name: reference }).click();
    await expect(dpo.page.getByRole("heading", { level: 1, name: `${reference} · Erasure (Art. 17)` })).toBeVisible();
    const steps = dpo.page.getByRole("list", { name: "Due date: one month from receipt" });
    await expect(steps.getByRole("listitem").first()).toHaveText(/^received \d{1,2} \w+ \d{4}/);
    await expect(steps.getByRole("listitem").last()).toContainText(/(Monday|Tuesday|Wednesday|Thursday|Friday) \d{1,2} \w+ \d{4}/);
    await expect(dpo.page.getByTestId("request-clock").first()).toHaveAttribute("data-kind", "running");
    await expect(dpo.page.getByText(`${email} (confirmed by code)`)).toBeVisible();

    await dpo.page.getByRole("button", { name: "Start work (identity not in doubt)" }).click();
    await expect(dpo.page.getByRole("list", { name: "Timeline" })).toContainText("Received → In progress");

    await dpo.page.getByLabel("What was done").fill("Chats and identifiers erased; confirmation e-mailed.");
    await dpo.page.getByRole("button", { name: "Mark as completed" }).click();
    await expect(dpo.page.getByRole("list", { name: "Timeline" })).toContainText("In progress → Completed");
    await expect(dpo.page.getByTestId("request-clock").first()).toHaveAttribute("data-kind", "answered_in_time");

    await dpo.page.goto("/requests?status=completed&sort=received_desc");
    await expect(dpo.page.getByRole("link", { name: reference })).toBeVisible();
    await dpo.context.close();
  });

  test("the public form refuses a bot-fast submission and shows errors by the fields", async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeClientAddress() } });
    const page = await context.newPage();
    await page.goto("/request");
    await fillPublicForm(page, `fast-${unique()}@example.org`);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByText(/looked as if it was filled in automatically/)).toBeVisible();
    // What was typed is kept.
    await expect(page.getByLabel("Your name")).toHaveValue("Webb Visitor");

    await page.getByLabel("Your name").fill("");
    await page.getByLabel("Your e-mail address").fill("not an address");
    await page.waitForTimeout(HUMAN_PAUSE_MS);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByText("Enter your name.")).toBeVisible();
    await expect(page.getByText("Enter a valid e-mail address, such as name@example.com.")).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/request$/);
    await context.close();
  });

  test("the DPO records a request received by phone in the past; its due date is counted from that day", async ({ page }) => {
    await signIn(page, "dpo");
    await page.goto("/requests");
    await page.getByRole("link", { name: "Record a request" }).click();
    await page.getByLabel("Type of request").selectOption("access");
    await page.getByLabel("How it arrived").selectOption("phone");
    await page.getByLabel("Received at").fill("2026-01-31T10:00");
    await page.getByLabel("Name", { exact: true }).fill(`Phone Caller ${unique()}`);
    await page.getByLabel("E-mail an acknowledgement with the reference and the due date").uncheck();
    await page.getByRole("button", { name: "Record request" }).click();
    await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
    const steps = page.getByRole("list", { name: "Due date: one month from receipt" });
    await expect(steps).toContainText("received 31 January 2026");
    await expect(steps).toContainText("28 February 2026 (no 31st in February)");
    await expect(steps).toContainText("Monday 2 March 2026 (weekend)");
    await expect(page.getByTestId("request-clock").first()).toHaveAttribute("data-kind", "overdue");
    // Months later, the extension is refused by the server.
    await page.getByLabel("Reasons for the extension").fill("Large volume of chats");
    await page.getByLabel("Person told at").fill("2026-02-10T10:00");
    await page.getByLabel("How they were told").fill("by phone");
    await page.getByRole("button", { name: "Extend" }).click();
    await expect(page.getByText(/The first month has ended/).first()).toBeVisible();

    await page.goto("/requests/new");
    await page.getByLabel("Received at").fill("2099-01-01T10:00");
    await page.getByRole("button", { name: "Record request" }).click();
    await expect(page.getByText("The date of receipt cannot be in the future.")).toBeVisible();
    await expect(page.getByText("Give at least the person's name, e-mail or phone number.")).toBeVisible();
  });

  test("the viewer reads the queue but is refused by the server", async ({ browser }) => {
    const dpo = await contextAs(browser, "dpo");
    await dpo.page.goto("/requests?type=rectification");
    await dpo.page.getByRole("link", { name: "DSR-DEMO-3" }).click();
    const note = `Called back ${unique()}`;
    await dpo.page.getByLabel("Note", { exact: true }).fill(note);
    const captured = await captureServerAction(dpo.page, () => dpo.page.getByRole("button", { name: "Add note" }).click());
    await expect(dpo.page.getByRole("list", { name: "Timeline" })).toContainText(note);

    const viewer = await contextAs(browser, "viewer");
    await viewer.page.goto("/requests");
    await expect(viewer.page.getByRole("link", { name: "DSR-DEMO-3" })).toBeVisible();
    await expect(viewer.page.getByRole("link", { name: "Record a request" })).toHaveCount(0);
    await viewer.page.getByRole("link", { name: "DSR-DEMO-3" }).click();
    await expect(viewer.page.getByRole("button", { name: "Add note" })).toHaveCount(0);
    const forbidden = await viewer.page.goto("/requests/new");
    expect(forbidden?.status()).toBe(403);

    const replay = await replayServerAction(viewer.context, captured, Buffer.from(captured.body.toString("latin1").replace(note, `${note} replayed`), "latin1"));
    expect(replay.status).toBeLessThan(500);
    expect(replay.text).toContain("Your role is not allowed to do this.");
    await dpo.page.reload();
    await expect(dpo.page.getByRole("list", { name: "Timeline" })).not.toContainText(`${note} replayed`);
    await dpo.context.close();
    await viewer.context.close();
  });

  test("an unknown request id shows not found", async ({ page }) => {
    await signIn(page, "legal");
    await page.goto("/requests/00000000-0000-4000-8000-000000000000");
    await expect(page.getByRole("heading", { name: "Request not found" })).toBeVisible();
    const response = await page.goto("/requests/not-a-uuid");
    expect(response?.status()).toBe(404);
  });

  test("the request pages have no serious accessibility problems", async ({ page }) => {
    const check = async () => {
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    };
    await page.goto("/request");
    await check();
    await signIn(page, "dpo");
    for (const path of ["/requests", "/requests/new", "/requests/suggestions", "/settings/requests"]) {
      await page.goto(path);
      await check();
    }
    await expect(page.getByRole("cell", { name: "Långfredagen" })).toBeVisible();
    await page.goto("/requests?type=objection");
    await page.getByRole("link", { name: "DSR-DEMO-4" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /DSR-DEMO-4/ })).toBeVisible();
    await check();
  });
});
