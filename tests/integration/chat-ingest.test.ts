import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { ingestBatch, ingestBatchInTx, type IngestOutcome } from "@/db/queries/chats";
import {
  auditLog,
  chatSourceDaily,
  chatSources,
  conversations,
  dataSubjects,
  findings,
  messages,
  retentionRules,
  subjectIdentifiers,
  subjectMentions,
  users,
} from "@/db/schema";
import { batchSchema, type ChatBatch } from "@/lib/chats/batch-schema";
import { useTestDatabase } from "../helpers/db";

const system = { type: "system" } as const;
const DAY = 86_400_000;
// One fixed "now" (whole seconds), so every call names the same instant.
const NOW = Math.floor(Date.now() / 1000) * 1000;
const at = (daysAgo: number, minutes = 0) => new Date(NOW - daysAgo * DAY + minutes * 60_000).toISOString();

function batch(source: string, conversationsIn: unknown[]): ChatBatch {
  return batchSchema.parse({ source, conversations: conversationsIn });
}

// A batch these tests expect to go through: a refusal fails the test with its sentence.
async function ingest(...args: Parameters<typeof ingestBatch>) {
  const outcome = await ingestBatch(...args);
  if (!outcome.ok) assert.fail(`refused: ${outcome.message} ${outcome.details?.join("; ") ?? ""}`);
  return outcome;
}
const msg = (externalId: string, author: "visitor" | "agent" | "bot", text: string, sentAt = at(2)) => ({ externalId, author, text, sentAt });

