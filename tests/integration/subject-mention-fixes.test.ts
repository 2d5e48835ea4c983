import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { withAudit, type Actor } from "@/db/queries/audit";
import { ingestBatch } from "@/db/queries/chats";
import { confirmMention, planMentionConfirmation, splitTypedLinks } from "@/db/queries/subjects";
import { auditLog, chatSources, conversations, dataFixes, dataSubjects, subjectIdentifiers, subjectMentions, users } from "@/db/schema";
import { seedFoundation } from "@/db/seed/foundation";
import { batchSchema } from "@/lib/chats/batch-schema";
import { useTestDatabase } from "../helpers/db";

const NOW = Math.floor(Date.now() / 1000) * 1000;
const at = (daysAgo: number, minutes = 0) => new Date(NOW - daysAgo * 86_400_000 + minutes * 60_000).toISOString();
const batch = (source: string, conversationsIn: unknown[]) => batchSchema.parse({ source, conversations: conversationsIn });
const visitorSays = (externalId: string, text: string, sentAt: string) => ({ externalId, author: "visitor", text, sentAt });

describe("confirming a mention, and the one-off fix for typed links", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let dpo: Actor;
  const conversation = async (source: string, externalId: string) => {
    const [row] = await db.handle.db
      .select({ c: conversations })
      .from(conversations)
      .innerJoin(chatSources, eq(chatSources.id, conversations.sourceId))
      .where(and(eq(chatSources.key, source), eq(conversations.externalId, externalId)));
    return row!.c;
  };
  const mentionOf = async (conversationId: string, value: string) => {
    const [m] = await db.handle.db.select({ id: subjectMentions.id }).from(subjectMentions).where(and(eq(subjectMentions.conversationId, conversationId), eq(subjectMentions.value, value)));
    return m!.id;
  };

  before(async () => {
    db = await useTestDatabase();
    await withAudit({ type: "system" }, (tx) => seedFoundation(tx), () => []);
    const [u] = await db.handle.db.select({ id: users.id }).from(users).where(eq(users.role, "dpo"));
    dpo = { type: "user", id: u!.id };
  });
  after(() => db.cleanup());

  it("confirming a mention shows the merge first, refuses a stale confirmation, then links and merges, audited without the identifier", async () => {
    // Two batches, so the work-address person is the older one: people created in one transaction share
    // their creation time, and the merge would then keep whichever id sorts first.
    await ingestBatch(
      { type: "system" },
      batch("web", [
        { externalId: "q-1", startedAt: at(9), visitor: { name: "Petra at work", email: "petra.work@example.com" }, messages: [visitorSays("1", "Invoice question", at(9, 1))] },
        { externalId: "q-2", startedAt: at(8), visitor: { email: "petra.work@example.com" }, messages: [visitorSays("1", "Another one", at(8, 1))] },
      ]),
      { sourceKind: "api" },
    );
    await ingestBatch(
      { type: "system" },
      batch("web", [
        { externalId: "p-1", startedAt: at(5), visitor: { name: "Petra Holm", email: "petra@example.org" }, messages: [visitorSays("1", "My work address is petra.work@example.com", at(5, 1))] },
      ]),
      { sourceKind: "api" },
    );
    const p1 = await conversation("web", "p-1");
    const q1 = await conversation("web", "q-1");
    assert.notEqual(p1.subjectId, q1.subjectId, "typed, it merged nobody");
    const mentionId = await mentionOf(p1.id, "petra.work@example.com");

    const planned = await planMentionConfirmation(mentionId);
    assert.ok(planned.ok);
    assert.equal(planned.plan.conversationPerson?.id, p1.subjectId);
    assert.equal(planned.plan.holder?.id, q1.subjectId);
    assert.deepEqual(planned.plan.merging.map((p) => [p.id, p.conversations]).sort(), [[p1.subjectId, 1], [q1.subjectId, 2]].sort());

    const auditBefore = (await db.handle.db.select({ id: auditLog.id }).from(auditLog)).length;
    const stale = await confirmMention(dpo, { mentionId, reason: "She said so on the phone", expectedMerge: [] });
    assert.ok(!stale.ok && stale.code === "conflict");
    assert.notEqual((await conversation("web", "p-1")).subjectId, (await conversation("web", "q-1")).subjectId, "a refusal writes nothing");
    assert.equal((await db.handle.db.select({ id: auditLog.id }).from(auditLog)).length, auditBefore);

    const done = await confirmMention(dpo, { mentionId, reason: "She said so on the phone", expectedMerge: planned.plan.merging.map((p) => p.id) });
    assert.ok(done.ok);
    assert.equal(done.merged, 1);
    const linked = await db.handle.db.select({ subjectId: conversations.subjectId }).from(conversations).where(inArray(conversations.externalId, ["p-1", "q-1", "q-2"]));
    assert.deepEqual(new Set(linked.map((r) => r.subjectId)), new Set([done.subjectId]));
    assert.equal(done.subjectId, q1.subjectId, "the older person is kept");
    const ids = await db.handle.db.select({ value: subjectIdentifiers.value, origin: subjectIdentifiers.origin }).from(subjectIdentifiers).where(eq(subjectIdentifiers.subjectId, done.subjectId)).orderBy(asc(subjectIdentifiers.value));
    assert.deepEqual(ids, [
      { value: "petra.work@example.com", origin: "visitor" },
      { value: "petra@example.org", origin: "visitor" },
    ]);
    const [entry] = await db.handle.db.select().from(auditLog).where(eq(auditLog.action, "subjects.confirm_mention")).orderBy(desc(auditLog.id)).limit(1);
    assert.ok(entry);
    assert.equal(entry.entityId, done.subjectId);
    assert.equal((entry.summary as { reason: string }).reason, "She said so on the phone");
    assert.deepEqual((entry.summary as { mergedSubjectIds: string[] }).mergedSubjectIds, [p1.subjectId]);
    assert.ok(!JSON.stringify(entry.summary).includes("petra"), "the identifier is not in the trail");

    const again = await planMentionConfirmation(mentionId);
    assert.ok(!again.ok && again.code === "conflict", "already theirs");
    assert.ok(!(await planMentionConfirmation("not-a-number")).ok);
  });

  it("confirming a mention in a conversation nobody owns links it, to a new person when nobody holds the identifier", async () => {
    await ingestBatch({ type: "system" }, batch("web", [{ externalId: "anon-1", startedAt: at(4), visitor: {}, messages: [visitorSays("1", "Please delete me: olle@example.net", at(4, 1))] }]), { sourceKind: "api" });
    const c = await conversation("web", "anon-1");
    assert.equal(c.subjectId, null);
    const mentionId = await mentionOf(c.id, "olle@example.net");
    const planned = await planMentionConfirmation(mentionId);
    assert.ok(planned.ok && planned.plan.createsPerson && planned.plan.merging.length === 0);
    const done = await confirmMention(dpo, { mentionId, reason: "Anonymous chat, the visitor gave their own address", expectedMerge: [] });
    assert.ok(done.ok);
    assert.equal((await conversation("web", "anon-1")).subjectId, done.subjectId);
    const [held] = await db.handle.db.select({ subjectId: subjectIdentifiers.subjectId, origin: subjectIdentifiers.origin }).from(subjectIdentifiers).where(eq(subjectIdentifiers.value, "olle@example.net"));
    assert.deepEqual(held, { subjectId: done.subjectId, origin: "confirmed" });
  });

  it("the one-off fix splits people merged through typed identifiers, turns those into mentions, and runs once", async () => {
    // Seeded the old way: ingest, then what the old code did — no mentions, the typed details as the
    // writer's identifiers, and B merged into A because he typed A's address.
    await ingestBatch(
      { type: "system" },
      batch("old", [
        { externalId: "a-1", startedAt: at(30), visitor: { externalId: "va", name: "Alva", email: "alva@example.org" }, messages: [visitorSays("1", "Neighbour: nils@example.com, 070-555 12 34", at(30, 1))] },
        { externalId: "a-2", startedAt: at(29), visitor: { externalId: "va", phone: "070-111 00 00" }, messages: [visitorSays("1", "Me again", at(29, 1))] },
        { externalId: "b-1", startedAt: at(20), visitor: { externalId: "vb", name: "Bruno", email: "bruno@example.net" }, messages: [visitorSays("1", "alva@example.org sent me", at(20, 1))] },
      ]),
      { sourceKind: "api" },
    );
    const a1 = await conversation("old", "a-1");
    const b1 = await conversation("old", "b-1");
    const personA = a1.subjectId!;
    const personB = b1.subjectId!;
    const conversationIds = [a1.id, (await conversation("old", "a-2")).id, b1.id];
    await db.handle.db.delete(subjectMentions).where(inArray(subjectMentions.conversationId, conversationIds));
    await db.handle.db.insert(subjectIdentifiers).values([
      { subjectId: personA, kind: "email", value: "nils@example.com", origin: "message", firstSeenConversationId: a1.id },
      { subjectId: personA, kind: "phone", value: "+46705551234", origin: "message", firstSeenConversationId: a1.id },
    ]);
    await db.handle.db.update(subjectIdentifiers).set({ subjectId: personA }).where(eq(subjectIdentifiers.subjectId, personB));
    await db.handle.db.update(conversations).set({ subjectId: personA }).where(eq(conversations.id, b1.id));
    await db.handle.db.delete(dataSubjects).where(eq(dataSubjects.id, personB));
    await db.handle.db.delete(dataFixes);

    const receipt = await splitTypedLinks();
    assert.deepEqual(receipt, { ran: true, peopleSplit: 1, identifiersTurnedIntoMentions: 2, conversationsRelinked: 1, mentionsRecorded: 3 });
    assert.equal((await conversation("old", "a-1")).subjectId, personA);
    assert.equal((await conversation("old", "a-2")).subjectId, personA, "joined by the visitor id, a strong identifier");
    const bruno = (await conversation("old", "b-1")).subjectId!;
    assert.ok(bruno && bruno !== personA, "B is his own person again");
    const heldBy = async (value: string) => (await db.handle.db.select({ s: subjectIdentifiers.subjectId }).from(subjectIdentifiers).where(eq(subjectIdentifiers.value, value))).map((r) => r.s);
    assert.deepEqual(await heldBy("bruno@example.net"), [bruno]);
    assert.deepEqual(await heldBy("old:vb"), [bruno]);
    assert.deepEqual(await heldBy("alva@example.org"), [personA]);
    assert.deepEqual(await heldBy("nils@example.com"), []);
    assert.deepEqual(await heldBy("+46705551234"), []);
    const [name] = await db.handle.db.select({ n: dataSubjects.displayName }).from(dataSubjects).where(eq(dataSubjects.id, bruno));
    assert.equal(name!.n, "Bruno");
    const mentions = await db.handle.db.select({ c: subjectMentions.conversationId, v: subjectMentions.value }).from(subjectMentions).where(inArray(subjectMentions.conversationId, conversationIds)).orderBy(asc(subjectMentions.value));
    assert.deepEqual(mentions, [
      { c: a1.id, v: "+46705551234" },
      { c: b1.id, v: "alva@example.org" },
      { c: a1.id, v: "nils@example.com" },
    ]);
    const entries = await db.handle.db.select().from(auditLog).where(eq(auditLog.action, "subjects.split_typed_links"));
    assert.equal(entries.length, 1);
    assert.deepEqual(entries[0]!.summary, { peopleSplit: 1, identifiersTurnedIntoMentions: 2, conversationsRelinked: 1, mentionsRecorded: 3 });

    const second = await splitTypedLinks();
    assert.equal(second.ran, false);
    assert.equal((await db.handle.db.select().from(auditLog).where(eq(auditLog.action, "subjects.split_typed_links"))).length, 1);
  });
});
