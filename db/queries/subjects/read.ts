import { and, asc, count, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { identifierLookup } from "@/lib/chats/identifier-search";
import type { SubjectSort } from "@/lib/chats/list-params";
import { snippetAround } from "@/lib/chats/segments";
import { getDb } from "@/db";
import { chatSources, conversations, dataSubjects, findings, messages, subjectIdentifiers, users } from "@/db/schema";
import { isUuid } from "@/lib/uuid";

export interface SubjectListParams {
  identifier?: string;
  legalHold?: boolean;
  sort: SubjectSort;
  page: number;
  pageSize: number;
}

/** The people in the chat data, found by any identifier through the identifier index, with their activity. */
export async function listSubjects(p: SubjectListParams) {
  const db = getDb();
  const lookup = p.identifier ? identifierLookup(p.identifier) : null;
  // Per person: how many conversations and when they were last seen, aggregated once in SQL.
  const activity = db
    .select({
      subjectId: conversations.subjectId,
      conversations: sql<number>`count(*)::int`.as("conversation_count"),
      lastSeenAt: sql<Date>`max(coalesce(${conversations.lastMessageAt}, ${conversations.startedAt}))`.as("last_seen_at"),
    })
    .from(conversations)
    .where(isNotNull(conversations.subjectId))
    .groupBy(conversations.subjectId)
    .as("activity");
  const where = and(
    lookup
      ? inArray(dataSubjects.id, db.select({ id: subjectIdentifiers.subjectId }).from(subjectIdentifiers).where(inArray(subjectIdentifiers.value, lookup.values)))
      : undefined,
    p.legalHold === undefined ? undefined : p.legalHold ? isNotNull(dataSubjects.legalHoldAt) : isNull(dataSubjects.legalHoldAt),
  );
  const orderBy: Record<SubjectSort, SQL[]> = {
    last_seen: [sql`${activity.lastSeenAt} desc nulls last`],
    conversations: [sql`${activity.conversations} desc nulls last`],
    created: [desc(dataSubjects.createdAt)],
  };
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: dataSubjects.id,
        displayName: dataSubjects.displayName,
        createdAt: dataSubjects.createdAt,
        legalHoldAt: dataSubjects.legalHoldAt,
        legalHoldReason: dataSubjects.legalHoldReason,
        conversations: sql<number>`coalesce(${activity.conversations}, 0)`,
        lastSeenAt: activity.lastSeenAt,
        // One identifier to tell people apart in the list: an email if there is one.
        primaryIdentifier: sql<string | null>`(select ${subjectIdentifiers.value} from ${subjectIdentifiers} where ${subjectIdentifiers.subjectId} = ${dataSubjects.id} order by ${subjectIdentifiers.kind} asc, ${subjectIdentifiers.createdAt} asc limit 1)`,
        identifierCount: sql<number>`(select count(*)::int from ${subjectIdentifiers} where ${subjectIdentifiers.subjectId} = ${dataSubjects.id})`,
      })
      .from(dataSubjects)
      .leftJoin(activity, eq(activity.subjectId, dataSubjects.id))
      .where(where)
      .orderBy(...orderBy[p.sort], asc(dataSubjects.id))
      .limit(p.pageSize)
      .offset((p.page - 1) * p.pageSize),
    db.select({ n: count() }).from(dataSubjects).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r, lastSeenAt: r.lastSeenAt ? new Date(r.lastSeenAt) : null })), total: total?.n ?? 0 };
}

export type SubjectListRow = Awaited<ReturnType<typeof listSubjects>>["rows"][number];

/** Findings shown on a person's page; the rest are one click away in each conversation. */
export const SUBJECT_FINDINGS_LIMIT = 200;

/**
 * A person with every identifier (where it came from and the conversation it was first seen in), every
 * conversation, and the findings across them. Null for an unknown or malformed id.
 */
