import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { desc, eq, sql } from "drizzle-orm";
import { parseAuditSearch } from "@/app/(app)/audit/filters";
import { auditEntryBatches, getAuditHead, listAuditActors, listAuditEntityTypes, listAuditEntries, verifyAuditChain, type AuditFilters, withAudit } from "@/db/queries/audit";
import { auditLog, organisation, users } from "@/db/schema";
import { entryHash, GENESIS_HASH, type HashedContent } from "@/lib/audit/hash";
import { useTestDatabase } from "../helpers/db";

describe("audit log reads and chain verification", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  const ids: number[] = [];
  let alice = "";
  let bob = "";

  // Writes an entry the way appendAudit does, but at a chosen time, so date filters can be tested.
  async function insertEntry(content: Omit<HashedContent, "actorId"> & { actorId?: string | null }) {
    const row = { ...content, actorId: content.actorId ?? null };
    const [last] = await db.handle.db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    const prevHash = last?.hash ?? GENESIS_HASH;
    const [inserted] = await db.handle.db
      .insert(auditLog)
      .values({ ...row, prevHash, hash: entryHash(prevHash, row) })
      .returning({ id: auditLog.id });
    ids.push(inserted!.id);
  }

  const allIds = async (filters: AuditFilters = {}) => {
    const out: number[] = [];
    for await (const batch of auditEntryBatches(filters, 2)) out.push(...batch.map((r) => r.id));
    return out;
  };

  before(async () => {
    db = await useTestDatabase();
    const made = await db.handle.db
      .insert(users)
      .values([
        { email: "alice@example.test", name: "Alice Ek", role: "dpo", passwordHash: "x" },
        { email: "bob@example.test", name: "Bob Ström", role: "viewer", passwordHash: "x" },
        { email: "carol@example.test", name: "Carol Nyman", role: "legal", passwordHash: "x" },
      ])
      .returning({ id: users.id, name: users.name });
    alice = made.find((u) => u.name === "Alice Ek")!.id;
    bob = made.find((u) => u.name === "Bob Ström")!.id;
    const user = (id: string) => ({ actorType: "user", actorId: id });
    await insertEntry({ at: new Date("2025-01-10T10:00:00.000Z"), ...user(alice), action: "breach.create", entityType: "breach", entityId: "b1", summary: { fields: ["title"] } });
    // 00:30 on 11 January in Stockholm, still the 10th in UTC.
    await insertEntry({ at: new Date("2025-01-10T23:30:00.000Z"), ...user(bob), action: "auth.sign_in", entityType: "user", entityId: bob, summary: { method: "password" } });
    await insertEntry({ at: new Date("2025-01-12T09:00:00.250Z"), actorType: "system", action: "seed.demo_data", entityType: "system", entityId: "demo", summary: { rows: 12 } });
    await insertEntry({ at: new Date("2025-01-15T12:00:00.000Z"), actorType: "api", action: "breach.update", entityType: "breach", entityId: "b1", summary: { apiKeyId: "k1", fields: ["status"] } });
    await insertEntry({ at: new Date("2025-02-01T08:00:00.000Z"), ...user(alice), action: "breach.update", entityType: "breach", entityId: "b2", summary: { fields: ["risk"], note: { nested: [1, "two", null], "key with space": true } } });
    // Two more through the real write path, so verification is checked against what the app writes.
    for (const name of ["Acme AB", "Acme Nordic AB"]) {
      await withAudit(
        { type: "user", id: alice },
        (tx) =>
          tx
            .insert(organisation)
            .values({ id: 1, controllerName: name })
            .onConflictDoUpdate({ target: organisation.id, set: { controllerName: name } })
            .returning({ id: organisation.id }),
        () => ({ action: "organisation.update", entityType: "organisation", entityId: "1", summary: { fields: ["controllerName"], at: new Date("2025-03-01T00:00:00Z") } }),
      );
    }
    const all = await db.handle.db.select({ id: auditLog.id }).from(auditLog).orderBy(auditLog.id);
    ids.splice(0, ids.length, ...all.map((r) => r.id));
  });
  after(() => db.cleanup());

  it("lists newest first with the actor's name and a total", async () => {
    const { rows, total } = await listAuditEntries({ page: 1, pageSize: 50 });
    assert.equal(total, 7);
    assert.deepEqual(rows.map((r) => r.id), [...ids].reverse());
    const signIn = rows.find((r) => r.action === "auth.sign_in")!;
    assert.equal(signIn.actorName, "Bob Ström");
    assert.equal(signIn.actorType, "user");
    assert.deepEqual(signIn.summary, { method: "password" });
    assert.equal(rows.find((r) => r.action === "seed.demo_data")!.actorName, null);
  });

  it("pages on the server", async () => {
    const page1 = await listAuditEntries({ page: 1, pageSize: 3 });
    const page3 = await listAuditEntries({ page: 3, pageSize: 3 });
    const page4 = await listAuditEntries({ page: 4, pageSize: 3 });
    assert.deepEqual(page1.rows.map((r) => r.id), [ids[6], ids[5], ids[4]]);
    assert.deepEqual(page3.rows.map((r) => r.id), [ids[0]]);
    assert.deepEqual(page4.rows, []);
    assert.equal(page3.total, 7);
  });

  it("filters by actor, actor kind, entity type and date range", async () => {
    const byActor = await listAuditEntries({ actorId: alice, page: 1, pageSize: 50 });
    assert.deepEqual(byActor.rows.map((r) => r.id), [ids[6], ids[5], ids[4], ids[0]]);
    assert.equal(byActor.total, 4);
    const system = await listAuditEntries({ actorType: "system", page: 1, pageSize: 50 });
    assert.deepEqual(system.rows.map((r) => r.action), ["seed.demo_data"]);
    const api = await listAuditEntries({ actorType: "api", entityType: "breach", page: 1, pageSize: 50 });
    assert.deepEqual(api.rows.map((r) => r.id), [ids[3]]);
    const breaches = await listAuditEntries({ entityType: "breach", page: 1, pageSize: 50 });
    assert.deepEqual(breaches.rows.map((r) => r.id), [ids[4], ids[3], ids[0]]);
    const none = await listAuditEntries({ entityType: "nothing", page: 1, pageSize: 50 });
    assert.deepEqual(none, { rows: [], total: 0 });
  });

  it("reads the date range as whole days in the organisation's time zone", async () => {
    const { filters, errors } = parseAuditSearch({ from: "2025-01-11", to: "2025-01-12" }, "Europe/Stockholm");
    assert.deepEqual(errors, {});
    const inRange = await listAuditEntries({ ...filters, page: 1, pageSize: 50 });
    assert.deepEqual(inRange.rows.map((r) => r.id), [ids[2], ids[1]]);
    const utc = parseAuditSearch({ from: "2025-01-11", to: "2025-01-12" }, "UTC").filters;
    assert.deepEqual((await listAuditEntries({ ...utc, page: 1, pageSize: 50 })).rows.map((r) => r.id), [ids[2]]);
    const fromOnly = parseAuditSearch({ from: "2025-01-15" }, "Europe/Stockholm").filters;
    assert.equal((await listAuditEntries({ ...fromOnly, page: 1, pageSize: 50 })).total, 4);
  });

  it("offers the actors and entity types that occur, for the filter selects", async () => {
    assert.deepEqual(await listAuditActors(), [
      { id: alice, name: "Alice Ek" },
      { id: bob, name: "Bob Ström" },
    ]);
    assert.deepEqual(await listAuditEntityTypes(), ["breach", "organisation", "system", "user"]);
  });

  it("exports every matching row in chain order, in batches", async () => {
    assert.deepEqual(await allIds(), ids);
    assert.deepEqual(await allIds({ entityType: "breach" }), [ids[0], ids[3], ids[4]]);
    const batches: number[] = [];
    for await (const batch of auditEntryBatches({}, 3)) batches.push(batch.length);
    assert.deepEqual(batches, [3, 3, 1]);
    const [first] = (await auditEntryBatches({ actorId: bob }).next()).value!;
    assert.equal(first!.actorName, "Bob Ström");
    assert.equal(first!.prevHash.length, 64);
  });

  it("exports a fixed cut: entries added during an export are left for the next one", async () => {
    const reader = auditEntryBatches({}, 4);
    const firstBatch = (await reader.next()).value!;
    await withAudit({ type: "system" }, async () => null, () => ({ action: "test.during_export", entityType: "test", entityId: "1" }));
    const rest: number[] = [];
    for await (const batch of reader) rest.push(...batch.map((r) => r.id));
    assert.deepEqual([...firstBatch.map((r) => r.id), ...rest], ids);
    const head = await getAuditHead();
    assert.ok(head && head.id > ids[ids.length - 1]!);
    ids.push(head.id);
  });

  it("verifies an intact chain, across batch boundaries", async () => {
    const head = await getAuditHead();
    for (const batchSize of [1000, 3, 1]) {
      assert.deepEqual(await verifyAuditChain(batchSize), { ok: true, checked: ids.length, headHash: head!.hash });
    }
  });

  describe("after tampering", () => {
    const original = new Map<number, { summary: Record<string, unknown>; hash: string }>();
    const sqlDb = () => db.handle.db;
    before(async () => {
      await sqlDb().execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
      for (const row of await sqlDb().select({ id: auditLog.id, summary: auditLog.summary, hash: auditLog.hash }).from(auditLog)) {
        original.set(row.id, { summary: row.summary, hash: row.hash });
      }
    });
    after(() => sqlDb().execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`));
    const restore = (id: number) => sqlDb().update(auditLog).set(original.get(id)!).where(eq(auditLog.id, id));

    it("reports an edited entry as content changed", async () => {
      const target = ids[3]!;
      await sqlDb().update(auditLog).set({ summary: { apiKeyId: "k1", fields: ["status", "risk"] } }).where(eq(auditLog.id, target));
      assert.deepEqual(await verifyAuditChain(2), { ok: false, checked: 4, firstBrokenId: target, reason: "content changed" });
      await restore(target);
      assert.equal((await verifyAuditChain()).ok, true);
    });

    it("reports an edited first entry", async () => {
      await sqlDb().update(auditLog).set({ entityId: "b9" }).where(eq(auditLog.id, ids[0]!));
      assert.deepEqual(await verifyAuditChain(), { ok: false, checked: 1, firstBrokenId: ids[0], reason: "content changed" });
      await sqlDb().update(auditLog).set({ entityId: "b1" }).where(eq(auditLog.id, ids[0]!));
      assert.equal((await verifyAuditChain()).ok, true);
    });

    it("catches an edit whose hash was recomputed, at the next entry's link", async () => {
      const target = ids[2]!;
      const [row] = await sqlDb().select().from(auditLog).where(eq(auditLog.id, target));
      const forged = { ...row!, summary: { rows: 13 } };
      await sqlDb().update(auditLog).set({ summary: forged.summary, hash: entryHash(forged.prevHash, forged) }).where(eq(auditLog.id, target));
      assert.deepEqual(await verifyAuditChain(), { ok: false, checked: 4, firstBrokenId: ids[3], reason: "link broken" });
      await restore(target);
      assert.equal((await verifyAuditChain()).ok, true);
    });

    it("reports the entry after a removed one as link broken", async () => {
      const removed = ids[4]!;
      await sqlDb().delete(auditLog).where(eq(auditLog.id, removed));
      assert.deepEqual(await verifyAuditChain(), { ok: false, checked: 5, firstBrokenId: ids[5], reason: "link broken" });
    });

    it("reports a removed first entry at the new first entry", async () => {
      await sqlDb().delete(auditLog).where(eq(auditLog.id, ids[0]!));
      assert.deepEqual(await verifyAuditChain(), { ok: false, checked: 1, firstBrokenId: ids[1], reason: "link broken" });
    });
  });
});
