import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { and, eq } from "drizzle-orm";
import { buildRecordSnapshot, getRecordVersion, listRecordVersions, snapshotHash, stampRecordVersion } from "@/db/queries/inventory";
import { auditLog, processingActivities, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed/run";
import { canonicalJson } from "@/lib/audit/hash";
import { parseCsv } from "@/lib/csv-parse";
import { RECORD_COLUMNS, toCsv } from "@/lib/inventory/export";
import { useTestDatabase } from "../helpers/db";

describe("record of processing export versions", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let actor: { type: "user"; id: string };

  before(async () => {
    db = await useTestDatabase();
    await seedDemoData(new Date("2026-11-29T12:00:00Z"));
    const [dpo] = await db.handle.db.select({ id: users.id }).from(users).where(eq(users.role, "dpo"));
    actor = { type: "user", id: dpo!.id };
  });
  after(() => db.cleanup());

  it("builds the snapshot of the seeded record: organisation, activities sorted, lists sorted", async () => {
    const snapshot = await buildRecordSnapshot();
    assert.ok(snapshot.organisation?.controllerName);
    const active = await db.handle.db.select({ id: processingActivities.id }).from(processingActivities);
    assert.ok(snapshot.activities.length > 0 && snapshot.activities.length <= active.length);
    const names = snapshot.activities.map((a) => a.name.toLowerCase());
    assert.deepEqual(names, [...names].sort());
    const chat = snapshot.activities.find((a) => a.name === "Website live chat support")!;
    // (f) for the chat: what the linked retention rules enforce, in name order so the hash is stable.
    assert.equal(
      chat.retention,
      "Chat retention rules: Chats with health data — 90 days: anonymised 90 days (about 3 months) after the conversation ends; " +
        "Payment questions — 60 days: anonymised 60 days (about 2 months) after the conversation ends; " +
        "Website chats — 12 months: deleted 365 days (1 year) after the conversation ends",
    );
    assert.deepEqual(chat.measures, [...chat.measures].sort());
    assert.ok(chat.dataCategories.length > 0);
    // The same content read twice is the same snapshot and the same hash.
    assert.equal(canonicalJson(await buildRecordSnapshot()), canonicalJson(snapshot));
    assert.equal(snapshotHash(snapshot), createHash("sha256").update(canonicalJson(snapshot)).digest("hex"));
  });

  it("stamps version 1, audits it, and reuses it while the record is unchanged", async () => {
    const first = await stampRecordVersion(actor);
    assert.equal(first.version, 1);
    assert.equal(first.created, true);
    assert.match(first.contentHash, /^[0-9a-f]{64}$/);
    const again = await stampRecordVersion(actor);
    assert.equal(again.version, 1);
    assert.equal(again.created, false);
    assert.equal(again.contentHash, first.contentHash);
    const entries = await db.handle.db.select().from(auditLog).where(eq(auditLog.action, "record.version"));
    assert.equal(entries.length, 1);
    assert.equal(entries[0]!.actorId, actor.id);
    assert.deepEqual(entries[0]!.summary, { version: 1, contentHash: first.contentHash });
  });

  it("a change gives a new version with a new hash; the old version keeps its old content", async () => {
    const before = await getRecordVersion(1);
    await db.handle.db
      .update(processingActivities)
      .set({ purposes: "Answer visitors' questions in the chat, now also after hours" })
      .where(eq(processingActivities.name, "Website live chat support"));
    const next = await stampRecordVersion(actor);
    assert.equal(next.version, 2);
    assert.equal(next.created, true);
    assert.notEqual(next.contentHash, before!.contentHash);

    const old = await getRecordVersion(1);
    assert.equal(old!.contentHash, before!.contentHash);
    // The stored snapshot still hashes to its stamp: jsonb key order does not matter to canonical JSON.
    assert.equal(snapshotHash(old!.snapshot), old!.contentHash);
    const oldChat = old!.snapshot.activities.find((a) => a.name === "Website live chat support")!;
    assert.notEqual(oldChat.purposes, "Answer visitors' questions in the chat, now also after hours");

    const parsed = parseCsv(toCsv(old!.snapshot, old!));
    assert.ok(parsed.ok);
    if (!parsed.ok) return;
    assert.ok(parsed.records.some((r) => r[0] === `Version 1 · SHA-256 ${old!.contentHash}`));
    const header = parsed.records.findIndex((r) => r[0] === "Activity");
    assert.deepEqual(parsed.records[header], [...RECORD_COLUMNS]);
    assert.equal(parsed.records.length - header - 1, old!.snapshot.activities.length);

    const list = await listRecordVersions();
    assert.deepEqual(list.map((v) => v.version), [2, 1]);
    assert.ok(list[0]!.createdByName);
    const entries = await db.handle.db.select().from(auditLog).where(and(eq(auditLog.action, "record.version"), eq(auditLog.entityId, "2")));
    assert.equal(entries.length, 1);
  });

  it("archiving an activity removes it from the next version", async () => {
    await db.handle.db.update(processingActivities).set({ archivedAt: new Date() }).where(eq(processingActivities.name, "Website live chat support"));
    const next = await stampRecordVersion(actor);
    assert.equal(next.version, 3);
    assert.ok(!next.snapshot.activities.some((a) => a.name === "Website live chat support"));
  });

  it("stamps taken at the same time agree on one version", async () => {
    await db.handle.db.update(processingActivities).set({ archivedAt: null }).where(eq(processingActivities.name, "Website live chat support"));
    const results = await Promise.all([stampRecordVersion(actor), stampRecordVersion(actor), stampRecordVersion(actor)]);
    assert.deepEqual(new Set(results.map((r) => r.version)).size, 1);
    assert.equal(results.filter((r) => r.created).length, 1);
    assert.equal(await getRecordVersion(99), null);
  });
});
