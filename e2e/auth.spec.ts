import { expect, test, type Browser, type Page } from "@playwright/test";
import { contextAs, DEMO_PASSWORD, demoEmail, signIn, type DemoRole, fakeClientAddress } from "./support";

// Failed sign-ins here come from made-up client addresses (X-Forwarded-For) so they never count
// against the default address that the other specs sign in from.
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const BAD_CREDENTIALS = "The email or password is not right, or the account is deactivated.";
const NEW_PASSWORD = "Tundra-Lantern-5821!";

async function submitLogin(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

async function newContextFrom(browser: Browser, address = fakeClientAddress()) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
  return { context, page: await context.newPage() };
}

/** The DPO creates a user through the settings UI; the e2e server's database is not reachable from here. */
async function createUserAsDpo(page: Page, user: { name: string; email: string; role: string; password: string }) {
  await page.goto("/settings/users");
  const form = page.getByRole("form", { name: "Create user" });
  await form.getByLabel("Name").fill(user.name);
  await form.getByLabel("Email").fill(user.email);
  await form.getByLabel("Role").selectOption({ label: user.role });
  await form.getByLabel("First password").fill(user.password);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("status")).toContainText(`${user.name} can now sign in`);
}

test("signs in and signs out, and the old session cookie is worthless afterwards", async ({ page, browser }) => {
  await signIn(page, "dpo");
  const before = await page.context().cookies();
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expect(page.getByTestId("current-user")).toHaveText("Dana Lindqvist");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/login");
  // Signed out for real: the app sends a fresh visit back to sign-in.
  await page.goto("/");
  await expect(page).toHaveURL((url) => url.pathname === "/login");
  await expect(page.getByTestId("current-user")).toHaveCount(0);
  // A copy of the token taken before sign-out no longer opens anything: the server ended it.
  const replay = await browser.newContext();
  await replay.addCookies(before);
  const stolen = await replay.newPage();
  await stolen.goto("/breaches");
  await expect(stolen).toHaveURL((url) => url.pathname === "/login");
  await replay.close();
});

test("a signed-out visit goes to sign-in and, after it, to the page asked for", async ({ page }) => {
  await page.goto("/breaches?x=1");
  await expect(page).toHaveURL((url) => url.pathname === "/login" && url.searchParams.get("callbackUrl") === "/breaches?x=1");
  await submitLogin(page, demoEmail("legal"), DEMO_PASSWORD);
  await expect(page).toHaveURL((url) => url.pathname === "/breaches" && url.search === "?x=1");
});