export async function getSubject(id: string) {
  if (!isUuid(id)) return null;
  const db = getDb();
  const [subject] = await db
    .select({
      id: dataSubjects.id,
      displayName: dataSubjects.displayName,
      createdAt: dataSubjects.createdAt,
      legalHoldReason: dataSubjects.legalHoldReason,
      legalHoldAt: dataSubjects.legalHoldAt,
      legalHoldByName: users.name,
    })
    .from(dataSubjects)
    .leftJoin(users, eq(users.id, dataSubjects.legalHoldBy))
    .where(eq(dataSubjects.id, id))
    .limit(1);
  if (!subject) return null;
  const [identifiers, conversationRows, findingRows, [findingTotal]] = await Promise.all([
    db
      .select({
        id: subjectIdentifiers.id,
        kind: subjectIdentifiers.kind,
        value: subjectIdentifiers.value,
        origin: subjectIdentifiers.origin,
        createdAt: subjectIdentifiers.createdAt,
        firstSeenConversationId: subjectIdentifiers.firstSeenConversationId,
        // Null once that conversation is gone (the column has no foreign key, so it outlives it).
        firstSeenStartedAt: conversations.startedAt,
        firstSeenSourceName: chatSources.name,
      })
      .from(subjectIdentifiers)
      .leftJoin(conversations, eq(conversations.id, subjectIdentifiers.firstSeenConversationId))
      .leftJoin(chatSources, eq(chatSources.id, conversations.sourceId))
      .where(eq(subjectIdentifiers.subjectId, id))
      .orderBy(asc(subjectIdentifiers.kind), asc(subjectIdentifiers.createdAt), asc(subjectIdentifiers.value)),
    db
      .select({
        id: conversations.id,
        externalId: conversations.externalId,
        sourceName: chatSources.name,
        startedAt: conversations.startedAt,
        lastMessageAt: conversations.lastMessageAt,
        category: conversations.category,
        messageCount: conversations.messageCount,
        hasSpecialCategory: conversations.hasSpecialCategory,
        retentionRuleId: conversations.retentionRuleId,
        retentionDueAt: conversations.retentionDueAt,
        anonymisedAt: conversations.anonymisedAt,
        heldDirectly: sql<boolean>`${conversations.legalHoldAt} is not null`,
        openFindings: sql<number>`(select count(*)::int from ${findings} where ${findings.conversationId} = ${conversations.id} and ${findings.status} = 'open')`,
      })
      .from(conversations)
      .innerJoin(chatSources, eq(chatSources.id, conversations.sourceId))
      .where(eq(conversations.subjectId, id))
      .orderBy(desc(conversations.startedAt), asc(conversations.id)),
    db
      .select({
        id: findings.id,
        type: findings.type,
        subtype: findings.subtype,
        confidence: findings.confidence,
        status: findings.status,
        start: findings.start,
        end: findings.end,
        conversationId: findings.conversationId,
        messageId: findings.messageId,
        sentAt: messages.sentAt,
        text: messages.text,
      })
      .from(findings)
      .innerJoin(conversations, eq(conversations.id, findings.conversationId))
      .innerJoin(messages, eq(messages.id, findings.messageId))
      .where(eq(conversations.subjectId, id))
      .orderBy(desc(messages.sentAt), asc(findings.start), asc(findings.id))
      .limit(SUBJECT_FINDINGS_LIMIT),
    db
      .select({ n: count() })
      .from(findings)
      .innerJoin(conversations, eq(conversations.id, findings.conversationId))
      .where(eq(conversations.subjectId, id)),
  ]);
  return {
    ...subject,
    identifiers,
    conversations: conversationRows,
    findings: findingRows.map(({ text, ...f }) => ({ ...f, snippet: snippetAround(text, f.start, f.end) })),
    findingTotal: findingTotal?.n ?? 0,
  };
}

export type SubjectDetail = NonNullable<Awaited<ReturnType<typeof getSubject>>>;
