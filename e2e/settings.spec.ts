import { expect, test, type Browser, type Page } from "@playwright/test";
import { captureServerAction, contextAs, replayServerAction, type DemoRole, fakeClientAddress } from "./support";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const REFUSED = "Your role is not allowed to do this.";

async function newContextFrom(browser: Browser) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeClientAddress() } });
  return { context, page: await context.newPage() };
}

async function submitLogin(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

// The representative field is empty in the demo data and shown nowhere else, so changing it here
// cannot disturb other specs; every test that sets it puts it back.
async function saveRepresentative(page: Page, value: string) {
  await page.getByLabel("EU representative").fill(value);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: /saved|Nothing had changed/ })).toBeVisible();
}

test.describe("organisation settings", () => {
  test("the DPO edits the organisation and the change is kept", async ({ browser }) => {
    const { context, page } = await contextAs(browser, "dpo");
    await page.goto("/settings");
    await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Organisation" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByLabel("Controller name")).toHaveValue("Northwind Outdoor AB");
    const representative = `EU Rep GmbH ${unique()}, Berlin`;
    await page.getByLabel("EU representative").fill(representative);
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toHaveText("Organisation settings saved.");
    await page.reload();
    await expect(page.getByLabel("EU representative")).toHaveValue(representative);
    await saveRepresentative(page, "");
    await page.reload();
    await expect(page.getByLabel("EU representative")).toHaveValue("");
    await context.close();
  });

  test("a bad time zone is shown under its field and nothing is saved", async ({ browser }) => {
    const { context, page } = await contextAs(browser, "dpo");
    await page.goto("/settings");
    await page.getByLabel("EU representative").fill("Must not be saved");
    await page.getByLabel("Time zone").fill("Mars/Olympus");
    await page.getByRole("button", { name: "Save settings" }).click();
    const timeZone = page.getByLabel("Time zone");
    await expect(timeZone).toHaveAttribute("aria-invalid", "true");
    await expect(timeZone).toHaveAccessibleDescription(/Enter an IANA time zone such as Europe\/Stockholm\./);
    await expect(page.locator("#timeZone-error")).toHaveText("Enter an IANA time zone such as Europe/Stockholm.");
    // What was typed stays in the form for correcting.
    await expect(timeZone).toHaveValue("Mars/Olympus");
    await page.reload();
    await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Stockholm");
    await expect(page.getByLabel("EU representative")).toHaveValue("");
    await context.close();
  });

  test("non-DPO roles get the 403 page for settings and user management", async ({ browser }) => {
    for (const role of ["viewer", "legal", "manager"] as DemoRole[]) {
      const { context, page } = await contextAs(browser, role);
      for (const path of ["/settings", "/settings/users"]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { name: "Your role cannot open this page" }), `${role} ${path}`).toBeVisible();
        await expect(page.getByLabel("Controller name")).toHaveCount(0);
        await expect(page.getByTestId("user-row")).toHaveCount(0);
      }
      await context.close();
    }
  });

  test("the server refuses the viewer's replay of the DPO's settings action and nothing changes", async ({ browser }) => {
    const dpo = await contextAs(browser, "dpo");
    await dpo.page.goto("/settings");
    const saved = `Saved by the DPO ${unique()}`;
    const forged = `Forged by the viewer ${unique()}`;
    const captured = await captureServerAction(dpo.page, () => saveRepresentative(dpo.page, saved));
    const body = Buffer.from(captured.body.toString("utf8").replace(saved, forged), "utf8");
    expect(body.toString("utf8")).toContain(forged);

    const viewer = await contextAs(browser, "viewer");
    const refused = await replayServerAction(viewer.context, captured, body);
    expect(refused.text).toContain(REFUSED);
    await dpo.page.reload();
    await expect(dpo.page.getByLabel("EU representative")).toHaveValue(saved);

    // The same forged request from the DPO goes through: the refusal above was the role, not a broken request.
    const accepted = await replayServerAction(dpo.context, captured, body);
    expect(accepted.text).toContain("Organisation settings saved.");
    await dpo.page.reload();
    await expect(dpo.page.getByLabel("EU representative")).toHaveValue(forged);

    await saveRepresentative(dpo.page, "");
    await viewer.context.close();
    await dpo.context.close();
  });
});

