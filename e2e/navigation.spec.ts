import { expect, test, type Browser, type Page } from "@playwright/test";
import { can } from "@/lib/auth/permissions";
import { DEMO_PASSWORD, demoEmail, signIn, type DemoRole } from "./support";

// Everything the DPO's navigation offers, in order.
const DPO_ENTRIES = [
  "Overview",
  "Breaches",
  "Requests",
  "Suggested from chat",
  "Conversations",
  "Findings",
  "Data subjects",
  "Retention",
  "Record of processing",
  "Gaps",
  "Security measures",
  "Privacy notice",
  "Processors",
  "Legal queue",
  "Training",
  "Staff",
  "Audit log",
  "Outbox",
  "Settings",
];

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });
const navSearch = (page: Page) => page.getByRole("searchbox", { name: "Search", exact: true });

async function signedIn(browser: Browser, role: DemoRole, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signIn(page, role);
  return { context, page };
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
]) {
  test(`at ${viewport.width}×${viewport.height} every DPO entry, sign-out and the theme toggle can be reached`, async ({ browser }) => {
    const { context, page } = await signedIn(browser, "dpo", viewport);
    await page.goto("/");
    const nav = mainNav(page);
    await expect(nav.getByRole("link")).toHaveCount(DPO_ENTRIES.length);
    // Either the whole list fits, or the part it hides is announced by a visible cue at its edge.
    const scroller = page.getByTestId("nav-scroller");
    const overflows = await scroller.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
    if (overflows) await expect(page.getByTestId("nav-more-below")).toBeVisible();
    else await expect(page.getByTestId("nav-more-below")).toHaveCount(0);
    for (const name of DPO_ENTRIES) {
      const link = nav.getByRole("link", { name, exact: true });
      // Scrolls only the navigation's own area if it has to; the entry then shows whole.
      await link.scrollIntoViewIfNeeded();
      await expect(link, name).toBeInViewport({ ratio: 1 });
    }
    // The page itself never had to scroll to reach the navigation.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole("button", { name: /Switch to (dark|light) theme/ })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole("link", { name: "My account" })).toBeInViewport({ ratio: 1 });
    await context.close();
  });
}

test("the current page's entry is in view even when the navigation has to scroll", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "dpo", { width: 1280, height: 560 });
  await page.goto("/settings");
  const settings = mainNav(page).getByRole("link", { name: "Settings", exact: true });
  await expect(settings).toHaveAttribute("aria-current", "page");
  await expect(settings).toBeInViewport({ ratio: 1 });
  // At this height the list does not fit: entries above are hidden, and the cue says so.
  await expect(page.getByTestId("nav-more-above")).toBeVisible();
  await context.close();
});

test("on a phone the menu starts collapsed, opens, and closes on Escape and on navigation", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "dpo");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(mainNav(page)).toBeHidden();
  // The page's own content, not a wall of links, fills the first screen.
  await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
  const panel = page.locator(`#${await menu.getAttribute("aria-controls")}`);
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(panel).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "Breaches", exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(panel).toBeHidden();
  await expect(menu).toBeFocused();
  await menu.click();
  await mainNav(page).getByRole("link", { name: "Breaches", exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/breaches");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(panel).toBeHidden();
  // Ctrl-K opens the menu to reach the search box.
  await page.keyboard.press("Control+k");
  await expect(navSearch(page)).toBeFocused();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await context.close();
});

test("the skip link is the first stop and moves focus to the page's content", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "viewer");
  await page.goto("/breaches");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
  await expect(page).toHaveURL((url) => url.hash === "#main");
  await context.close();
});

const LANDING: Record<DemoRole, string> = { dpo: "/", legal: "/processors/queue", manager: "/training", viewer: "/" };

