import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { contentSecurityPolicy } from "@/lib/security/csp";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name ?? "", values];
    }),
  );
}

describe("Content-Security-Policy", () => {
  const nonce = "bm9uY2UtZm9yLXRlc3Q=";
  const prod = directives(contentSecurityPolicy(nonce, false));
  const dev = directives(contentSecurityPolicy(nonce, true));

  it("lets scripts run only with this response's nonce", () => {
    assert.ok(prod.get("script-src")?.includes(`'nonce-${nonce}'`));
  });

  it("never allows inline script", () => {
    for (const policy of [prod, dev]) {
      assert.ok(!policy.get("script-src")?.includes("'unsafe-inline'"));
      // With no script-src, default-src would govern scripts; it must not allow inline either.
      assert.ok(!policy.get("default-src")?.includes("'unsafe-inline'"));
    }
  });

  it("forbids framing the app", () => {
    assert.deepEqual(prod.get("frame-ancestors"), ["'none'"]);
    assert.deepEqual(dev.get("frame-ancestors"), ["'none'"]);
  });

  it("allows eval only in development (React's dev tools need it)", () => {
    assert.ok(!prod.get("script-src")?.includes("'unsafe-eval'"));
    assert.ok(dev.get("script-src")?.includes("'unsafe-eval'"));
  });

  it("blocks plugins and base-tag hijacking", () => {
    assert.deepEqual(prod.get("object-src"), ["'none'"]);
    assert.deepEqual(prod.get("base-uri"), ["'self'"]);
  });

  it("puts a different nonce in each policy", () => {
    assert.notEqual(contentSecurityPolicy("a", false), contentSecurityPolicy("b", false));
  });
});
