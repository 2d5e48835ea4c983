import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { can, PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { ROLES, type Role } from "@/lib/auth/roles";

// The expected table, written out independently of the code: a change to who may do what must change
// this test too. Typed loosely so a new permission fails this test (with its name), not the type-check.
const EXPECTED: Record<string, Role[]> = {
  "overview:read": ["dpo", "legal", "manager", "viewer"],
  "breaches:read": ["dpo", "legal", "manager", "viewer"],
  "breaches:write": ["dpo"],
  "audit:read": ["dpo", "viewer"],
  "organisation:read": ["dpo"],
  "organisation:write": ["dpo"],
  "users:read": ["dpo"],
  "users:write": ["dpo"],
  "account:write": ["dpo", "legal", "manager", "viewer"],
  "training:read": ["dpo", "legal", "manager", "viewer"],
  "courses:write": ["dpo"],
  "staff:write": ["dpo"],
  "completions:write": ["dpo", "manager"],
  "reminders:send": ["dpo", "manager"],
  "outbox:read": ["dpo", "viewer"],
  "outbox:send": ["dpo"],
  "inventory:read": ["dpo", "legal", "manager", "viewer"],
  "inventory:write": ["dpo"],
  "measures:read": ["dpo", "legal", "manager", "viewer"],
  "measures:write": ["dpo"],
  "notice:write": ["dpo"],
  "processors:read": ["dpo", "legal", "manager", "viewer"],
  "processors:write": ["dpo", "legal"],
  "reviews:write": ["dpo", "legal"],
  "risks:accept": ["dpo"],
  "chats:read": ["dpo", "legal", "viewer"],
  "chats:import": ["dpo"],
  "sources:write": ["dpo"],
  "findings:write": ["dpo"],
  "subjects:write": ["dpo"],
  "holds:write": ["dpo", "legal"],
  "retention:read": ["dpo", "legal", "viewer"],
  "retention:write": ["dpo"],
  "apikeys:read": ["dpo"],
  "apikeys:write": ["dpo"],
  "requests:read": ["dpo", "legal", "viewer"],
  "requests:write": ["dpo"],
};

describe("permission table", () => {
  it("holds exactly the expected permissions", () => {
    assert.deepEqual(Object.keys(PERMISSIONS).sort(), Object.keys(EXPECTED).sort());
  });

  for (const [permission, roles] of Object.entries(EXPECTED) as Array<[Permission, Role[]]>) {
    it(`${permission}: allowed for ${roles.join(", ")} and nobody else`, () => {
      for (const role of ROLES) {
        assert.equal(can(role, permission), roles.includes(role), `${role} on ${permission}`);
      }
    });
  }

  it("gives the viewer (auditor) no write permission at all, only reads", () => {
    const viewerWrites = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can("viewer", p) && !p.endsWith(":read"));
    // Changing one's own password is not a write to the organisation's records.
    assert.deepEqual(viewerWrites, ["account:write"]);
  });

  it("keeps organisation settings and user management to the DPO alone", () => {
    for (const p of ["organisation:read", "organisation:write", "users:read", "users:write"] as Permission[]) {
      assert.deepEqual(ROLES.filter((r) => can(r, p)), ["dpo"], p);
    }
  });

  it("keeps chat transcripts from managers, who only need their team's training", () => {
    assert.equal(can("manager", "chats:read"), false);
    assert.equal(can("manager", "retention:read"), false);
  });

  it("lets every role change its own account", () => {
    assert.deepEqual(ROLES.filter((r) => can(r, "account:write")), [...ROLES]);
  });

  it("refuses unknown, missing and look-alike roles", () => {
    for (const role of [null, undefined, "", "admin", "DPO", " dpo", "dpo ", "root"]) {
      for (const p of Object.keys(PERMISSIONS) as Permission[]) {
        assert.equal(can(role as Role, p), false, `${JSON.stringify(role)} on ${p}`);
      }
    }
  });
});
