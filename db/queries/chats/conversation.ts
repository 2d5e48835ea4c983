import { asc, count, eq, isNotNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { chatSources, conversations, dataSubjects, findings, messages, retentionRules, subjectIdentifiers, users } from "@/db/schema";
import { isUuid } from "@/lib/uuid";


/** Messages shown per page of a transcript; chat conversations are rarely longer. */
export const TRANSCRIPT_PAGE_SIZE = 500;

const conversationHolder = alias(users, "conversation_holder");
const subjectHolder = alias(users, "subject_holder");

/**
 * One conversation with everything its page shows: source, person, retention rule and due date, holds,
 * a page of the transcript, the findings in it and the person's identifiers. Null for an unknown or
 * malformed id.
 */
export async function getConversation(id: string, { messagePage = 1 }: { messagePage?: number } = {}) {
  if (!isUuid(id)) return null;
  const db = getDb();
  const [head] = await db
    .select({
      conversation: conversations,
      source: { id: chatSources.id, key: chatSources.key, name: chatSources.name, kind: chatSources.kind },
      subject: {
        id: dataSubjects.id,
        displayName: dataSubjects.displayName,
        legalHoldReason: dataSubjects.legalHoldReason,
        legalHoldAt: dataSubjects.legalHoldAt,
      },
      subjectHoldByName: subjectHolder.name,
      holdByName: conversationHolder.name,
      rule: { id: retentionRules.id, name: retentionRules.name, action: retentionRules.action, keepDays: retentionRules.keepDays },
    })
    .from(conversations)
    .innerJoin(chatSources, eq(chatSources.id, conversations.sourceId))
    .leftJoin(dataSubjects, eq(dataSubjects.id, conversations.subjectId))
    .leftJoin(retentionRules, eq(retentionRules.id, conversations.retentionRuleId))
    .leftJoin(conversationHolder, eq(conversationHolder.id, conversations.legalHoldBy))
    .leftJoin(subjectHolder, eq(subjectHolder.id, dataSubjects.legalHoldBy))
    .where(eq(conversations.id, id))
    .limit(1);
  if (!head) return null;
  const c = head.conversation;
  const page = Number.isInteger(messagePage) && messagePage > 0 ? messagePage : 1;
  const [messageRows, [messageTotal], findingRows, identifiers] = await Promise.all([
    db
      .select({ id: messages.id, sentAt: messages.sentAt, author: messages.author, authorName: messages.authorName, text: messages.text })
      .from(messages)
      .where(eq(messages.conversationId, id))
      .orderBy(asc(messages.sentAt), asc(messages.id))
      .limit(TRANSCRIPT_PAGE_SIZE)
      .offset((page - 1) * TRANSCRIPT_PAGE_SIZE),
    db.select({ n: count() }).from(messages).where(eq(messages.conversationId, id)),
    db
      .select({
        id: findings.id,
        messageId: findings.messageId,
        type: findings.type,
        subtype: findings.subtype,
        start: findings.start,
        end: findings.end,
        confidence: findings.confidence,
        status: findings.status,
        reviewedAt: findings.reviewedAt,
        reviewerName: users.name,
        sentAt: messages.sentAt,
        text: messages.text,
      })
      .from(findings)
      .innerJoin(messages, eq(messages.id, findings.messageId))
      .leftJoin(users, eq(users.id, findings.reviewedBy))
      .where(eq(findings.conversationId, id))
      .orderBy(asc(messages.sentAt), asc(findings.messageId), asc(findings.start), asc(findings.id)),
    c.subjectId
      ? db
          .select({ id: subjectIdentifiers.id, kind: subjectIdentifiers.kind, value: subjectIdentifiers.value, origin: subjectIdentifiers.origin })
          .from(subjectIdentifiers)
          .where(eq(subjectIdentifiers.subjectId, c.subjectId))
          .orderBy(asc(subjectIdentifiers.kind), asc(subjectIdentifiers.value))
      : Promise.resolve([]),
  ]);
  return {
    ...c,
    source: head.source,
    subject: head.subject?.id ? { ...head.subject, legalHoldByName: head.subjectHoldByName } : null,
    legalHoldByName: head.holdByName,
    rule: head.rule?.id ? head.rule : null,
    messages: messageRows,
    messageTotal: messageTotal?.n ?? 0,
    messagePage: page,
    // The matched characters only (the side list shows what was found), not each message's whole text again.
    findings: findingRows.map(({ text, ...f }) => ({ ...f, match: f.start >= 0 && f.end > f.start && f.end <= text.length ? text.slice(f.start, f.end) : null })),
    identifiers,
  };
}

export type ConversationDetail = NonNullable<Awaited<ReturnType<typeof getConversation>>>;

/** The categories conversations carry, for the list's filter. */
export async function listCategoryOptions(): Promise<string[]> {
  const rows = await getDb()
    .selectDistinct({ category: conversations.category })
    .from(conversations)
    .where(isNotNull(conversations.category))
    .orderBy(asc(conversations.category));
  return rows.map((r) => r.category!).filter(Boolean);
}

/** The chat platforms feeding in, for the list's filter. */
export async function listSourceOptions() {
  return getDb().select({ id: chatSources.id, key: chatSources.key, name: chatSources.name }).from(chatSources).orderBy(asc(chatSources.name), asc(chatSources.key));
}
