import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq, sql } from "drizzle-orm";
import { appendAudit, withAudit } from "@/db/queries/audit";
import { auditLog, organisation } from "@/db/schema";
import { dbErrorMatching, useTestDatabase } from "../helpers/db";

describe("audit write path", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  before(async () => {
    db = await useTestDatabase();
  });
  after(() => db.cleanup());

  it("commits the change and its entry together", async () => {
    await withAudit(
      { type: "system" },
      (tx) => tx.insert(organisation).values({ id: 1, controllerName: "Acme AB" }).returning({ id: organisation.id }),
      ([row]) => ({ action: "organisation.create", entityType: "organisation", entityId: String(row!.id), summary: { password: "x", fields: ["controllerName"] } }),
    );
    const entries = await db.handle.db.select().from(auditLog);
    assert.equal(entries.length, 1);
    assert.equal(entries[0]!.action, "organisation.create");
    assert.deepEqual(entries[0]!.summary, { fields: ["controllerName"] }, "secrets are left out of the summary");
  });

  it("rolls the change back when the audit insert fails", async () => {
    await assert.rejects(
      withAudit(
        { type: "system" },
        (tx) => tx.update(organisation).set({ controllerName: "Changed AB" }).where(eq(organisation.id, 1)),
        // An empty action violates the table's check constraint, so the audit insert fails.
        () => ({ action: "", entityType: "organisation", entityId: "1" }),
      ),
    );
    const [org] = await db.handle.db.select({ name: organisation.controllerName }).from(organisation);
    assert.equal(org!.name, "Acme AB");
    assert.equal((await db.handle.db.select().from(auditLog)).length, 1);
  });

  it("refuses UPDATE, DELETE and TRUNCATE on the audit table", async () => {
    const appendOnly = dbErrorMatching(/append-only/);
    await assert.rejects(db.handle.db.update(auditLog).set({ action: "tampered" }), appendOnly);
    await assert.rejects(db.handle.db.delete(auditLog), appendOnly);
    await assert.rejects(db.handle.db.execute(sql`truncate audit_log`), appendOnly);
    assert.equal((await db.handle.db.select().from(auditLog)).length, 1);
  });

  it("chains each entry to the one before", async () => {
    await db.handle.db.transaction((tx) => appendAudit(tx, { type: "system" }, { action: "test.second", entityType: "test", entityId: "2" }));
    const rows = await db.handle.db.select().from(auditLog).orderBy(auditLog.id);
    assert.equal(rows.length, 2);
    assert.equal(rows[1]!.prevHash, rows[0]!.hash);
    assert.match(rows[1]!.hash, /^[0-9a-f]{64}$/);
  });
});
