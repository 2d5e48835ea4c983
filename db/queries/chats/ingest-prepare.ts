import type { ChatBatch } from "@/lib/chats/batch-schema";
import { refuse, type Refusal } from "@/lib/outcome";
import { normaliseEmail, normalisePhone } from "@/lib/pii";
import { storableText } from "@/db/sql";
import type { FoundIdentifier } from "@/db/queries/subjects";

// The batch checks and reshaping that ingest does before it touches the database: pure, no I/O.

// Dates before 1970 or more than a day ahead are a client's bug (seconds read as milliseconds, an unset
// clock); stored, they would put a conversation years past or before its retention.
const EARLIEST = Date.UTC(1970, 0, 1);
const FUTURE_SLACK_MS = 24 * 3_600_000;

/** The batch's times that are valid ISO 8601 but not plausible, named like describeBatchIssues does. */
function batchTimeIssues(batch: ChatBatch, now = new Date()): string[] {
  const latest = now.getTime() + FUTURE_SLACK_MS;
  const issues: string[] = [];
  const check = (value: string | undefined, path: string) => {
    if (value === undefined) return;
    const t = Date.parse(value);
    if (!(t >= EARLIEST && t <= latest)) issues.push(`${path}: must lie between 1970 and tomorrow`);
  };
  batch.conversations.forEach((c, i) => {
    check(c.startedAt, `conversations[${i}].startedAt`);
    check(c.endedAt, `conversations[${i}].endedAt`);
    c.messages.forEach((m, j) => check(m.sentAt, `conversations[${i}].messages[${j}].sentAt`));
  });
  return issues.slice(0, 20);
}

/**
 * The refusal of batches that passed the schema but hold times the database must not take (nothing is
 * written), each item named; null when every time is plausible. A pure check, made before any transaction.
 */
export function checkBatchTimes(batches: ChatBatch[], now = new Date()): Refusal | null {
  const issues = batches.flatMap((batch) => batchTimeIssues(batch, now)).slice(0, 20);
  return issues.length ? { ...refuse("invalid", "The batch is not valid; nothing was written."), details: issues } : null;
}

export interface PreparedMessage {
  externalId: string;
  sentAt: string;
  author: "visitor" | "agent" | "bot";
  authorName: string | null;
  text: string;
}

export interface PreparedConversation {
  externalId: string;
  startedAt: string;
  endedAt: string | null;
  category: string | null;
  visitor: { externalId: string | null; name: string | null; email: string | null; phone: string | null };
  identifiers: FoundIdentifier[];
  messages: PreparedMessage[];
}

const iso = (value: string) => new Date(value).toISOString();
const text = (value: string | undefined) => (value === undefined || value === "" ? null : storableText(value));

/**
 * One entry per conversation even if the batch names it twice (messages combined, later fields win),
 * one message per external id (the first), times in UTC, visitor identifiers normalised.
 */
export function prepareBatch(batch: ChatBatch, sourceKey: string): PreparedConversation[] {
  const byId = new Map<string, PreparedConversation>();
  const seen = new Map<string, Set<string>>();
  for (const c of batch.conversations) {
    const externalId = storableText(c.externalId);
    let conv = byId.get(externalId);
    if (!conv) {
      conv = { externalId, startedAt: iso(c.startedAt), endedAt: null, category: null, visitor: { externalId: null, name: null, email: null, phone: null }, identifiers: [], messages: [] };
      byId.set(externalId, conv);
      seen.set(externalId, new Set());
    } else if (Date.parse(c.startedAt) < Date.parse(conv.startedAt)) {
      conv.startedAt = iso(c.startedAt);
    }
    if (c.endedAt) conv.endedAt = iso(c.endedAt);
    conv.category = text(c.category) ?? conv.category;
    const v = c.visitor ?? {};
    const email = v.email ? normaliseEmail(v.email) : null;
    const phone = v.phone ? normalisePhone(v.phone) : null;
    conv.visitor = {
      externalId: text(v.externalId) ?? conv.visitor.externalId,
      name: text(v.name) ?? conv.visitor.name,
      // Stored normalised where possible, so the list's identifier search finds it; as given otherwise.
      email: email ?? text(v.email?.toLowerCase()) ?? conv.visitor.email,
      phone: phone ?? text(v.phone) ?? conv.visitor.phone,
    };
    if (email) conv.identifiers.push({ kind: "email", value: email, origin: "visitor" });
    if (phone) conv.identifiers.push({ kind: "phone", value: phone, origin: "visitor" });
    if (conv.visitor.externalId) conv.identifiers.push({ kind: "visitor_id", value: `${sourceKey}:${conv.visitor.externalId}`, origin: "visitor" });
    const seenIds = seen.get(externalId)!;
    for (const m of c.messages) {
      const id = storableText(m.externalId);
      if (seenIds.has(id)) continue;
      seenIds.add(id);
      conv.messages.push({ externalId: id, sentAt: iso(m.sentAt), author: m.author, authorName: text(m.authorName), text: storableText(m.text) });
    }
  }
  return [...byId.values()];
}
