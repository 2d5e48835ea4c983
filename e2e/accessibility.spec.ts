import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// Serious and critical violations fail the test; minor ones are left to review.
const PAGES = [
  { name: "overview", path: "/" },
  { name: "breach list", path: "/breaches" },
  { name: "breach form", path: "/breaches/new" },
];

for (const { name, path } of PAGES) {
  for (const theme of ["light", "dark"] as const) {
    test(`${name} has no serious accessibility violations (${theme} theme)`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: "theme", value: theme, url: baseURL! }]);
      await signIn(page, "dpo");
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
}
