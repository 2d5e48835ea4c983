import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-Privacy-2026";
export const DEMO_DOMAIN = "northwind-outdoor.example";
export type DemoRole = "dpo" | "legal" | "manager" | "viewer";
export const demoEmail = (role: DemoRole) => `${role}@${DEMO_DOMAIN}`;

export async function signIn(page: Page, role: DemoRole, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(demoEmail(role));
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/** A fresh browser context signed in as `role`. */
export async function contextAs(browser: Browser, role: DemoRole): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role);
  return { context, page };
}

export interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Records the server action request that `trigger` makes in the UI, so a test can send the very
 * same request as another user and prove the server, not the UI, refuses it.
 */
export async function captureServerAction(page: Page, trigger: () => Promise<unknown>): Promise<CapturedAction> {
  const requestPromise = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await trigger();
  const request = await requestPromise;
  const all = request.headers();
  const keep = ["next-action", "content-type", "next-router-state-tree", "accept"];
  const headers = Object.fromEntries(Object.entries(all).filter(([k]) => keep.includes(k)));
  return { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) };
}

/** Sends a captured action with `context`'s cookies; returns the response text. */
export async function replayServerAction(context: BrowserContext, action: CapturedAction, body?: Buffer): Promise<{ status: number; text: string }> {
  const response = await context.request.post(action.url, { headers: { ...action.headers, origin: new URL(action.url).origin }, data: body ?? action.body });
  return { status: response.status(), text: await response.text() };
}

/**
 * A made-up client address for the X-Forwarded-For header, so a test's failed sign-ins count
 * against an address of its own. From the IPv6 documentation range: only ever a header value.
 */
export function fakeClientAddress(): string {
  return `2001:db8::${Math.floor(Math.random() * 0xffff).toString(16)}:${Math.floor(Math.random() * 0xffff).toString(16)}`;
}
