import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { requestedReturnPath } from "@/lib/auth/redirect";

// The login action sends a person whose requested page is refused to "/login" (then their landing page);
// "/" here stands for that fallback.
const safeReturnPath = (raw: unknown) => requestedReturnPath(raw) ?? "/";

describe("requestedReturnPath", () => {
  it("keeps a local path with its query", () => {
    assert.equal(safeReturnPath("/breaches?x=1"), "/breaches?x=1");
    assert.equal(safeReturnPath("/breaches/123?status=open&page=2"), "/breaches/123?status=open&page=2");
    assert.equal(safeReturnPath("/"), "/");
  });

  it("drops the fragment", () => {
    assert.equal(safeReturnPath("/audit#top"), "/audit");
  });

  it("reduces an absolute URL to its path, whatever the host", () => {
    assert.equal(safeReturnPath("https://evil.example/x"), "/x");
    assert.equal(safeReturnPath("http://127.0.0.1:3000/breaches?x=1"), "/breaches?x=1");
    assert.equal(safeReturnPath("https://user:pw@evil.example:8443/settings/users?a=b"), "/settings/users?a=b");
  });

  it("never returns a protocol-relative or backslash path that a browser reads as another host", () => {
    for (const raw of ["//evil.com", "//evil.com/x", "/\\evil.com", "/\\/evil.com", "\\\\evil.com", "///evil.com", "https://evil.example//evil.com"]) {
      const out = safeReturnPath(raw);
      assert.ok(out.startsWith("/") && !out.startsWith("//") && !out.startsWith("/\\"), `${raw} → ${out}`);
      // Resolved by a browser against our origin, it stays on our origin.
      assert.equal(new URL(out, "https://dpo.example").host, "dpo.example", `${raw} → ${out}`);
    }
  });

  it("refuses script and data URLs", () => {
    assert.equal(safeReturnPath("javascript:alert(1)"), "/");
    assert.equal(safeReturnPath("JavaScript:alert(document.cookie)"), "/");
    assert.equal(safeReturnPath(" javascript:alert(1)"), "/");
    assert.equal(safeReturnPath("data:text/html,<script>alert(1)</script>"), "/");
  });

  it("does not send the person back to sign-in or the auth endpoints (a loop)", () => {
    assert.equal(safeReturnPath("/login"), "/");
    assert.equal(safeReturnPath("/login?callbackUrl=%2Fbreaches"), "/");
    assert.equal(safeReturnPath("https://evil.example/login"), "/");
    assert.equal(safeReturnPath("/api/auth/signout"), "/");
  });

  it("falls back for empty, non-string and over-long input", () => {
    assert.equal(safeReturnPath(""), "/");
    assert.equal(safeReturnPath(undefined), "/");
    assert.equal(safeReturnPath(null), "/");
    assert.equal(safeReturnPath(["/breaches"]), "/");
    assert.equal(safeReturnPath(42), "/");
    assert.equal(safeReturnPath(`/${"a".repeat(5000)}`), "/");
    assert.equal(safeReturnPath(`/${"a".repeat(100)}`), `/${"a".repeat(100)}`);
  });
});
