import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { signIn } from "./support";

// Every page of the app, in the light and the dark theme, one page load each. Serious and critical
// violations fail the test; minor ones are left to review. /search is not listed: it is being built.
const STATIC_PAGES = [
  "/",
  "/account",
  "/audit",
  "/breaches",
  "/breaches/new",
  "/chats",
  "/chats/import",
  "/chats/sources",
  "/findings",
  "/gaps",
  "/inventory",
  "/inventory/new",
  "/inventory/categories",
  "/inventory/processor-record",
  "/inventory/processor-record/new",
  "/inventory/versions",
  "/measures",
  "/measures/new",
  "/notice",
  "/notice/diff",
  "/notice/versions",
  "/notice/versions/1",
  "/outbox",
  "/processors",
  "/processors/new",
  "/processors/queue",
  "/requests",
  "/requests/new",
  "/requests/suggestions",
  "/retention",
  "/retention/receipts",
  "/settings",
  "/settings/api-keys",
  "/settings/requests",
  "/settings/users",
  "/staff",
  "/staff/new",
  "/staff/import",
  "/subjects",
  "/training",
  "/training/courses/new",
  "/training/import",
  "/training/settings",
];

const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** Detail pages: found through a page that links to a demo record, so no id is hard-coded. */
const DETAIL_PAGES: Array<{ from: string; link: RegExp; suffixes: string[] }> = [
  { from: "/breaches", link: new RegExp(`^/breaches/${uuid}$`), suffixes: ["", "/edit", "/report"] },
  { from: "/chats", link: new RegExp(`^/chats/${uuid}$`), suffixes: [""] },
  { from: "/inventory", link: new RegExp(`^/inventory/${uuid}$`), suffixes: ["", "/edit"] },
  { from: "/inventory/processor-record", link: new RegExp(`^/inventory/processor-record/${uuid}$`), suffixes: ["", "/edit"] },
  { from: "/measures", link: new RegExp(`^/measures/${uuid}$`), suffixes: ["", "/edit"] },
  { from: "/processors", link: new RegExp(`^/processors/${uuid}$`), suffixes: ["", "/edit", "/agreements/new"] },
  { from: "/requests", link: new RegExp(`^/requests/${uuid}$`), suffixes: [""] },
  { from: "/staff", link: new RegExp(`^/staff/${uuid}$`), suffixes: ["", "/edit"] },
  { from: "/subjects", link: new RegExp(`^/subjects/${uuid}$`), suffixes: [""] },
  { from: "/training", link: new RegExp(`^/training/courses/${uuid}$`), suffixes: [""] },
];
/** An agreement's forms, found on the first processor's page. */
const AGREEMENT_LINK = new RegExp(`^/processors/${uuid}/agreements/${uuid}/(edit|review)$`);

const PUBLIC_PAGES = ["/login", "/privacy", "/request"];

/** The distinct links on `path` whose href matches `pattern`, in page order. */
async function findLinks(page: Page, path: string, pattern: RegExp): Promise<string[]> {
  await page.goto(path);
  // List pages stream their rows in after the skeleton (loading.tsx): wait until a record's link has arrived.
  let hrefs: string[] = [];
  await expect
    .poll(async () => {
      hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      return hrefs.some((h) => pattern.test(h));
    }, { message: `a link matching ${pattern} on ${path}` })
    .toBe(true);
  return [...new Set(hrefs.filter((h) => pattern.test(h)))];
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  return serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

let signedIn: Awaited<ReturnType<BrowserContext["storageState"]>>;
let introduction = "";

/** A page signed in as the DPO (the session made once in beforeAll), in `theme`. */
async function dpoPage(browser: Browser, theme: "light" | "dark", baseURL: string) {
  const context = await browser.newContext({ storageState: signedIn });
  await context.addCookies([{ name: "theme", value: theme, url: baseURL }]);
  return { context, page: await context.newPage() };
}

/** Loads `path` and returns its serious violations; fails when the page does not load. */
async function check(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
  return seriousViolations(page);
}

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "dpo");
  signedIn = await context.storageState();
  // The diff page only draws its table when two texts differ: change the introduction until afterAll.
  await page.goto("/notice");
  const field = page.getByLabel("Introduction", { exact: true });
  introduction = await field.inputValue();
  await field.fill(`${introduction} This line is changed by the accessibility check.`);
  await page.getByRole("button", { name: "Save introduction" }).click();
  await expect(page.getByText("Introduction saved.", { exact: false })).toBeVisible();
  await context.close();
});

test.afterAll(async ({ browser, baseURL }) => {
  const { context, page } = await dpoPage(browser, "light", baseURL!);
  await page.goto("/notice");
  await page.getByLabel("Introduction", { exact: true }).fill(introduction);
  await page.getByRole("button", { name: "Save introduction" }).click();
  await expect(page.getByText("Introduction saved.", { exact: false })).toBeVisible();
  await context.close();
});

for (const theme of ["light", "dark"] as const) {
  for (const path of STATIC_PAGES) {
    test(`${path} has no serious accessibility violations (${theme} theme)`, async ({ browser, baseURL }) => {
      const { context, page } = await dpoPage(browser, theme, baseURL!);
      const violations = await check(page, path);
      if (path === "/notice/diff") await expect(page.getByTestId("notice-diff")).toBeVisible();
      expect(violations).toEqual([]);
      await context.close();
    });
  }

  for (const { from, link, suffixes } of DETAIL_PAGES) {
    test(`the pages of a record linked from ${from} have no serious accessibility violations (${theme} theme)`, async ({ browser, baseURL }) => {
      const { context, page } = await dpoPage(browser, theme, baseURL!);
      const [detail] = await findLinks(page, from, link);
      expect(detail, `a link to a demo record on ${from}`).toBeTruthy();
      const found: Record<string, string[]> = {};
      for (const suffix of suffixes) {
        const violations = await check(page, `${detail}${suffix}`);
        if (violations.length) found[`${detail}${suffix}`] = violations;
        if (suffix === "" && from === "/processors") {
          // The agreement forms, linked from the processor's page just loaded.
          const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
          const forms = hrefs.filter((h) => AGREEMENT_LINK.test(h));
          const edit = forms.find((h) => h.endsWith("/edit"));
          expect(edit, `an agreement's edit form linked from ${detail}`).toBeTruthy();
          for (const form of [edit!, forms.find((h) => h.endsWith("/review"))].filter((h): h is string => Boolean(h))) {
            const formViolations = await check(page, form);
            if (formViolations.length) found[form] = formViolations;
          }
        }
      }
      // One report for the module's pages, so a run names every page that fails rather than the first.
      expect(found).toEqual({});
      await context.close();
    });
  }

  for (const path of PUBLIC_PAGES) {
    test(`${path} (signed out) has no serious accessibility violations (${theme} theme)`, async ({ browser, baseURL }) => {
      const context = await browser.newContext();
      await context.addCookies([{ name: "theme", value: theme, url: baseURL! }]);
      const page = await context.newPage();
      expect(await check(page, path)).toEqual([]);
      await context.close();
    });
  }
}
