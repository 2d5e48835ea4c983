import { expect, test } from "@playwright/test";

// HTTP basics that load balancers, uptime checks and browsers rely on. No sign-in needed for any of it.

test("GET /api/health says the app and its database are up, and nothing more", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  // Exactly these keys: a health check is public and must never grow personal or internal data.
  expect(await response.json()).toStrictEqual({ status: "ok", database: "up" });
  expect(response.headers()["cache-control"]).toContain("no-store");
});

test("an unknown /api/ path is a JSON 404, not a redirect to sign-in or an HTML page", async ({ request }) => {
  const response = await request.get("/api/no-such-endpoint", { maxRedirects: 0 });
  expect(response.status()).toBe(404);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = await response.json();
  expect(body).toStrictEqual({ error: { code: "not_found", message: expect.any(String) } });
});

test("the sign-in page carries the security headers and a per-response script nonce", async ({ request }) => {
  const first = await request.get("/login");
  expect(first.status()).toBe(200);
  const headers = first.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);

  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  const nonce = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(scriptSrc)?.[1];
  expect(nonce, "script-src holds a nonce").toBeTruthy();

  // Every script Next.js renders carries that nonce, or the browser would refuse to run the page.
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  // A nonce that repeats is no protection: the next response has a new one.
  const second = await request.get("/login");
  expect(second.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
});
