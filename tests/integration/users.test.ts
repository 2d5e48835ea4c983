import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { asc, eq, gt } from "drizzle-orm";
import type { Actor } from "@/db/queries/audit";
import { changeOwnPassword, changeUserRole, createUser, listUsers, resetUserPassword, setUserActive } from "@/db/queries/users";
import { refuse, type Outcome } from "@/lib/outcome";
import { auditLog, loginFailures, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { useTestDatabase } from "../helpers/db";

const GOOD = "Heather-Fjord-2031!";
const OTHER_GOOD = "Granite-Moose-4477?";

function created(result: Outcome<{ id: string }>): string {
  assert.equal(result.ok, true, result.ok ? "" : result.message);
  return (result as { id: string }).id;
}

describe("user management queries", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  const system: Actor = { type: "system" };
  let dpoId: string;
  let dpo: Actor;

  const row = async (id: string) => (await db.handle.db.select().from(users).where(eq(users.id, id)))[0]!;
  const entriesAfter = async (id: number) => db.handle.db.select().from(auditLog).where(gt(auditLog.id, id)).orderBy(asc(auditLog.id));
  const lastAuditId = async () => {
    const rows = await db.handle.db.select({ id: auditLog.id }).from(auditLog);
    return rows.reduce((m, r) => Math.max(m, r.id), 0);
  };
  // Every summary written by these tests: none may hold a password, a hash or the email.
  const assertNoSecrets = (summary: unknown, ...secrets: string[]) => {
    const text = JSON.stringify(summary);
    assert.doesNotMatch(text, /password|hash|\$argon2/i);
    for (const s of secrets) assert.equal(text.includes(s), false, "summary leaks a secret or personal data");
  };

  before(async () => {
    db = await useTestDatabase();
    dpoId = created(await createUser(system, { email: "Dana@Example.test", name: "Dana Lind", role: "dpo", password: GOOD }));
    dpo = { type: "user", id: dpoId };
  });
  after(() => db.cleanup());

  it("creates a user with a lower-cased email, an argon2id hash and an audit entry without secrets", async () => {
    const before = await lastAuditId();
    const id = created(await createUser(dpo, { email: "  Leo@Example.TEST ", name: "Leo Ek", role: "legal", password: GOOD }));
    const u = await row(id);
    assert.equal(u.email, "leo@example.test");
    assert.equal(u.role, "legal");
    assert.equal(u.active, true);
    assert.match(u.passwordHash, /^\$argon2id\$/);
    assert.equal(await verifyPassword(u.passwordHash, GOOD), true);
    const entries = await entriesAfter(before);
    assert.equal(entries.length, 1);
    assert.equal(entries[0]!.action, "user.create");
    assert.equal(entries[0]!.entityId, id);
    assert.equal(entries[0]!.actorId, dpoId);
    assert.deepEqual(entries[0]!.summary, { role: "legal", active: true });
    assertNoSecrets(entries[0]!.summary, GOOD, u.passwordHash, "leo@example.test");
  });

  it("refuses a duplicate email in any letter case with a field error, writing nothing", async () => {
    const before = await lastAuditId();
    const count = (await listUsers()).length;
    const result = await createUser(dpo, { email: "LEO@example.test", name: "Other Leo", role: "viewer", password: GOOD });
    assert.deepEqual(result, refuse("taken", "A user with this email address already exists.", "email"));
    assert.equal((await listUsers()).length, count);
    assert.equal(await lastAuditId(), before);
  });

  it("refuses a password the policy rejects, naming the password field", async () => {
    const result = await createUser(dpo, { email: "weak@example.test", name: "Weak Pass", role: "viewer", password: "short" });
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && [result.code, result.field], ["invalid", "password"]);
    assert.equal((await listUsers()).some((u) => u.email === "weak@example.test"), false);
  });

  it("lists users without password hashes or session versions", async () => {
    const list = await listUsers();
    assert.ok(list.length >= 2);
    for (const u of list) {
      assert.equal("passwordHash" in u, false);
      assert.equal("sessionVersion" in u, false);
    }
  });

  it("changes a role, bumps sessionVersion and audits from/to", async () => {
    const id = created(await createUser(dpo, { email: "maja@example.test", name: "Maja Berg", role: "viewer", password: GOOD }));
    const before = await row(id);
    const lastId = await lastAuditId();
    const result = await changeUserRole(dpo, id, "manager");
    assert.equal(result.ok, true);
    const after = await row(id);
    assert.equal(after.role, "manager");
    assert.equal(after.sessionVersion, before.sessionVersion + 1);
    const entries = await entriesAfter(lastId);
    assert.equal(entries.length, 1);
    assert.equal(entries[0]!.action, "user.role_change");
    assert.deepEqual(entries[0]!.summary, { from: "viewer", to: "manager" });
    // The same role again is a no-op: no bump, no entry.
    assert.equal((await changeUserRole(dpo, id, "manager")).ok, true);
    assert.equal((await row(id)).sessionVersion, after.sessionVersion);
    assert.equal(await lastAuditId(), entries[0]!.id);
  });

  it("deactivates (bumping sessionVersion) and reactivates a user, each audited", async () => {
    const id = created(await createUser(dpo, { email: "victor@example.test", name: "Victor Holm", role: "viewer", password: GOOD }));
    const before = await row(id);
    const lastId = await lastAuditId();
    assert.equal((await setUserActive(dpo, id, false)).ok, true);
    const off = await row(id);
    assert.equal(off.active, false);
    assert.equal(off.sessionVersion, before.sessionVersion + 1);
    assert.equal((await setUserActive(dpo, id, true)).ok, true);
    assert.equal((await row(id)).active, true);
    const entries = await entriesAfter(lastId);
    assert.deepEqual(
      entries.map((e) => [e.action, e.entityId, e.summary]),
      [
        ["user.deactivate", id, { active: false }],
        ["user.reactivate", id, { active: true }],
      ],
    );
  });

  it("does not let a DPO deactivate, demote or reset themself", async () => {
    const before = await row(dpoId);
    const lastId = await lastAuditId();
    assert.equal((await setUserActive(dpo, dpoId, false)).ok, false);
    assert.equal((await changeUserRole(dpo, dpoId, "viewer")).ok, false);
    assert.equal((await resetUserPassword(dpo, dpoId, OTHER_GOOD)).ok, false);
    const after = await row(dpoId);
    assert.deepEqual([after.role, after.active, after.sessionVersion, after.passwordHash], [before.role, before.active, before.sessionVersion, before.passwordHash]);
    assert.equal(await lastAuditId(), lastId);
  });

  it("protects the last active DPO from deactivation and demotion, whoever asks", async () => {
    const lastId = await lastAuditId();
    const demote = await changeUserRole(system, dpoId, "legal");
    assert.equal(demote.ok, false);
    assert.ok(!demote.ok && demote.code === "conflict");
    assert.match(demote.message, /last active Data Protection Officer/);
    assert.equal((await setUserActive(system, dpoId, false)).ok, false);
    assert.equal((await row(dpoId)).role, "dpo");
    assert.equal((await row(dpoId)).active, true);
    assert.equal(await lastAuditId(), lastId);

    // With a second active DPO the other may be demoted; then the remaining one is protected again.
    const second = created(await createUser(dpo, { email: "second@example.test", name: "Sam Second", role: "dpo", password: GOOD }));
    assert.equal((await changeUserRole(dpo, second, "legal")).ok, true);
    assert.equal((await setUserActive(system, dpoId, false)).ok, false);
    // An inactive DPO does not count as a stand-in.
    assert.equal((await changeUserRole(dpo, second, "dpo")).ok, true);
    assert.equal((await setUserActive(dpo, second, false)).ok, true);
    assert.equal((await changeUserRole(system, dpoId, "viewer")).ok, false);
  });

  it("lets only one of two DPOs demoting each other at the same time succeed", async () => {
    const other = created(await createUser(dpo, { email: "rival@example.test", name: "Rhea Rival", role: "dpo", password: GOOD }));
    const results = await Promise.all([changeUserRole({ type: "user", id: other }, dpoId, "legal"), changeUserRole(dpo, other, "legal")]);
    assert.equal(results.filter((r) => r.ok).length, 1, "exactly one demotion goes through");
    const dpos = (await listUsers()).filter((u) => u.role === "dpo" && u.active);
    assert.equal(dpos.length, 1);
    // Put the original DPO back in charge for the tests that follow.
    if (dpos[0]!.id !== dpoId) {
      assert.equal((await changeUserRole({ type: "user", id: other }, dpoId, "dpo")).ok, true);
    }
  });

  it("answers a clear refusal for an id that does not exist", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    for (const result of [await changeUserRole(dpo, missing, "legal"), await setUserActive(dpo, missing, false), await resetUserPassword(dpo, missing, OTHER_GOOD)]) {
      assert.deepEqual(result, refuse("not_found", "That user does not exist."));
    }
  });

  it("resets a password: the new one verifies, the old one does not, the session version moves", async () => {
    const id = created(await createUser(dpo, { email: "reset@example.test", name: "Rita Reset", role: "manager", password: GOOD }));
    const before = await row(id);
    const lastId = await lastAuditId();
    assert.equal((await resetUserPassword(dpo, id, OTHER_GOOD)).ok, true);
    const after = await row(id);
    assert.equal(await verifyPassword(after.passwordHash, OTHER_GOOD), true);
    assert.equal(await verifyPassword(after.passwordHash, GOOD), false);
    assert.equal(after.sessionVersion, before.sessionVersion + 1);
    const entries = await entriesAfter(lastId);
    assert.equal(entries.length, 1);
    assert.equal(entries[0]!.action, "user.password_reset");
    assertNoSecrets(entries[0]!.summary, OTHER_GOOD, after.passwordHash);
    // The policy is checked against the target's own name and email.
    const named = await resetUserPassword(dpo, id, "Rita-was-here-2031!");
    assert.equal(named.ok, false);
    assert.equal(!named.ok && named.field, "password");
  });

  it("changes one's own password after checking the current one, returning the new session version", async () => {
    const id = created(await createUser(dpo, { email: "own@example.test", name: "Olle Own", role: "viewer", password: GOOD }));
    const me: Actor = { type: "user", id };
    const before = await row(id);
    const lastId = await lastAuditId();
    const result = await changeOwnPassword(me, GOOD, OTHER_GOOD, { address: "192.0.2.10" });
    assert.equal(result.ok, true);
    const after = await row(id);
    assert.equal(result.ok && result.sessionVersion, before.sessionVersion + 1);
    assert.equal(after.sessionVersion, before.sessionVersion + 1);
    assert.equal(await verifyPassword(after.passwordHash, OTHER_GOOD), true);
    const entries = await entriesAfter(lastId);
    assert.equal(entries.length, 1);
    assert.equal(entries[0]!.action, "user.password_change");
    assert.equal(entries[0]!.actorId, id);
    assertNoSecrets(entries[0]!.summary, GOOD, OTHER_GOOD, after.passwordHash);
  });

  it("writes nothing to the account or the trail when the current password is wrong", async () => {
    const id = created(await createUser(dpo, { email: "wrong@example.test", name: "Wera Wrong", role: "viewer", password: GOOD }));
    const before = await row(id);
    const lastId = await lastAuditId();
    const failuresBefore = (await db.handle.db.select().from(loginFailures)).length;
    const result = await changeOwnPassword({ type: "user", id }, "not-the-password", OTHER_GOOD, { address: "192.0.2.11" });
    assert.deepEqual(result, refuse("invalid", "The current password is not right.", "currentPassword"));
    assert.deepEqual(await row(id), before);
    assert.equal(await lastAuditId(), lastId);
    // It counts as a failed attempt for the sign-in limit (account and address), so the form cannot be used to guess.
    assert.equal((await db.handle.db.select().from(loginFailures)).length, failuresBefore + 2);
  });

  it("stops checking the current password once the account's attempts are used up", async () => {
    const id = created(await createUser(dpo, { email: "guess@example.test", name: "Gus Guess", role: "viewer", password: GOOD }));
    const now = new Date();
    for (let i = 0; i < 10; i++) await changeOwnPassword({ type: "user", id }, `wrong-${i}`, OTHER_GOOD, { address: `198.51.100.${i}`, now });
    const result = await changeOwnPassword({ type: "user", id }, GOOD, OTHER_GOOD, { address: "198.51.100.99", now });
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : "", /Wait 15 minutes/);
    assert.equal(await verifyPassword((await row(id)).passwordHash, GOOD), true);
  });

  it("audits every change so far with an entry per write and no secrets anywhere in the trail", async () => {
    const all = await db.handle.db.select().from(auditLog);
    assert.ok(all.length >= 10, `expected the writes above to be audited, found ${all.length}`);
    for (const entry of all) assertNoSecrets(entry.summary, GOOD, OTHER_GOOD);
  });
});
