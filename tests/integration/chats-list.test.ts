import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { ingestBatch, getConversation, listCategoryOptions, listConversations, listSourceOptions, type ConversationListParams } from "@/db/queries/chats";
import { assignRetention } from "@/db/queries/retention";
import { getSubject, listSubjects } from "@/db/queries/subjects";
import { conversations, dataSubjects, retentionRules, users } from "@/db/schema";
import type { ChatBatch } from "@/lib/chats/batch-schema";
import { parseConversationListParams } from "@/lib/chats/list-params";
import { useTestDatabase } from "../helpers/db";

const now = new Date("2026-11-29T12:00:00Z");
const base: ConversationListParams = { sort: "started", dir: "asc", page: 1, pageSize: 50, now };

const visitorMessage = (externalId: string, text: string, sentAt: string) => ({ externalId, sentAt, author: "visitor" as const, text });

const website: ChatBatch = {
  source: "website",
  conversations: [
    {
      externalId: "w-1",
      startedAt: "2026-01-10T10:00:00Z",
      endedAt: "2026-01-10T10:20:00Z",
      category: "support",
      visitor: { externalId: "v-1", name: "Anna Svensson", email: "Anna.Svensson@Example.se", phone: "070-123 45 67" },
      messages: [visitorMessage("1", "I have diabetes and my medication did not arrive", "2026-01-10T10:01:00Z")],
    },
    {
      externalId: "w-2",
      startedAt: "2026-02-15T10:00:00Z",
      endedAt: "2026-02-15T10:30:00Z",
      category: "sales",
      visitor: { name: "Bo Ek", email: "bo@example.com" },
      messages: [visitorMessage("1", "Do you ship tents to Norway?", "2026-02-15T10:02:00Z"), visitorMessage("2", "And to Finland?", "2026-02-15T10:03:00Z")],
    },
  ],
};

const shop: ChatBatch = {
  source: "shop",
  conversations: [
    {
      externalId: "s-1",
      startedAt: "2026-03-01T08:00:00Z",
      visitor: { phone: "+46 70 765 43 21" },
      messages: [visitorMessage("1", "Write to me at carl@example.org about the order", "2026-03-01T08:01:00Z")],
    },
  ],
};

const ids = async (p: Partial<ConversationListParams>) => (await listConversations({ ...base, ...p })).rows.map((r) => r.externalId);