test.describe("user management", () => {
  test("the DPO creates a user; the user signs in and changes their own password", async ({ browser }) => {
    const { context: dpoContext, page } = await contextAs(browser, "dpo");
    await page.goto("/settings/users");
    const email = `nora-${unique()}@example.test`;
    const form = page.getByRole("form", { name: "Create user" });
    await form.getByLabel("Name").fill("Nora Newcomer");
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Role").selectOption({ label: "Legal" });
    await form.getByLabel("First password").fill("password1");
    await form.getByRole("button", { name: "Create user" }).click();
    const password = form.getByLabel("First password");
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#new-user-password-error")).toContainText("Use at least 12 characters.");
    await expect(page.locator("#new-user-password-error")).toContainText("Avoid common words");
    await expect(page.getByTestId("user-row").filter({ hasText: email })).toHaveCount(0);

    const first = "Harbour-Kettle-3190#";
    await password.fill(first);
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(form.getByRole("status")).toContainText("Nora Newcomer can now sign in as Legal.");
    // The form is cleared once the user exists, the password first of all.
    await expect(password).toHaveValue("");
    const row = page.getByTestId("user-row").filter({ hasText: email });
    // Name, role, status, last sign-in (the role menu in the last cell lists every role, so cells are checked one by one).
    await expect(row.getByRole("cell").nth(1)).toHaveText("Legal");
    await expect(row.getByRole("cell").nth(2)).toHaveText("Active");
    await expect(row.getByRole("cell").nth(3)).toHaveText("Never");
    await dpoContext.close();

    const nora = await newContextFrom(browser);
    await submitLogin(nora.page, email, first);
    await expect(nora.page.getByTestId("current-user")).toHaveText("Nora Newcomer");
    await expect(nora.page.getByTestId("current-role")).toHaveText("Legal");
    await nora.page.getByRole("link", { name: "My account" }).click();
    await expect(nora.page.getByTestId("account-email")).toHaveText(email);
    await expect(nora.page.getByTestId("account-role")).toHaveText("Legal");

    // A second session of the same account, say on another device.
    const otherDevice = await newContextFrom(browser);
    await submitLogin(otherDevice.page, email, first);
    await expect(otherDevice.page.getByTestId("current-user")).toHaveText("Nora Newcomer");

    const second = "Meadow-Compass-8264$";
    const changeForm = nora.page.getByRole("form", { name: "Change password" });
    await changeForm.getByLabel("Current password").fill("not-my-password");
    await changeForm.getByLabel(/^New password\s*\*?$/).fill(second);
    await changeForm.getByLabel("New password again").fill(second);
    await changeForm.getByRole("button", { name: "Change password" }).click();
    await expect(nora.page.locator("#currentPassword-error")).toHaveText("The current password is not right.");

    await changeForm.getByLabel("Current password").fill(first);
    await changeForm.getByRole("button", { name: "Change password" }).click();
    await expect(nora.page.getByRole("status").filter({ hasText: "Your password was changed." })).toBeVisible();
    await expect(nora.page).toHaveURL((url) => url.pathname === "/account");
    // Still signed in after the change, on this and the next page load.
    await nora.page.reload();
    await expect(nora.page.getByTestId("account-name")).toHaveText("Nora Newcomer");
    // The change ended the account's other sessions.
    await otherDevice.page.goto("/account");
    await expect(otherDevice.page).toHaveURL((url) => url.pathname === "/login");
    await otherDevice.context.close();
    await nora.page.getByRole("button", { name: "Sign out" }).click();
    await expect(nora.page).toHaveURL((url) => url.pathname === "/login");

    await submitLogin(nora.page, email, first);
    await expect(nora.page.getByRole("alert").filter({ hasText: "not right" })).toBeVisible();
    await submitLogin(nora.page, email, second);
    await expect(nora.page.getByTestId("current-user")).toHaveText("Nora Newcomer");
    await nora.context.close();
  });

  test("the server refuses the viewer's replay of user actions, and an unknown id is answered clearly", async ({ browser }) => {
    const dpo = await contextAs(browser, "dpo");
    await dpo.page.goto("/settings/users");
    const email = `replay-${unique()}@example.test`;
    const forgedEmail = `forged-${unique()}@example.test`;
    const form = dpo.page.getByRole("form", { name: "Create user" });
    await form.getByLabel("Name").fill("Rita Replay");
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("First password").fill("Lichen-Harbour-7730!");
    const createCall = await captureServerAction(dpo.page, () => form.getByRole("button", { name: "Create user" }).click());
    await expect(form.getByRole("status")).toContainText("Rita Replay can now sign in");

    const row = dpo.page.getByTestId("user-row").filter({ hasText: email });
    const deactivateCall = await captureServerAction(dpo.page, () => row.getByRole("button", { name: "Deactivate" }).click());
    await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();

    const viewer = await contextAs(browser, "viewer");
    const forgedCreate = Buffer.from(createCall.body.toString("utf8").replace(email, forgedEmail), "utf8");
    expect((await replayServerAction(viewer.context, createCall, forgedCreate)).text).toContain(REFUSED);
    const reactivate = Buffer.from(deactivateCall.body.toString("utf8").replace(/(name="[^"]*active"\r\n\r\n)false/, "$1true"), "utf8");
    expect(reactivate.equals(deactivateCall.body), "the forged body asks to reactivate").toBe(false);
    expect((await replayServerAction(viewer.context, deactivateCall, reactivate)).text).toContain(REFUSED);
    await dpo.page.reload();
    await expect(dpo.page.getByTestId("user-row").filter({ hasText: forgedEmail })).toHaveCount(0);
    await expect(dpo.page.getByTestId("user-row").filter({ hasText: email }).getByText("Deactivated", { exact: true })).toBeVisible();

    // The DPO's own request, pointed at an id that does not exist, gets a sentence, not a crash.
    const idMatch = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(deactivateCall.body.toString("utf8"));
    expect(idMatch).toBeTruthy();
    const missing = Buffer.from(deactivateCall.body.toString("utf8").replace(idMatch![0], "00000000-0000-4000-8000-000000000000"), "utf8");
    expect((await replayServerAction(dpo.context, deactivateCall, missing)).text).toContain("That user does not exist.");

    await viewer.context.close();
    await dpo.context.close();
  });
});
