import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, asc, eq, inArray } from "drizzle-orm";
import { ingestBatch, getConversation, bulkMaskByType, countFindingsByType, dismissFinding, listFindings, maskFinding, type Reviewer } from "@/db/queries/chats";
import { auditLog, conversations, findings, messages, users } from "@/db/schema";
import type { ChatBatch } from "@/lib/chats/batch-schema";
import { refuse, type Outcome } from "@/lib/outcome";
import { useTestDatabase } from "../helpers/db";

const EMAIL = "anna.svensson@example.se";
const PHONE = "070-123 45 67";
const CARD = "4111 1111 1111 1111";
const CARD_2 = "5555 5555 5555 4444";

// "ok", or the refusal's code: what each review outcome came to.
const codeOf = (o: Outcome) => (o.ok ? "ok" : o.code);
const ALREADY_MASKED = refuse("conflict", "This finding was already masked.");
const ALREADY_DISMISSED = refuse("conflict", "This finding was already dismissed.");
const GONE = refuse("not_found", "This finding does not exist any more: its conversation may have been deleted.");
const FORBIDDEN = refuse("forbidden", "Your role is not allowed to do this.");

const msg = (externalId: string, text: string, sentAt: string, author: "visitor" | "agent" = "visitor") => ({ externalId, sentAt, author, text });

const batch: ChatBatch = {
  source: "website",
  conversations: [
    {
      externalId: "f-1",
      startedAt: "2026-10-01T09:00:00Z",
      visitor: {},
      messages: [
        msg("m1", `Mail ${EMAIL} or call ${PHONE} please`, "2026-10-01T09:00:10Z"),
        msg("m2", "Thanks, we will get back to you.", "2026-10-01T09:01:00Z", "agent"),
      ],
    },
    {
      externalId: "f-2",
      startedAt: "2026-10-02T09:00:00Z",
      visitor: {},
      messages: [
        msg("m1", `My card is ${CARD}, mail me at bo@example.com`, "2026-10-02T09:00:10Z"),
        msg("m2", `Or use ${CARD_2} instead`, "2026-10-02T09:00:20Z"),
        msg("m3", "Reach me on bo.second@example.com", "2026-10-02T09:00:30Z"),
      ],
    },
  ],
};

async function messageByText(db: Awaited<ReturnType<typeof useTestDatabase>>["handle"]["db"], fragment: string) {
  const rows = await db.select({ id: messages.id, text: messages.text, conversationId: messages.conversationId }).from(messages);
  const found = rows.find((r) => r.text.includes(fragment));
  assert.ok(found, `a stored message holds ${fragment}`);
  return found;
}

async function findingsOf(db: Awaited<ReturnType<typeof useTestDatabase>>["handle"]["db"], messageId: number) {
  return db.select().from(findings).where(eq(findings.messageId, messageId)).orderBy(asc(findings.start));
}

