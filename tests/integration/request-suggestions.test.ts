import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { asc, eq } from "drizzle-orm";
import { withAudit, type Actor } from "@/db/queries/audit";
import { ingestBatch } from "@/db/queries/chats";
import { acceptSuggestion, countPendingSuggestions, dismissSuggestion, listSuggestions, suggestRequestsInTx, getRequestById } from "@/db/queries/requests";
import { auditLog, conversations, messages, requestSuggestions, users } from "@/db/schema";
import { seedFoundation } from "@/db/seed/foundation";
import { useTestDatabase } from "../helpers/db";

const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

describe("requests suggested from chat messages", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let dpo: Actor;
  let batch: Array<{ id: number; conversationId: string; author: "visitor" | "agent" | "bot"; text: string }>;
  before(async () => {
    db = await useTestDatabase();
    await withAudit({ type: "system" }, (tx) => seedFoundation(tx), () => []);
    const [u] = await db.handle.db.select({ id: users.id }).from(users).where(eq(users.role, "dpo"));
    dpo = { type: "user", id: u!.id };
    await ingestBatch({ type: "system" }, {
      source: "website",
      conversations: [
        {
          externalId: "s-1",
          startedAt: at(60),
          visitor: { externalId: "v-1", name: "Kim Visitor", email: "kim.visitor@example.org" },
          messages: [
            { externalId: "1", sentAt: at(59), author: "visitor", text: "Hej! Radera mina uppgifter, tack. Och sluta kontakta mig." },
            { externalId: "2", sentAt: at(58), author: "agent", text: "If you want us to delete my data… (quoting) we can help." },
            { externalId: "3", sentAt: at(57), author: "visitor", text: "Yes, delete my data please" },
            { externalId: "4", sentAt: at(56), author: "visitor", text: "And can you remove the item from my cart?" },
          ],
        },
      ],
    }, { sourceKind: "api" });
    const rows = await db.handle.db
      .select({ id: messages.id, conversationId: messages.conversationId, author: messages.author, text: messages.text })
      .from(messages)
      .orderBy(asc(messages.sentAt));
    batch = rows;
  });
  after(() => db.cleanup());

  it("suggests from visitor messages only, once, as the chat arrives", async () => {
    // The ingest already ran the detection. Message 1: erasure and objection; message 3: erasure.
    // The agent's quote and the cart are not requests.
    assert.equal(await countPendingSuggestions(), 3);
    assert.equal(await db.handle.db.transaction((tx) => suggestRequestsInTx(tx, batch)), 0, "idempotent");
    assert.equal(await countPendingSuggestions(), 3);
    const { rows } = await listSuggestions({ status: "pending", page: 1, pageSize: 10 });
    const first = rows.find((r) => r.type === "objection")!;
    assert.equal(first.messageText.slice(first.start, first.end), "sluta kontakta mig");
    assert.equal(first.visitorName, "Kim Visitor");
  });

  it("accepting creates a chat request received when the message was sent, linked to the conversation and its person", async () => {
    const [erasure] = await db.handle.db.select().from(requestSuggestions).where(eq(requestSuggestions.type, "erasure")).orderBy(asc(requestSuggestions.id)).limit(1);
    const accepted = await acceptSuggestion(dpo, erasure!.id);
    assert.ok(accepted.ok);
    const request = await getRequestById(accepted.requestId);
    const [message] = await db.handle.db.select({ sentAt: messages.sentAt }).from(messages).where(eq(messages.id, erasure!.messageId));
    const [conversation] = await db.handle.db.select().from(conversations).where(eq(conversations.id, erasure!.conversationId));
    assert.equal(request!.channel, "chat");
    assert.equal(request!.type, "erasure");
    assert.equal(request!.receivedAt.toISOString(), message!.sentAt.toISOString());
    assert.equal(request!.conversationId, conversation!.id);
    assert.equal(request!.dataSubjectId, conversation!.subjectId);
    assert.ok(conversation!.subjectId);
    assert.equal(request!.subjectEmail, "kim.visitor@example.org");
    assert.equal(request!.details, "Asked in the chat: “Radera mina uppgifter”");
    // The second "delete my data" in the same conversation is settled by the same request.
    const settled = await db.handle.db.select().from(requestSuggestions).where(eq(requestSuggestions.type, "erasure"));
    assert.ok(settled.every((s) => s.status === "accepted" && s.requestId === accepted.requestId));
    const again = await acceptSuggestion(dpo, erasure!.id);
    assert.ok(!again.ok && again.code === "conflict");
  });

  it("dismissing is audited without the message text", async () => {
    const [objection] = await db.handle.db.select().from(requestSuggestions).where(eq(requestSuggestions.type, "objection"));
    assert.ok((await dismissSuggestion(dpo, objection!.id)).ok);
    assert.equal((await dismissSuggestion(dpo, objection!.id)).ok, false);
    assert.equal((await dismissSuggestion(dpo, 999_999)).ok, false);
    assert.equal(await countPendingSuggestions(), 0);
    const entries = await db.handle.db.select({ action: auditLog.action, summary: auditLog.summary }).from(auditLog).where(eq(auditLog.entityType, "request_suggestion"));
    assert.deepEqual(entries.map((e) => e.action).sort(), ["request_suggestion.accept", "request_suggestion.dismiss"]);
    const text = JSON.stringify(await db.handle.db.select({ s: auditLog.summary }).from(auditLog));
    for (const secret of ["Radera", "sluta kontakta", "Kim Visitor", "kim.visitor@example.org"]) assert.ok(!text.includes(secret), secret);
  });
});