describe("conversation list: filters, search, sort and paging on the server", () => {
  let t: Awaited<ReturnType<typeof useTestDatabase>>;
  let idOf: Record<string, string>;
  before(async () => {
    t = await useTestDatabase();
    await ingestBatch({ type: "system" }, website, { sourceKind: "api" });
    await ingestBatch({ type: "system" }, shop, { sourceKind: "import" });
    const rows = await t.handle.db.select({ id: conversations.id, externalId: conversations.externalId }).from(conversations);
    idOf = Object.fromEntries(rows.map((r) => [r.externalId, r.id]));
  });
  after(() => t.cleanup());

  it("lists everything, sorted and paged", async () => {
    assert.deepEqual(await ids({}), ["w-1", "w-2", "s-1"]);
    assert.deepEqual(await ids({ dir: "desc" }), ["s-1", "w-2", "w-1"]);
    const page2 = await listConversations({ ...base, pageSize: 2, page: 2 });
    assert.equal(page2.total, 3);
    assert.deepEqual(page2.rows.map((r) => r.externalId), ["s-1"]);
  });

  it("filters by source, date range and category", async () => {
    assert.deepEqual(await ids({ source: "shop" }), ["s-1"]);
    assert.deepEqual(await ids({ source: "website" }), ["w-1", "w-2"]);
    assert.deepEqual(await ids({ source: "nope" }), []);
    assert.deepEqual(await ids({ from: new Date("2026-02-01T00:00:00Z"), to: new Date("2026-03-01T00:00:00Z") }), ["w-2"]);
    assert.deepEqual(await ids({ from: new Date("2026-02-01T00:00:00Z") }), ["w-2", "s-1"]);
    assert.deepEqual(await ids({ category: "sales" }), ["w-2"]);
    assert.deepEqual(await ids({ category: null }), ["s-1"]);
    assert.deepEqual(await listCategoryOptions(), ["sales", "support"]);
    assert.deepEqual((await listSourceOptions()).map((s) => s.key).sort(), ["shop", "website"]);
  });

  it("reads the date filter from the URL in the organisation's time zone, the last day included", () => {
    const { query } = parseConversationListParams({ from: "2026-02-15", to: "2026-02-15", special: "yes", hold: "garbage", page: "-3" }, "Europe/Stockholm");
    assert.equal(query.from?.toISOString(), "2026-02-14T23:00:00.000Z");
    assert.equal(query.to?.toISOString(), "2026-02-15T23:00:00.000Z");
    assert.equal(query.special, true);
    assert.equal(query.legalHold, undefined);
    assert.equal(query.page, 1);
  });

  it("filters by special-category data", async () => {
    assert.deepEqual(await ids({ special: true }), ["w-1"], "the health words in w-1 make it special-category");
    assert.deepEqual(await ids({ special: false }), ["w-2", "s-1"]);
  });

  it("finds conversations by email and by a phone number written another way", async () => {
    assert.deepEqual(await ids({ identifier: "  ANNA.svensson@example.SE " }), ["w-1"]);
    assert.deepEqual(await ids({ identifier: "+46701234567" }), ["w-1"]);
    assert.deepEqual(await ids({ identifier: "0046 70 123 45 67" }), ["w-1"]);
    assert.deepEqual(await ids({ identifier: "070 765 43 21" }), ["s-1"]);
    // An email typed into a message is a mention of whoever holds it: it does not make s-1 that person's.
    assert.deepEqual(await ids({ identifier: "Carl@example.org" }), []);
    assert.deepEqual(await ids({ identifier: "nobody@example.org" }), []);
    // A word from the message text is not an identifier: search never scans message text.
    assert.deepEqual(await ids({ identifier: "diabetes" }), []);
    const subjects = await listSubjects({ identifier: "070-123 45 67", sort: "last_seen", page: 1, pageSize: 10 });
    assert.equal(subjects.total, 1);
    assert.equal(subjects.rows[0]!.conversations, 1);
  });

  it("past retention: due and not held, directly or through the person", async () => {
    const [dpo] = await t.handle.db.insert(users).values({ email: "dpo@test.example", name: "Dana", role: "dpo", passwordHash: "x" }).returning({ id: users.id });
    await t.handle.db.insert(retentionRules).values({ name: "Everything, 30 days", keepDays: 30, action: "delete" });
    await assignRetention(t.handle.db);
    assert.deepEqual(await ids({ pastRetention: true }), ["w-1", "w-2", "s-1"]);
    assert.deepEqual(await ids({ pastRetention: true, now: new Date("2026-02-01T00:00:00Z") }), [], "nothing was due yet then");

    // w-2 held directly; s-1 held through its person.
    await t.handle.db.update(conversations).set({ legalHoldReason: "Claim 2026-17", legalHoldAt: now, legalHoldBy: dpo!.id }).where(eq(conversations.id, idOf["w-2"]!));
    const [s1] = await t.handle.db.select({ subjectId: conversations.subjectId }).from(conversations).where(eq(conversations.id, idOf["s-1"]!));
    assert.ok(s1?.subjectId, "s-1 is linked to a person");
    await t.handle.db.update(dataSubjects).set({ legalHoldReason: "Access request pending", legalHoldAt: now, legalHoldBy: dpo!.id }).where(eq(dataSubjects.id, s1.subjectId));

    assert.deepEqual(await ids({ pastRetention: true }), ["w-1"]);
    assert.deepEqual(await ids({ legalHold: true }), ["w-2", "s-1"]);
    assert.deepEqual(await ids({ legalHold: false }), ["w-1"]);
    const rows = (await listConversations({ ...base })).rows;
    const s1Row = rows.find((r) => r.externalId === "s-1")!;
    assert.equal(s1Row.heldViaSubject, true);
    assert.equal(s1Row.heldDirectly, false);
    assert.equal(s1Row.pastRetention, false);
    assert.equal(rows.find((r) => r.externalId === "w-1")!.pastRetention, true);

    const held = await listSubjects({ legalHold: true, sort: "last_seen", page: 1, pageSize: 10 });
    assert.deepEqual(held.rows.map((r) => r.id), [s1.subjectId]);
  });

  it("sorts by retention due date and message count", async () => {
    assert.deepEqual(await ids({ sort: "retention_due", dir: "asc" }), ["w-1", "w-2", "s-1"]);
    // w-2 has two messages; the tie between the others goes to the later start.
    assert.deepEqual(await ids({ sort: "messages", dir: "desc" }), ["w-2", "s-1", "w-1"]);
    assert.deepEqual(await ids({ sort: "last_message", dir: "desc" }), ["s-1", "w-2", "w-1"]);
  });

  it("opens one conversation with its messages, findings, rule and person", async () => {
    const c = await getConversation(idOf["w-1"]!);
    assert.ok(c);
    assert.equal(c.source.key, "website");
    assert.equal(c.rule?.name, "Everything, 30 days");
    assert.equal(c.rule?.keepDays, 30);
    assert.equal(c.retentionDueAt?.toISOString(), "2026-02-09T10:20:00.000Z", "30 days after the conversation ended");
    assert.equal(c.messages.length, 1);
    assert.ok(c.findings.some((f) => f.type === "special_category"));
    assert.ok(c.subject);
    assert.ok(c.identifiers.some((i) => i.kind === "email" && i.value === "anna.svensson@example.se" && i.origin === "visitor"));
    const person = await getSubject(c.subject.id);
    assert.ok(person);
    assert.deepEqual(person.conversations.map((x) => x.id), [idOf["w-1"]]);
    assert.ok(person.identifiers.every((i) => i.firstSeenConversationId === idOf["w-1"] && i.firstSeenSourceName === "website"));
    assert.ok(person.findings.length >= 1);
    assert.equal(await getSubject("garbage"), null);
  });
});
