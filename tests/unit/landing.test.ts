import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { landingFor } from "@/lib/auth/landing";
import { can, type Permission } from "@/lib/auth/permissions";
import { requestedReturnPath } from "@/lib/auth/redirect";
import { ROLES, type Role } from "@/lib/auth/roles";

// The permission each landing page checks itself, so a role is never sent to a page that refuses it.
const PAGE_PERMISSION: Record<string, Permission> = {
  "/": "overview:read",
  "/processors/queue": "processors:read",
  "/training": "training:read",
};

describe("landingFor", () => {
  it("sends each role to its work", () => {
    assert.equal(landingFor("dpo"), "/");
    assert.equal(landingFor("legal"), "/processors/queue");
    assert.equal(landingFor("manager"), "/training");
    assert.equal(landingFor("viewer"), "/");
  });

  it("lands every role on a page its role may open", () => {
    for (const role of ROLES) {
      const page = landingFor(role);
      const permission = PAGE_PERMISSION[page];
      assert.ok(permission, `${role} → ${page} has a known guard`);
      assert.ok(can(role, permission), `${role} may open ${page}`);
    }
  });

  it("answers a local path, never another host", () => {
    for (const role of ROLES) {
      const page = landingFor(role);
      assert.ok(page.startsWith("/") && !page.startsWith("//"), page);
    }
  });

  it("falls back to the overview for a missing or unknown role", () => {
    assert.equal(landingFor(null), "/");
    assert.equal(landingFor(undefined), "/");
    assert.equal(landingFor("toString" as Role), "/");
    assert.equal(landingFor("admin" as Role), "/");
  });
});

// The landing page applies only when no usable return address was asked for.
describe("requestedReturnPath", () => {
  it("is null when nothing usable was asked for, so the role's landing page applies", () => {
    for (const raw of [undefined, null, "", 42, ["/breaches"], "javascript:alert(1)", "/login", "/login?callbackUrl=%2F", "/api/auth/signout", `/${"a".repeat(3000)}`]) {
      assert.equal(requestedReturnPath(raw), null, String(raw));
    }
  });

  it("keeps an address that was asked for, reduced to a local path", () => {
    assert.equal(requestedReturnPath("/"), "/");
    assert.equal(requestedReturnPath("/breaches?x=1"), "/breaches?x=1");
    assert.equal(requestedReturnPath("https://evil.example/processors/queue"), "/processors/queue");
    assert.equal(requestedReturnPath("//evil.example"), "/");
  });
});
