import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { chatSources, conversations, dataSubjects, findings, messages, subjectIdentifiers, subjectMentions } from "@/db/schema";
import { isUuid } from "@/lib/uuid";

/**
 * One conversation as the HTTP API returns it: the conversation, every message, and the personal data
 * found in them by position (start/end index the message text; the matched text is not repeated, so a
 * masked finding and its placeholder never disagree). Null for an unknown or malformed id.
 */
export async function getConversationForApi(id: string) {
  if (!isUuid(id)) return null;
  const db = getDb();
  const [head] = await db
    .select({ c: conversations, sourceKey: chatSources.key, sourceName: chatSources.name })
    .from(conversations)
    .innerJoin(chatSources, eq(chatSources.id, conversations.sourceId))
    .where(eq(conversations.id, id))
    .limit(1);
  if (!head) return null;
  const [messageRows, findingRows] = await Promise.all([
    db
      .select({ id: messages.id, externalId: messages.externalId, sentAt: messages.sentAt, author: messages.author, authorName: messages.authorName, text: messages.text })
      .from(messages)
      .where(eq(messages.conversationId, id))
      .orderBy(asc(messages.sentAt), asc(messages.id)),
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
      })
      .from(findings)
      .where(eq(findings.conversationId, id))
      .orderBy(asc(findings.messageId), asc(findings.start), asc(findings.id)),
  ]);
  const c = head.c;
  return {
    conversation: {
      id: c.id,
      source: { key: head.sourceKey, name: head.sourceName },
      externalId: c.externalId,
      startedAt: c.startedAt,
      endedAt: c.endedAt,
      lastMessageAt: c.lastMessageAt,
      category: c.category,
      visitor: { externalId: c.visitorExternalId, name: c.visitorName, email: c.visitorEmail, phone: c.visitorPhone },
      subjectId: c.subjectId,
      messageCount: c.messageCount,
      hasSpecialCategory: c.hasSpecialCategory,
      retentionDueAt: c.retentionDueAt,
      anonymisedAt: c.anonymisedAt,
      legalHold: c.legalHoldAt ? { reason: c.legalHoldReason, at: c.legalHoldAt } : null,
      receivedAt: c.receivedAt,
    },
    messages: messageRows,
    findings: findingRows,
  };
}

export type ConversationApiView = NonNullable<Awaited<ReturnType<typeof getConversationForApi>>>;

/**
 * The people holding one normalised identifier, with all their identifiers and conversations. An index
 * lookup on subject_identifiers (kind, value), never a scan of message text. One identifier belongs to
 * one person, so the list has at most one entry; it is a list so the answer's shape never changes.
 */
export async function findSubjectsByIdentifier(kind: "email" | "phone" | "visitor_id", value: string) {
  const db = getDb();
  const owners = await db
    .select({ id: dataSubjects.id, displayName: dataSubjects.displayName, createdAt: dataSubjects.createdAt, legalHoldAt: dataSubjects.legalHoldAt, legalHoldReason: dataSubjects.legalHoldReason })
    .from(subjectIdentifiers)
    .innerJoin(dataSubjects, eq(dataSubjects.id, subjectIdentifiers.subjectId))
    .where(and(eq(subjectIdentifiers.kind, kind), eq(subjectIdentifiers.value, value)));
  if (owners.length === 0) return [];
  const ids = owners.map((o) => o.id);
  const [identifierRows, conversationRows] = await Promise.all([
    db
      .select({ subjectId: subjectIdentifiers.subjectId, kind: subjectIdentifiers.kind, value: subjectIdentifiers.value, origin: subjectIdentifiers.origin, createdAt: subjectIdentifiers.createdAt })
      .from(subjectIdentifiers)
      .where(inArray(subjectIdentifiers.subjectId, ids))
      .orderBy(asc(subjectIdentifiers.kind), asc(subjectIdentifiers.value)),
    db
      .select({ subjectId: conversations.subjectId, id: conversations.id, source: chatSources.key, externalId: conversations.externalId, startedAt: conversations.startedAt, messageCount: conversations.messageCount })
      .from(conversations)
      .innerJoin(chatSources, eq(chatSources.id, conversations.sourceId))
      .where(inArray(conversations.subjectId, ids))
      .orderBy(desc(conversations.startedAt), asc(conversations.id)),
  ]);
  return owners.map((o) => ({
    id: o.id,
    displayName: o.displayName,
    createdAt: o.createdAt,
    legalHold: o.legalHoldAt ? { reason: o.legalHoldReason, at: o.legalHoldAt } : null,
    identifiers: identifierRows.filter((r) => r.subjectId === o.id).map((r) => ({ kind: r.kind, value: r.value, origin: r.origin, createdAt: r.createdAt })),
    conversations: conversationRows
      .filter((r) => r.subjectId === o.id)
      .map((r) => ({ id: r.id, source: r.source, externalId: r.externalId, startedAt: r.startedAt, messageCount: r.messageCount })),
  }));
}

/**
 * The conversations that only mention one normalised identifier: typed into their text, in a conversation
 * that is not its holder's. They say nothing about whose conversation it is (that is `subjectId`, from the
 * visitor block), so they are listed apart from the people who hold it. An index lookup on the mentions.
 */
export async function findConversationsMentioning(kind: "email" | "phone" | "visitor_id", value: string) {
  const db = getDb();
  const holders = db.select({ id: subjectIdentifiers.subjectId }).from(subjectIdentifiers).where(and(eq(subjectIdentifiers.kind, kind), eq(subjectIdentifiers.value, value)));
  return db
    .select({
      id: conversations.id,
      source: chatSources.key,
      externalId: conversations.externalId,
      startedAt: conversations.startedAt,
      subjectId: conversations.subjectId,
      mentioningMessages: sql<number>`count(distinct ${subjectMentions.messageId})::int`,
    })
    .from(subjectMentions)
    .innerJoin(conversations, eq(conversations.id, subjectMentions.conversationId))
    .innerJoin(chatSources, eq(chatSources.id, conversations.sourceId))
    .where(and(eq(subjectMentions.kind, kind), eq(subjectMentions.value, value), sql`(${conversations.subjectId} is null or ${conversations.subjectId} not in ${holders})`))
    .groupBy(conversations.id, chatSources.key)
    .orderBy(desc(conversations.startedAt), asc(conversations.id));
}