test("each role lands on its own work after signing in without a return address", async ({ browser }) => {
  for (const role of ["dpo", "legal", "manager", "viewer"] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill(demoEmail(role));
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByTestId("current-user"), role).toBeVisible();
    await expect(page, role).toHaveURL((url) => url.pathname === LANDING[role]);
    await expect(page.getByRole("heading", { level: 1 }), role).toBeVisible();
    // Already signed in, the sign-in page sends them there too; an address they asked for still wins.
    await page.goto("/login");
    await expect(page, role).toHaveURL((url) => url.pathname === LANDING[role]);
    await page.goto(`/login?callbackUrl=${encodeURIComponent("https://evil.example/account")}`);
    await expect(page, role).toHaveURL((url) => url.pathname === "/account" && url.host !== "evil.example");
    await context.close();
  }
});

test("legal and the viewer reach Retention from the navigation", async ({ browser }) => {
  for (const role of ["legal", "viewer"] as const) {
    const { context, page } = await signedIn(browser, role);
    await mainNav(page).getByRole("link", { name: "Retention", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Retention" }), role).toBeVisible();
    await expect(mainNav(page).getByRole("link", { name: "Retention", exact: true })).toHaveAttribute("aria-current", "page");
    await context.close();
  }
});

test("the manager's navigation and search hold only what the role may read", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "manager");
  const nav = mainNav(page);
  // The permission table decides, as the breach pages' own guard does.
  const readsBreaches = can("manager", "breaches:read");
  await expect(nav.getByRole("link", { name: "Breaches", exact: true })).toHaveCount(readsBreaches ? 1 : 0);
  for (const name of ["Requests", "Suggested from chat", "Conversations", "Findings", "Data subjects", "Retention", "Audit log", "Outbox", "Settings"]) {
    await expect(nav.getByRole("link", { name, exact: true }), name).toHaveCount(0);
  }
  await page.goto("/search?q=BR-DEMO-1");
  await expect(page.getByTestId("search-breaches")).toHaveCount(readsBreaches ? 1 : 0);
  // A request reference finds nothing for a role that may not read requests.
  await page.goto("/search?q=DSR-DEMO-5");
  await expect(page.getByText("Nothing found for “DSR-DEMO-5”")).toBeVisible();
  await expect(page.getByRole("link", { name: "DSR-DEMO-5" })).toHaveCount(0);
  // Nor does a person's e-mail address: the manager does not read the chat data.
  await page.goto(`/search?q=${encodeURIComponent("ahmed.hassan@example.net")}`);
  await expect(page.getByTestId("search-people")).toHaveCount(0);
  await context.close();
});

test("the DPO finds a demo request by its reference from the navigation's search, focused with Ctrl/Cmd-K", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "dpo");
  await page.goto("/breaches");
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("Control+k");
  await expect(navSearch(page)).toBeFocused();
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("Meta+k");
  await expect(navSearch(page)).toBeFocused();
  await page.keyboard.type("dsr-demo-5");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL((url) => url.pathname === "/search" && url.searchParams.get("q") === "dsr-demo-5");
  await page.getByTestId("search-requests").getByRole("link", { name: "DSR-DEMO-5" }).click();
  await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("DSR-DEMO-5");
  await context.close();
});

test("a search under two characters answers with a sentence", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "viewer");
  await page.goto("/search?q=D");
  await expect(page.getByTestId("search-message")).toHaveText("Type at least 2 characters to search.");
  await context.close();
});

test("work entries carry counts that a screen reader hears with the link", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "dpo");
  await page.goto("/");
  // The demo requests include one due this week and one overdue.
  const requests = mainNav(page).getByRole("link", { name: "Requests", exact: true });
  await expect(requests).toHaveAccessibleDescription(/^\d+ requests? due$/);
  const badge = page.locator(`#${await requests.getAttribute("aria-describedby")}`);
  const shown = Number(await badge.locator("[aria-hidden]").textContent());
  expect(shown).toBeGreaterThanOrEqual(2);
  await expect(requests).toHaveAccessibleDescription(`${shown} requests due`);
  // The manager gets no count for what the role cannot open.
  const manager = await signedIn(browser, "manager");
  await expect(manager.page.getByTestId("nav-badge").filter({ hasText: /requests? due|findings? to review/ })).toHaveCount(0);
  await manager.context.close();
  await context.close();
});
