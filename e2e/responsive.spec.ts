import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

// A phone: nothing may make a page wider than the screen, and each list keeps the columns that
// matter (status, deadline) in view without scrolling the table sideways.

const PAGES = [
  "/",
  "/requests",
  "/breaches",
  "/processors",
  "/findings",
  "/staff",
  "/measures",
  "/inventory",
  "/inventory/processor-record",
  "/chats",
  "/chats/sources",
  "/subjects",
  "/audit",
  "/training",
  "/retention",
  "/outbox",
  "/notice",
  "/notice/versions",
  "/settings/users",
  "/settings/requests",
];

/** The header cells of the page's first table that a phone shows (hidden ones are not in the accessibility tree). */
async function visibleColumns(page: Page): Promise<string[]> {
  const headers = page.getByRole("table").first().getByRole("columnheader");
  return (await headers.allInnerTexts()).map((t) => t.trim());
}

/** True when `name`'s header cell lies inside the screen, i.e. is seen without scrolling the table. */
async function columnInView(page: Page, name: string): Promise<boolean> {
  const box = await page.getByRole("table").first().getByRole("columnheader", { name, exact: true }).boundingBox();
  return box !== null && box.x >= 0 && box.x + box.width <= 390;
}

test.describe("on a 390 px phone", () => {
  test.beforeEach(async ({ page }) => {
    // Sign in at the default size (the sidebar's user block is not shown on a phone), then become a phone.
    await signIn(page, "dpo");
    await page.setViewportSize({ width: 390, height: 844 });
  });

  test("no page is wider than the screen", async ({ page }) => {
    const tooWide: Record<string, number> = {};
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) tooWide[path] = width;
    }
    expect(tooWide).toEqual({});
  });

  const KEY_COLUMNS: Array<{ path: string; columns: string[] }> = [
    { path: "/requests", columns: ["Reference", "Status", "Due"] },
    { path: "/breaches", columns: ["Title", "Status", "72-hour clock"] },
    { path: "/processors", columns: ["Name", "Agreement"] },
    { path: "/findings", columns: ["In context", "Status"] },
    { path: "/staff", columns: ["Name", "Training"] },
    { path: "/measures", columns: ["Name", "Status", "Last reviewed"] },
    { path: "/inventory", columns: ["Name", "DPIA"] },
    { path: "/inventory/processor-record", columns: ["Controller", "Status"] },
    { path: "/chats", columns: ["Started", "Retention due", "Open findings"] },
    { path: "/subjects", columns: ["Person", "Legal hold"] },
  ];
  for (const { path, columns } of KEY_COLUMNS) {
    test(`${path} keeps ${columns.join(", ")} in view`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("table").first()).toBeVisible();
      expect(await visibleColumns(page)).toEqual(expect.arrayContaining(columns));
      for (const name of columns) expect(await columnInView(page, name), `${name} in view on ${path}`).toBe(true);
    });
  }
});