test("a callbackUrl to another site lands on the same path of this site", async ({ page, baseURL }) => {
  await page.goto(`/login?callbackUrl=${encodeURIComponent("https://evil.example/x")}`);
  await submitLogin(page, demoEmail("manager"), DEMO_PASSWORD);
  await expect(page).toHaveURL((url) => url.pathname === "/x");
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test("a wrong password and an unknown email get the same generic message", async ({ browser }) => {
  const { context, page } = await newContextFrom(browser);
  await page.goto("/login");
  await submitLogin(page, demoEmail("viewer"), "not-the-right-password");
  const wrongPassword = page.getByRole("alert").filter({ hasText: "not right" });
  await expect(wrongPassword).toHaveText(BAD_CREDENTIALS);
  await page.goto("/login");
  await submitLogin(page, `nobody-${unique()}@northwind-outdoor.example`, "not-the-right-password");
  await expect(page.getByRole("alert").filter({ hasText: "not right" })).toHaveText(BAD_CREDENTIALS);
  await expect(page.getByTestId("current-user")).toHaveCount(0);
  await context.close();
});

const ROLE_VIEW: Record<DemoRole, { name: string; label: string; settings: boolean; audit: boolean }> = {
  dpo: { name: "Dana Lindqvist", label: "Data Protection Officer", settings: true, audit: true },
  legal: { name: "Leo Andersson", label: "Legal", settings: false, audit: false },
  manager: { name: "Maja Berg", label: "Manager", settings: false, audit: false },
  viewer: { name: "Victor Holm", label: "Viewer (auditor)", settings: false, audit: true },
};

test("each role sees its own name and role and only the navigation it may use", async ({ browser }) => {
  for (const [role, view] of Object.entries(ROLE_VIEW) as Array<[DemoRole, (typeof ROLE_VIEW)[DemoRole]]>) {
    const { context, page } = await contextAs(browser, role);
    await expect(page.getByTestId("current-user"), role).toHaveText(view.name);
    await expect(page.getByTestId("current-role"), role).toHaveText(view.label);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Overview", exact: true }), role).toBeVisible();
    await expect(nav.getByRole("link", { name: "Breaches", exact: true }), role).toBeVisible();
    await expect(nav.getByRole("link", { name: "Settings", exact: true }), role).toHaveCount(view.settings ? 1 : 0);
    await expect(nav.getByRole("link", { name: "Audit log", exact: true }), role).toHaveCount(view.audit ? 1 : 0);
    await expect(page.getByRole("link", { name: "My account" }), role).toBeVisible();
    await context.close();
  }
});

test("pages carry the security headers and the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  const login = await page.goto("/login");
  await signIn(page, "viewer");
  const signedIn = await page.goto("/account");
  const nonces: string[] = [];
  for (const response of [login!, signedIn!]) {
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    const nonce = /script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce, csp).toBeTruthy();
    nonces.push(nonce!);
    expect(csp).not.toMatch(/script-src [^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  }
  expect(nonces[0]).not.toBe(nonces[1]);
  const session = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(session, "a session cookie is set").toBeTruthy();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  // Served over plain http in this test; over https Auth.js adds Secure (and the __Secure- prefix).
  expect(session!.secure).toBe(false);
});

test("after 10 failures for one account the 11th attempt is told to wait, even with the right password", async ({ browser }) => {
  const { context: dpoContext, page: dpoPage } = await contextAs(browser, "dpo");
  const email = `limited-${unique()}@example.test`;
  await createUserAsDpo(dpoPage, { name: "Lina Limit", email, role: "Manager", password: NEW_PASSWORD });
  await dpoContext.close();

  const attacker = await newContextFrom(browser);
  for (let i = 1; i <= 10; i++) {
    await attacker.page.goto("/login");
    await submitLogin(attacker.page, email, `wrong-guess-${i}-xyz`);
    await expect(attacker.page.getByRole("alert").filter({ hasText: "not right" }), `attempt ${i}`).toHaveText(BAD_CREDENTIALS);
  }
  await attacker.context.close();

  // The owner, from another address, with the right password: the account itself is locked for now.
  const owner = await newContextFrom(browser);
  await owner.page.goto("/login");
  await submitLogin(owner.page, email, NEW_PASSWORD);
  await expect(owner.page.getByRole("alert").filter({ hasText: "Too many" })).toHaveText("Too many failed sign-ins. Wait 15 minutes and try again.");
  await expect(owner.page.getByTestId("current-user")).toHaveCount(0);
  await owner.context.close();
});

test("a user the DPO deactivates is sent to sign-in on their next page load", async ({ browser }) => {
  const { context: dpoContext, page: dpoPage } = await contextAs(browser, "dpo");
  const email = `leaver-${unique()}@example.test`;
  await createUserAsDpo(dpoPage, { name: "Lars Leaver", email, role: "Manager", password: NEW_PASSWORD });

  const leaver = await newContextFrom(browser);
  await leaver.page.goto("/login");
  await submitLogin(leaver.page, email, NEW_PASSWORD);
  await expect(leaver.page.getByTestId("current-user")).toHaveText("Lars Leaver");

  await dpoPage.goto("/settings/users");
  const row = dpoPage.getByTestId("user-row").filter({ hasText: email });
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();
  await dpoContext.close();

  // The leaver's token is still unexpired, but the server re-reads the account on every request.
  await leaver.page.goto("/");
  await expect(leaver.page).toHaveURL((url) => url.pathname === "/login");
  await expect(leaver.page.getByTestId("current-user")).toHaveCount(0);
  await submitLogin(leaver.page, email, NEW_PASSWORD);
  await expect(leaver.page.getByRole("alert").filter({ hasText: "not right" })).toHaveText(BAD_CREDENTIALS);
  await leaver.context.close();
});