describe("chat ingest", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  before(async () => {
    db = await useTestDatabase();
  });
  after(() => db.cleanup());

  const conversationByExternal = async (source: string, externalId: string) => {
    const [row] = await db.handle.db
      .select({ c: conversations })
      .from(conversations)
      .innerJoin(chatSources, eq(chatSources.id, conversations.sourceId))
      .where(and(eq(chatSources.key, source), eq(conversations.externalId, externalId)));
    return row!.c;
  };
  const identifiersOf = (subjectId: string) =>
    db.handle.db
      .select({ kind: subjectIdentifiers.kind, value: subjectIdentifiers.value, origin: subjectIdentifiers.origin })
      .from(subjectIdentifiers)
      .where(eq(subjectIdentifiers.subjectId, subjectId))
      .orderBy(asc(subjectIdentifiers.kind), asc(subjectIdentifiers.value));

  const card = "4111 1111 1111 1111";
  const first = batch("website", [
    {
      externalId: "c-1",
      startedAt: at(2),
      category: "payment",
      visitor: { externalId: "v-1", name: "Anna Lindqvist", email: "Anna@Example.COM", phone: "070-174 06 05" },
      messages: [
        msg("m-1", "visitor", `My card ${card} was charged twice`, at(2, 1)),
        msg("m-2", "agent", "Please never post card numbers. Reach us at support@northwind-outdoor.example.", at(2, 2)),
        msg("m-3", "visitor", "Sorry! I also have diabetes, is the cooler bag safe for insulin?", at(1, 3)),
      ],
    },
  ]);

  let firstResult: IngestOutcome;
  it("stores a new batch with its findings, counters and one audit entry holding counts only", async () => {
    firstResult = await ingest(system, first, { sourceKind: "api" });
    assert.deepEqual(firstResult.conversations, { received: 1, inserted: 1, duplicates: 0 });
    assert.deepEqual(firstResult.messages, { received: 3, inserted: 3, duplicates: 0 });

    const [source] = await db.handle.db.select().from(chatSources).where(eq(chatSources.key, "website"));
    assert.equal(source!.kind, "api");
    assert.equal(source!.name, "website");
    assert.ok(source!.lastReceivedAt instanceof Date);

    const c = await conversationByExternal("website", "c-1");
    assert.equal(c.messageCount, 3);
    assert.equal(c.lastMessageAt!.toISOString(), at(1, 3));
    assert.equal(c.hasSpecialCategory, true);
    assert.equal(c.visitorEmail, "anna@example.com");
    assert.equal(c.visitorPhone, "+46701740605");
    assert.equal(c.category, "payment");

    const stored = await db.handle.db.select({ id: messages.id, externalId: messages.externalId, text: messages.text }).from(messages).where(eq(messages.conversationId, c.id));
    const rows = await db.handle.db.select().from(findings).where(eq(findings.conversationId, c.id));
    assert.equal(rows.length, firstResult.findings);
    const cardFinding = rows.find((f) => f.type === "card")!;
    const m1 = stored.find((m) => m.externalId === "m-1")!;
    assert.equal(cardFinding.messageId, m1.id);
    assert.equal(m1.text.slice(cardFinding.start, cardFinding.end), card, "offsets index the stored text");
    assert.ok(cardFinding.confidence > 0.5);
    assert.equal(cardFinding.status, "open");
    const health = rows.find((f) => f.type === "special_category")!;
    assert.equal(health.subtype, "health");
    assert.match(stored.find((m) => m.externalId === "m-3")!.text.slice(health.start, health.end), /diabetes|insulin/i);

    const daily = await db.handle.db.select({ day: chatSourceDaily.day, n: chatSourceDaily.messages }).from(chatSourceDaily).where(eq(chatSourceDaily.sourceId, source!.id)).orderBy(asc(chatSourceDaily.day));
    const expected = new Map<string, number>();
    for (const m of first.conversations[0]!.messages) expected.set(m.sentAt.slice(0, 10), (expected.get(m.sentAt.slice(0, 10)) ?? 0) + 1);
    assert.deepEqual(daily, [...expected].sort().map(([day, n]) => ({ day, n })));

    const entries = await db.handle.db.select().from(auditLog).where(eq(auditLog.action, "chats.ingest"));
    assert.equal(entries.length, 1);
    assert.equal(entries[0]!.entityType, "chat_source");
    assert.equal(entries[0]!.entityId, source!.id);
    const summary = JSON.stringify(entries[0]!.summary);
    for (const secret of ["anna", "Anna", "4111", "diabetes", "070", "+4670", "v-1", "c-1", "support@"]) assert.ok(!summary.includes(secret), `summary holds no "${secret}"`);
    assert.deepEqual((entries[0]!.summary as { messages: unknown }).messages, { received: 3, inserted: 3, duplicates: 0 });
  });

  it("is idempotent: re-posting inserts nothing, and new messages on a known conversation are added", async () => {
    const again = await ingest(system, first, { sourceKind: "api" });
    assert.equal(again.sourceId, firstResult.sourceId);
    assert.deepEqual(again.conversations, { received: 1, inserted: 0, duplicates: 1 });
    assert.deepEqual(again.messages, { received: 3, inserted: 0, duplicates: 3 });
    assert.equal(again.findings, 0);
    const c = await conversationByExternal("website", "c-1");
    assert.equal(c.messageCount, 3);
    assert.equal((await db.handle.db.select().from(findings).where(eq(findings.conversationId, c.id))).length, firstResult.findings);
    const [{ n } = { n: 0 }] = await db.handle.db.select({ n: chatSourceDaily.messages }).from(chatSourceDaily).where(eq(chatSourceDaily.day, at(1, 3).slice(0, 10)));
    assert.equal(n, 1, "daily counts only count inserted messages");

    const endedAt = at(0, -5);
    const more = await ingest(
      system,
      batch("website", [{ externalId: "c-1", startedAt: at(2), endedAt, visitor: {}, messages: [msg("m-3", "visitor", "changed text is ignored"), msg("m-4", "agent", "Yes, it keeps 2–8 °C for a day.", at(0, -10))] }]),
      { sourceKind: "api" },
    );
    assert.deepEqual(more.conversations, { received: 1, inserted: 0, duplicates: 1 });
    assert.deepEqual(more.messages, { received: 2, inserted: 1, duplicates: 1 });
    const after = await conversationByExternal("website", "c-1");
    assert.equal(after.id, c.id);
    assert.equal(after.messageCount, 4);
    assert.equal(after.lastMessageAt!.toISOString(), at(0, -10));
    assert.equal(after.endedAt!.getTime(), Date.parse(endedAt));
    assert.equal(after.category, "payment", "a post without a category keeps the one given before");
    assert.equal(after.visitorEmail, "anna@example.com", "an empty visitor block keeps what was known");
    const [m3] = await db.handle.db.select({ text: messages.text }).from(messages).where(and(eq(messages.conversationId, c.id), eq(messages.externalId, "m-3")));
    assert.match(m3!.text, /diabetes/, "a known message is not overwritten");
    assert.equal((await db.handle.db.select().from(auditLog).where(eq(auditLog.action, "chats.ingest"))).length, 3, "one entry per batch");
  });

  it("counts messages per UTC day of when they were sent, whatever offset they came with", async () => {
    const result = await ingest(
      system,
      batch("daily-test", [
        {
          externalId: "d-1",
          startedAt: "2026-06-01T23:00:00+02:00",
          visitor: {},
          messages: [
            msg("1", "visitor", "a", "2026-06-01T23:30:00+02:00"), // 21:30 UTC on 1 June
            msg("2", "agent", "b", "2026-06-02T01:30:00+02:00"), // 23:30 UTC on 1 June
            msg("3", "visitor", "c", "2026-06-01T22:30:00-03:00"), // 01:30 UTC on 2 June
          ],
        },
      ]),
      { sourceKind: "api" },
    );
    const daily = await db.handle.db.select({ day: chatSourceDaily.day, n: chatSourceDaily.messages }).from(chatSourceDaily).where(eq(chatSourceDaily.sourceId, result.sourceId)).orderBy(asc(chatSourceDaily.day));
    assert.deepEqual(daily, [
      { day: "2026-06-01", n: 2 },
      { day: "2026-06-02", n: 1 },
    ]);
    assert.equal((await conversationByExternal("daily-test", "d-1")).lastMessageAt!.toISOString(), "2026-06-02T01:30:00.000Z");
  });

  it("counts a conversation or message named twice in one batch once", async () => {
    const result = await ingest(
      system,
      batch("website", [
        { externalId: "c-dup", startedAt: at(3), visitor: {}, messages: [msg("a", "visitor", "hello"), msg("a", "visitor", "hello again")] },
        { externalId: "c-dup", startedAt: at(4), category: "order", visitor: {}, messages: [msg("b", "agent", "hi")] },
      ]),
      { sourceKind: "api" },
    );
    assert.deepEqual(result.conversations, { received: 2, inserted: 1, duplicates: 1 });
    assert.deepEqual(result.messages, { received: 3, inserted: 2, duplicates: 1 });
    const c = await conversationByExternal("website", "c-dup");
    assert.equal(c.messageCount, 2);
    assert.equal(c.category, "order");
    assert.equal(c.startedAt.getTime(), Date.parse(at(4)));
  });

  it("writes nothing of a batch that fails part-way", async () => {
    const auditBefore = (await db.handle.db.select().from(auditLog)).length;
    const broken = batch("broken-source", [
      { externalId: "ok-1", startedAt: at(1), visitor: { email: "broken@example.com" }, messages: [msg("m-1", "visitor", `card ${card}`)] },
      { externalId: "ok-2", startedAt: at(1), visitor: {}, messages: [msg("m-1", "visitor", "fine")] },
    ]);
    // Past the schema (as a caller that skipped it would be): the messages insert then fails on the enum,
    // after the source and the conversations were already inserted in the transaction.
    (broken.conversations[1]!.messages[0] as { author: string }).author = "robot";
    await assert.rejects(ingestBatch(system, broken, { sourceKind: "api" }));
    assert.equal((await db.handle.db.select().from(chatSources).where(eq(chatSources.key, "broken-source"))).length, 0);
    assert.equal((await db.handle.db.select().from(subjectIdentifiers).where(eq(subjectIdentifiers.value, "broken@example.com"))).length, 0);
    assert.equal((await db.handle.db.select().from(auditLog)).length, auditBefore);

    // A failure after ingest inside the same transaction rolls the ingest back too.
    await assert.rejects(
      db.handle.db.transaction(async (tx) => {
        await ingestBatchInTx(tx, batch("rolled-back", [{ externalId: "x", startedAt: at(1), visitor: {}, messages: [msg("m", "visitor", "hi")] }]), { sourceKind: "import" });
        throw new Error("later step failed");
      }),
      /later step failed/,
    );
    assert.equal((await db.handle.db.select().from(chatSources).where(eq(chatSources.key, "rolled-back"))).length, 0);
  });

  it("refuses implausible times with the item and field named, writing nothing", async () => {
    const bad = batch("website", [{ externalId: "old", startedAt: "1960-01-01T00:00:00Z", visitor: {}, messages: [msg("m", "visitor", "x", "2999-01-01T00:00:00Z")] }]);
    const auditBefore = (await db.handle.db.select().from(auditLog)).length;
    assert.deepEqual(await ingestBatch(system, bad, { sourceKind: "api" }), {
      ok: false,
      code: "invalid",
      message: "The batch is not valid; nothing was written.",
      details: ["conversations[0].startedAt: must lie between 1970 and tomorrow", "conversations[0].messages[0].sentAt: must lie between 1970 and tomorrow"],
    });
    assert.equal((await db.handle.db.select().from(auditLog)).length, auditBefore, "a refusal leaves no audit entry");
    // Inside a caller's own transaction an unchecked batch is a bug: it throws, and nothing of it is written.
    await assert.rejects(db.handle.db.transaction((tx) => ingestBatchInTx(tx, bad, { sourceKind: "import" })), /not checked/);
    const rows = await db.handle.db.select().from(conversations).where(eq(conversations.externalId, "old"));
    assert.equal(rows.length, 0);
  });

  it("links people by the normalised identifiers of the visitor block; what anyone typed is a mention", async () => {
    const c1 = await conversationByExternal("website", "c-1");
    assert.ok(c1.subjectId);
    const [subject] = await db.handle.db.select().from(dataSubjects).where(eq(dataSubjects.id, c1.subjectId!));
    assert.equal(subject!.displayName, "Anna Lindqvist");
    assert.deepEqual(await identifiersOf(c1.subjectId!), [
      { kind: "email", value: "anna@example.com", origin: "visitor" },
      { kind: "phone", value: "+46701740605", origin: "visitor" },
      { kind: "visitor_id", value: "website:v-1", origin: "visitor" },
    ]);
    // The agent's support address was found in the text, but is nobody's identifier.
    assert.equal((await db.handle.db.select().from(subjectIdentifiers).where(eq(subjectIdentifiers.value, "support@northwind-outdoor.example"))).length, 0);

    // Another source, the phone written another way, and an email typed by the visitor.
    await ingest(
      system,
      batch("shop-chat", [
        {
          externalId: "s-1",
          startedAt: at(1),
          visitor: { phone: "+46 70 174 06 05" },
          messages: [msg("1", "visitor", "You can also write to anna.private@example.net"), msg("2", "bot", "Or call our bot line +46 70 174 06 99")],
        },
      ]),
      { sourceKind: "chatwoot" },
    );
    const s1 = await conversationByExternal("shop-chat", "s-1");
    assert.equal(s1.subjectId, c1.subjectId);
    const ids = await identifiersOf(c1.subjectId!);
    assert.ok(!ids.some((i) => i.value === "anna.private@example.net"), "a typed address is not the visitor's identifier");
    assert.ok(!ids.some((i) => i.value === "+46701740699"), "a bot's number is not the visitor's");
    // Both are stored as mentions in s-1, whoever wrote them, and link nobody.
    const mentioned = await db.handle.db.select({ kind: subjectMentions.kind, value: subjectMentions.value }).from(subjectMentions).where(eq(subjectMentions.conversationId, s1.id)).orderBy(asc(subjectMentions.value));
    assert.deepEqual(mentioned, [
      { kind: "phone", value: "+46701740699" },
      { kind: "email", value: "anna.private@example.net" },
    ]);
    assert.equal((await db.handle.db.select().from(subjectIdentifiers).where(eq(subjectIdentifiers.value, "anna.private@example.net"))).length, 0);
  });

  it("never links by name alone", async () => {
    const result = await ingest(
      system,
      batch("website", [
        { externalId: "n-1", startedAt: at(1), visitor: { name: "Sam Smith" }, messages: [msg("1", "visitor", "hi")] },
        { externalId: "n-2", startedAt: at(1), visitor: { name: "Sam Smith" }, messages: [msg("1", "visitor", "hi")] },
      ]),
      { sourceKind: "api" },
    );
    assert.equal(result.subjects.created, 0);
    assert.equal((await conversationByExternal("website", "n-1")).subjectId, null);
    assert.equal((await conversationByExternal("website", "n-2")).subjectId, null);
  });

  it("merges two people when one visitor block shows they are the same, keeping the oldest and carrying a legal hold", async () => {
    await ingest(system, batch("website", [{ externalId: "p-1", startedAt: at(5), visitor: { name: "Per", email: "per@example.com" }, messages: [msg("1", "visitor", "hej")] }]), { sourceKind: "api" });
    await ingest(system, batch("website", [{ externalId: "p-2", startedAt: at(4), visitor: { phone: "0701740644" }, messages: [msg("1", "visitor", "hej igen")] }]), { sourceKind: "api" });
    const older = (await conversationByExternal("website", "p-1")).subjectId!;
    const newer = (await conversationByExternal("website", "p-2")).subjectId!;
    assert.notEqual(older, newer);
    const [dpo] = await db.handle.db.select({ id: users.id }).from(users).limit(1);
    const heldAt = new Date(Date.now() - DAY);
    await db.handle.db.update(dataSubjects).set({ legalHoldReason: "Pending complaint", legalHoldAt: heldAt, legalHoldBy: dpo?.id ?? null }).where(eq(dataSubjects.id, newer));

    // The other person's phone typed in a message is a mention: no merge.
    const typed = await ingest(
      system,
      batch("website", [{ externalId: "p-3", startedAt: at(1), visitor: { email: "PER@example.com" }, messages: [msg("1", "visitor", "Ring mig på 070-174 06 44"), msg("2", "agent", "Vi ringer på 08-123 45 67")] }]),
      { sourceKind: "api" },
    );
    assert.deepEqual(typed.subjects, { created: 0, merged: 0, linked: 1, identifiersAdded: 0 });
    assert.equal((await conversationByExternal("website", "p-2")).subjectId, newer);
    // The same phone in the visitor block, beside Per's e-mail, says they are one person.
    const result = await ingest(
      system,
      batch("website", [{ externalId: "p-4", startedAt: at(1), visitor: { email: "per@example.com", phone: "070-174 06 44" }, messages: [msg("1", "visitor", "Hej")] }]),
      { sourceKind: "api" },
    );
    assert.deepEqual(result.subjects, { created: 0, merged: 1, linked: 1, identifiersAdded: 0 });
    const linked = await db.handle.db.select({ externalId: conversations.externalId, subjectId: conversations.subjectId }).from(conversations).where(inArray(conversations.externalId, ["p-1", "p-2", "p-3", "p-4"]));
    assert.deepEqual(new Set(linked.map((r) => r.subjectId)), new Set([older]));
    assert.equal((await db.handle.db.select().from(dataSubjects).where(eq(dataSubjects.id, newer))).length, 0);
    const [kept] = await db.handle.db.select().from(dataSubjects).where(eq(dataSubjects.id, older));
    assert.equal(kept!.displayName, "Per");
    assert.equal(kept!.legalHoldReason, "Pending complaint");
    assert.equal(kept!.legalHoldAt!.getTime(), heldAt.getTime());
    assert.deepEqual(
      (await identifiersOf(older)).map((i) => i.value),
      ["per@example.com", "+46701740644"],
    );
    const [entry] = await db.handle.db.select().from(auditLog).where(eq(auditLog.action, "chats.ingest")).orderBy(desc(auditLog.id)).limit(1);
    assert.deepEqual((entry!.summary as { subjects: unknown }).subjects, { created: 0, merged: 1, linked: 1 });
  });

  it("keeps an anonymised conversation anonymous when the platform sends it again", async () => {
    const input = batch("website", [{ externalId: "anon-1", startedAt: at(3), visitor: { name: "Kim", email: "kim@example.com" }, messages: [msg("1", "visitor", "hej")] }]);
    await ingest(system, input, { sourceKind: "api" });
    const before = await conversationByExternal("website", "anon-1");
    await db.handle.db
      .update(conversations)
      .set({ anonymisedAt: new Date(), subjectId: null, visitorName: null, visitorEmail: null, visitorPhone: null, visitorExternalId: null })
      .where(eq(conversations.id, before.id));
    await db.handle.db.delete(subjectIdentifiers).where(eq(subjectIdentifiers.value, "kim@example.com"));
    await ingest(system, input, { sourceKind: "api" });
    const again = await conversationByExternal("website", "anon-1");
    assert.equal(again.visitorEmail, null);
    assert.equal(again.visitorName, null);
    assert.equal(again.subjectId, null);
    assert.equal((await db.handle.db.select().from(subjectIdentifiers).where(eq(subjectIdentifiers.value, "kim@example.com"))).length, 0);
  });

  it("assigns retention from the rules, using the special-category flag set by the same batch", async () => {
    await db.handle.db.insert(retentionRules).values([
      { name: "Chats: one year", keepDays: 365, action: "delete" },
      { name: "Health data: 30 days", keepDays: 30, action: "anonymise", specialCategory: true },
    ]);
    const endedAt = at(1);
    await ingest(
      system,
      batch("website", [
        { externalId: "r-1", startedAt: at(1, -30), endedAt, visitor: {}, messages: [msg("1", "visitor", "I am pregnant, which harness fits?")] },
        { externalId: "r-2", startedAt: at(1, -30), endedAt, visitor: {}, messages: [msg("1", "visitor", "Which harness fits?")] },
      ]),
      { sourceKind: "api" },
    );
    const r1 = await conversationByExternal("website", "r-1");
    const r2 = await conversationByExternal("website", "r-2");
    assert.equal(r1.hasSpecialCategory, true);
    assert.equal(r1.retentionDueAt!.getTime(), Date.parse(endedAt) + 30 * DAY);
    assert.equal(r2.hasSpecialCategory, false);
    assert.equal(r2.retentionDueAt!.getTime(), Date.parse(endedAt) + 365 * DAY);
  });

  it("creates one person when two batches name the same new identifier at the same moment", async () => {
    const emails = Array.from({ length: 4 }, (_, i) => `race${i}@example.com`);
    await Promise.all(
      emails.flatMap((email, i) =>
        ["race-a", "race-b"].map((source) =>
          ingest(system, batch(source, [{ externalId: `r-${i}`, startedAt: at(1), visitor: { email }, messages: [msg("1", "visitor", "hi")] }]), { sourceKind: "api" }),
        ),
      ),
    );
    for (const [i, email] of emails.entries()) {
      const a = await conversationByExternal("race-a", `r-${i}`);
      const b = await conversationByExternal("race-b", `r-${i}`);
      assert.ok(a.subjectId);
      assert.equal(a.subjectId, b.subjectId, `${email} is one person`);
      const owners = await db.handle.db.select().from(subjectIdentifiers).where(eq(subjectIdentifiers.value, email));
      assert.equal(owners.length, 1);
    }
  });
});
