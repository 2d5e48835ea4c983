import { and, count, desc, eq, inArray } from "drizzle-orm";
import { detectRequestPhrases } from "@/lib/requests/chat-phrases";
import { getDb, type Tx } from "@/db";
import { conversations, messages, requestSuggestions, users } from "@/db/schema";
import { withAudit, type Actor, type AuditInput } from "@/db/queries/audit";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { createRequestInTx, creationAudit, type CreatedRequest } from "./requests";
import { loadClockContext } from "./clock";

export interface IngestedMessage {
  id: number;
  conversationId: string;
  author: "visitor" | "agent" | "bot";
  text: string;
}

/**
 * Called by the chat ingest inside its transaction: visitor messages that ask for a right become pending
 * suggestions (where the phrase is, never a copy of it). Agents' and bots' words are never the person's
 * request. Safe to call again for the same messages. Returns how many suggestions are new.
 */
export async function suggestRequestsInTx(tx: Tx, batch: readonly IngestedMessage[]): Promise<number> {
  const rows = batch
    .filter((m) => m.author === "visitor")
    .flatMap((m) => detectRequestPhrases(m.text).map((p) => ({ messageId: m.id, conversationId: m.conversationId, type: p.type, start: p.start, end: p.end })));
  if (rows.length === 0) return 0;
  const inserted = await tx.insert(requestSuggestions).values(rows).onConflictDoNothing().returning({ id: requestSuggestions.id });
  return inserted.length;
}

export async function countPendingSuggestions(): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(requestSuggestions).where(eq(requestSuggestions.status, "pending"));
  return Number(row?.n ?? 0);
}

export async function listSuggestions(p: { status: "pending" | "accepted" | "dismissed"; page: number; pageSize: number }) {
  const db = getDb();
  const where = eq(requestSuggestions.status, p.status);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: requestSuggestions.id,
        type: requestSuggestions.type,
        start: requestSuggestions.start,
        end: requestSuggestions.end,
        status: requestSuggestions.status,
        createdAt: requestSuggestions.createdAt,
        decidedAt: requestSuggestions.decidedAt,
        decidedByName: users.name,
        requestId: requestSuggestions.requestId,
        conversationId: requestSuggestions.conversationId,
        messageText: messages.text,
        sentAt: messages.sentAt,
        visitorName: conversations.visitorName,
        subjectId: conversations.subjectId,
      })
      .from(requestSuggestions)
      .innerJoin(messages, eq(messages.id, requestSuggestions.messageId))
      .innerJoin(conversations, eq(conversations.id, requestSuggestions.conversationId))
      .leftJoin(users, eq(users.id, requestSuggestions.decidedBy))
      .where(where)
      .orderBy(desc(messages.sentAt), desc(requestSuggestions.id))
      .limit(p.pageSize)
      .offset((p.page - 1) * p.pageSize),
    db.select({ n: count() }).from(requestSuggestions).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

export type SuggestionRow = Awaited<ReturnType<typeof listSuggestions>>["rows"][number];

async function lockPending(tx: Tx, id: number) {
  const [s] = await tx.select().from(requestSuggestions).where(eq(requestSuggestions.id, id)).for("update");
  if (!s) return { refusal: refuse("not_found", "There is no such suggestion.") };
  if (s.status !== "pending") return { refusal: refuse("conflict", `This suggestion was already ${s.status}.`) };
  return { suggestion: s };
}

/**
 * Accepting turns the suggestion into a request from the chat: received when the message was sent, linked to
 * the conversation and its person, with the visitor's contact details. Other pending suggestions of the same
 * right in the same conversation are settled by the same request.
 */
export async function acceptSuggestion(actor: Actor, id: number, now = new Date()): Promise<Outcome<{ requestId: string; reference: string }>> {
  type Step = { outcome: Outcome<{ requestId: string; reference: string }>; created?: CreatedRequest; settled?: number[]; messageId?: number };
  const result = await withAudit(
    actor,
    async (tx): Promise<Step> => {
      const locked = await lockPending(tx, id);
      if (!locked.suggestion) return { outcome: locked.refusal };
      const s = locked.suggestion;
      const [source] = await tx
        .select({ sentAt: messages.sentAt, text: messages.text, subjectId: conversations.subjectId, name: conversations.visitorName, email: conversations.visitorEmail, phone: conversations.visitorPhone })
        .from(messages)
        .innerJoin(conversations, eq(conversations.id, messages.conversationId))
        .where(eq(messages.id, s.messageId));
      if (!source) return { outcome: refuse("not_found", "The chat message is gone.") };
      const created = await createRequestInTx(
        tx,
        actor,
        {
          type: s.type,
          channel: "chat",
          submittedAt: source.sentAt,
          receivedAt: source.sentAt,
          subjectName: source.name,
          subjectEmail: source.email,
          subjectPhone: source.phone,
          details: `Asked in the chat: “${source.text.slice(s.start, s.end)}”`,
          conversationId: s.conversationId,
          dataSubjectId: source.subjectId,
        },
        await loadClockContext(tx),
      );
      const settled = await tx
        .update(requestSuggestions)
        .set({ status: "accepted", requestId: created.id, decidedBy: actor.type === "user" ? actor.id : null, decidedAt: now })
        .where(and(eq(requestSuggestions.conversationId, s.conversationId), eq(requestSuggestions.type, s.type), inArray(requestSuggestions.status, ["pending"])))
        .returning({ id: requestSuggestions.id });
      return { outcome: ok({ requestId: created.id, reference: created.reference }), created, settled: settled.map((r) => r.id), messageId: s.messageId };
    },
    (r): AuditInput[] =>
      r.created
        ? [
            creationAudit(r.created, "chat_suggestion"),
            {
              action: "request_suggestion.accept",
              entityType: "request_suggestion",
              entityId: String(id),
              summary: { requestId: r.created.id, reference: r.created.reference, type: r.created.type, conversationId: r.created.conversationId, messageId: r.messageId, settled: r.settled },
            },
          ]
        : [],
  );
  return result.outcome;
}

export async function dismissSuggestion(actor: Actor, id: number, now = new Date()): Promise<Outcome> {
  const result = await withAudit(
    actor,
    async (tx): Promise<{ outcome: Outcome; type?: string; conversationId?: string }> => {
      const locked = await lockPending(tx, id);
      if (!locked.suggestion) return { outcome: locked.refusal };
      await tx
        .update(requestSuggestions)
        .set({ status: "dismissed", decidedBy: actor.type === "user" ? actor.id : null, decidedAt: now })
        .where(eq(requestSuggestions.id, id));
      return { outcome: ok(), type: locked.suggestion.type, conversationId: locked.suggestion.conversationId };
    },
    (r) => (r.outcome.ok ? { action: "request_suggestion.dismiss", entityType: "request_suggestion", entityId: String(id), summary: { type: r.type, conversationId: r.conversationId } } : []),
  );
  return result.outcome;
}