describe("findings: review queue, mask, dismiss, bulk mask", () => {
  let t: Awaited<ReturnType<typeof useTestDatabase>>;
  let dpo: Reviewer;
  let viewer: Reviewer;
  let legal: Reviewer;
  before(async () => {
    t = await useTestDatabase();
    const made = await t.handle.db
      .insert(users)
      .values([
        { email: "dpo@test.example", name: "Dana DPO", role: "dpo", passwordHash: "x" },
        { email: "viewer@test.example", name: "Vic Viewer", role: "viewer", passwordHash: "x" },
        { email: "legal@test.example", name: "Lee Legal", role: "legal", passwordHash: "x" },
      ])
      .returning({ id: users.id, role: users.role });
    dpo = made.find((u) => u.role === "dpo")!;
    viewer = made.find((u) => u.role === "viewer")!;
    legal = made.find((u) => u.role === "legal")!;
    await ingestBatch({ type: "system" }, batch, { sourceKind: "api" });
  });
  after(() => t.cleanup());

  it("the detector stored the findings the tests rely on", async () => {
    const m = await messageByText(t.handle.db, EMAIL);
    const types = (await findingsOf(t.handle.db, m.id)).map((f) => f.type);
    assert.deepEqual(types, ["email", "phone"]);
    const counts = await countFindingsByType("open");
    assert.equal(counts.card, 2);
    assert.equal(counts.email, 3);
  });

  it("lists open findings with a snippet around the match, by type", async () => {
    const { rows, total } = await listFindings({ status: "open", type: "phone", page: 1, pageSize: 10 });
    assert.equal(total, 1);
    assert.equal(rows[0]!.snippet?.match, PHONE);
    assert.ok(rows[0]!.snippet!.before.endsWith(`${EMAIL} or call `));
    assert.equal(rows[0]!.sourceName, "website");
    assert.ok(!("text" in rows[0]!), "the whole message text does not leave the query");
  });

  it("masks one finding: replaces the span, shifts the other finding, audits without the text", async () => {
    const m = await messageByText(t.handle.db, EMAIL);
    const [email, phone] = await findingsOf(t.handle.db, m.id);
    assert.equal(m.text.slice(phone!.start, phone!.end), PHONE);

    const outcome = await maskFinding(dpo, email!.id);
    assert.deepEqual(outcome, { ok: true, findingId: email!.id, conversationId: m.conversationId, alsoMasked: [] });

    const [after] = await t.handle.db.select({ text: messages.text }).from(messages).where(eq(messages.id, m.id));
    assert.equal(after!.text, `Mail [email] or call ${PHONE} please`);
    const [maskedEmail, movedPhone] = await findingsOf(t.handle.db, m.id);
    assert.equal(maskedEmail!.status, "masked");
    assert.equal(maskedEmail!.reviewedBy, dpo.id);
    assert.ok(maskedEmail!.reviewedAt instanceof Date);
    assert.equal(after!.text.slice(maskedEmail!.start, maskedEmail!.end), "[email]");
    assert.equal(movedPhone!.status, "open");
    assert.equal(movedPhone!.start, phone!.start - (EMAIL.length - "[email]".length));
    assert.equal(after!.text.slice(movedPhone!.start, movedPhone!.end), PHONE);

    const entries = await t.handle.db.select().from(auditLog).where(and(eq(auditLog.action, "finding.mask"), eq(auditLog.entityId, String(email!.id))));
    assert.equal(entries.length, 1);
    assert.equal(entries[0]!.actorId, dpo.id);
    assert.equal(entries[0]!.summary.findingId, email!.id);
    assert.equal(entries[0]!.summary.type, "email");
    const summary = JSON.stringify(entries[0]!.summary);
    assert.ok(!summary.includes("anna") && !summary.includes("example.se") && !summary.includes("070"), "no text in the audit summary");

    assert.deepEqual(await maskFinding(dpo, email!.id), ALREADY_MASKED);
    // The conversation page reads the placeholder span as masked.
    const detail = await getConversation(m.conversationId);
    assert.equal(detail?.findings.find((f) => f.id === email!.id)?.match, "[email]");
  });

  it("masks a finding that overlaps the masked span with it", async () => {
    const m = await messageByText(t.handle.db, "Thanks, we will");
    // Two overlapping spans on "we will": a target and one that shares characters with it.
    const at = m.text.indexOf("we will");
    const [a, b] = await t.handle.db
      .insert(findings)
      .values([
        { messageId: m.id, conversationId: m.conversationId, type: "special_category", subtype: "health", start: at, end: at + 2, confidence: 0.5 },
        { messageId: m.id, conversationId: m.conversationId, type: "ip", start: at + 1, end: at + 7, confidence: 0.5 },
      ])
      .returning({ id: findings.id });
    const outcome = await maskFinding(dpo, a!.id);
    assert.equal(codeOf(outcome), "ok");
    assert.ok(outcome.ok && outcome.alsoMasked.includes(b!.id));
    const [row] = await t.handle.db.select({ text: messages.text }).from(messages).where(eq(messages.id, m.id));
    assert.equal(row!.text, "Thanks, [special category] get back to you.");
    const both = await t.handle.db.select().from(findings).where(inArray(findings.id, [a!.id, b!.id]));
    assert.ok(both.every((f) => f.status === "masked" && row!.text.slice(f.start, f.end) === "[special category]"));
  });

  it("dismisses a finding as not personal data, with reviewer and time, audited", async () => {
    const m = await messageByText(t.handle.db, "bo.second@example.com");
    const [f] = await findingsOf(t.handle.db, m.id);
    const outcome = await dismissFinding(legal, f!.id);
    assert.deepEqual(outcome, FORBIDDEN, "legal may place holds but not review findings");
    assert.deepEqual(await dismissFinding(dpo, f!.id), { ok: true, findingId: f!.id, conversationId: m.conversationId });
    const [row] = await findingsOf(t.handle.db, m.id);
    assert.equal(row!.status, "dismissed");
    assert.equal(row!.reviewedBy, dpo.id);
    assert.ok(row!.reviewedAt instanceof Date);
    const [text] = await t.handle.db.select({ text: messages.text }).from(messages).where(eq(messages.id, m.id));
    assert.equal(text!.text, m.text, "dismissing leaves the text alone");
    const entries = await t.handle.db.select().from(auditLog).where(and(eq(auditLog.action, "finding.dismiss"), eq(auditLog.entityId, String(f!.id))));
    assert.equal(entries.length, 1);
    assert.ok(!JSON.stringify(entries[0]!.summary).includes("bo.second"));
    assert.deepEqual(await dismissFinding(dpo, f!.id), ALREADY_DISMISSED);
    const history = await listFindings({ status: "dismissed", page: 1, pageSize: 10 });
    assert.equal(history.rows[0]?.reviewerName, "Dana DPO");
  });

  it("bulk-masks every open card number in chunks and touches no other type", async () => {
    const first = await messageByText(t.handle.db, CARD);
    const beforeFirst = await findingsOf(t.handle.db, first.id);
    const emailBefore = beforeFirst.find((f) => f.type === "email")!;
    assert.equal(first.text.slice(emailBefore.start, emailBefore.end), "bo@example.com");
    const otherOpen = (await t.handle.db.select({ id: findings.id }).from(findings).where(and(eq(findings.status, "open")))).length;

    const outcome = await bulkMaskByType(dpo, "card", { chunkSize: 1 });
    assert.deepEqual(outcome, { ok: true, messages: 2, findings: 2, alsoMasked: 0, skipped: 0, chunks: 2 });

    const [firstAfter] = await t.handle.db.select({ text: messages.text }).from(messages).where(eq(messages.id, first.id));
    assert.equal(firstAfter!.text, "My card is [card number], mail me at bo@example.com");
    const afterFirst = await findingsOf(t.handle.db, first.id);
    const emailAfter = afterFirst.find((f) => f.type === "email")!;
    assert.equal(emailAfter.status, "open", "the email in the same message stays open");
    assert.equal(firstAfter!.text.slice(emailAfter.start, emailAfter.end), "bo@example.com");
    const second = await messageByText(t.handle.db, "Or use");
    assert.equal(second.text, "Or use [card number] instead");

    const cards = await t.handle.db.select({ status: findings.status }).from(findings).where(eq(findings.type, "card"));
    assert.ok(cards.every((c) => c.status === "masked"));
    const stillOpen = (await t.handle.db.select({ id: findings.id }).from(findings).where(eq(findings.status, "open"))).length;
    assert.equal(stillOpen, otherOpen - 2, "only the two card findings left the queue");

    const entries = await t.handle.db.select().from(auditLog).where(eq(auditLog.action, "finding.bulk_mask"));
    assert.equal(entries.length, 2, "one entry per committed chunk");
    assert.ok(entries.every((e) => e.summary.type === "card" && e.summary.findings === 1 && e.summary.messages === 1));
    assert.equal(new Set(entries.map((e) => e.summary.runId)).size, 1);
    assert.ok(!JSON.stringify(entries.map((e) => e.summary)).includes("4111"));

    assert.deepEqual(await bulkMaskByType(dpo, "card"), { ok: true, messages: 0, findings: 0, alsoMasked: 0, skipped: 0, chunks: 0 });
  });

  it("refuses a viewer-shaped call in the query layer and changes nothing", async () => {
    const m = await messageByText(t.handle.db, "bo@example.com");
    const [open] = (await findingsOf(t.handle.db, m.id)).filter((f) => f.status === "open");
    const auditBefore = (await t.handle.db.select({ id: auditLog.id }).from(auditLog)).length;
    assert.deepEqual(await maskFinding(viewer, open!.id), FORBIDDEN);
    assert.deepEqual(await dismissFinding(viewer, open!.id), FORBIDDEN);
    assert.deepEqual(await bulkMaskByType(viewer, "email"), FORBIDDEN);
    const [text] = await t.handle.db.select({ text: messages.text }).from(messages).where(eq(messages.id, m.id));
    assert.equal(text!.text, m.text);
    const [still] = await t.handle.db.select({ status: findings.status }).from(findings).where(eq(findings.id, open!.id));
    assert.equal(still!.status, "open");
    assert.equal((await t.handle.db.select({ id: auditLog.id }).from(auditLog)).length, auditBefore);
  });

  it("rejects garbage ids and types without writing", async () => {
    const auditBefore = (await t.handle.db.select({ id: auditLog.id }).from(auditLog)).length;
    for (const garbage of ["1", "1; drop table findings", -1, 0, 1.5, Number.NaN, Infinity, null, undefined, {}]) {
      assert.equal(codeOf(await maskFinding(dpo, garbage)), "invalid", `mask ${String(garbage)}`);
      assert.equal(codeOf(await dismissFinding(dpo, garbage)), "invalid", `dismiss ${String(garbage)}`);
    }
    assert.deepEqual(await maskFinding(dpo, 987_654_321), GONE);
    assert.deepEqual(await dismissFinding(dpo, 987_654_321), GONE);
    assert.equal(codeOf(await bulkMaskByType(dpo, "credit_card")), "invalid");
    assert.equal(codeOf(await bulkMaskByType(dpo, "email'; --")), "invalid");
    assert.equal((await t.handle.db.select({ id: auditLog.id }).from(auditLog)).length, auditBefore);
    assert.equal(await getConversation("not-a-uuid"), null);
    assert.equal(await getConversation("00000000-0000-4000-8000-000000000000"), null);
  });

  it("a deleted conversation takes its findings with it: masking one then finds nothing", async () => {
    const m = await messageByText(t.handle.db, "bo@example.com");
    const [open] = (await findingsOf(t.handle.db, m.id)).filter((f) => f.status === "open");
    await t.handle.db.delete(conversations).where(eq(conversations.id, m.conversationId));
    assert.deepEqual(await maskFinding(dpo, open!.id), GONE);
  });
});
