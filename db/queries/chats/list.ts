import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { identifierLookup } from "@/lib/chats/identifier-search";
import type { ConversationSort, SortDir } from "@/lib/chats/list-params";
import { getDb } from "@/db";
import { chatSources, conversations, dataSubjects, findings, retentionRules, subjectIdentifiers } from "@/db/schema";
import { pastDue } from "@/db/queries/retention";

export interface ConversationListParams {
  /** A source's key, as the API batch names it ("website"). */
  source?: string;
  /** Started at or after. */
  from?: Date;
  /** Started before. */
  to?: Date;
  /** A category; null for conversations with none. */
  category?: string | null;
  special?: boolean;
  pastRetention?: boolean;
  /** Only conversations no retention rule covers: the gap in the policy. */
  noRule?: boolean;
  legalHold?: boolean;
  identifier?: string;
  sort: ConversationSort;
  dir: SortDir;
  page: number;
  pageSize: number;
  now?: Date;
}

// Held directly, or through the person it belongs to: either stops deletion.
const heldSql = or(isNotNull(conversations.legalHoldAt), isNotNull(dataSubjects.legalHoldAt))!;

/** Due for deletion or anonymisation and not stopped by a hold, so the next retention run takes it. */
// The job's own test (pastDue in retention-assign.ts), with the holds read from the joined person; the list
// query joins the rule, so a delete rule still takes a conversation an earlier rule anonymised.
export function pastRetentionSql(now: Date): SQL {
  return and(pastDue(now), isNull(conversations.legalHoldAt), isNull(dataSubjects.legalHoldAt))!;
}

function sortColumns(sort: ConversationSort, dir: SortDir): SQL[] {
  const column = {
    started: conversations.startedAt,
    last_message: conversations.lastMessageAt,
    messages: conversations.messageCount,
    retention_due: conversations.retentionDueAt,
  }[sort];
  // Conversations without a value (no message yet, no rule) go last whichever way the list runs.
  return [dir === "asc" ? sql`${column} asc nulls last` : sql`${column} desc nulls last`, dir === "asc" ? asc(conversations.startedAt) : desc(conversations.startedAt)];
}

function listWhere(p: ConversationListParams, now: Date): SQL | undefined {
  const lookup = p.identifier ? identifierLookup(p.identifier) : null;
  const db = getDb();
  return and(
    p.source ? eq(chatSources.key, p.source) : undefined,
    p.from ? gte(conversations.startedAt, p.from) : undefined,
    p.to ? lt(conversations.startedAt, p.to) : undefined,
    p.category === null ? isNull(conversations.category) : p.category ? eq(conversations.category, p.category) : undefined,
    p.special === undefined ? undefined : eq(conversations.hasSpecialCategory, p.special),
    p.pastRetention ? pastRetentionSql(now) : undefined,
    p.noRule ? isNull(conversations.retentionRuleId) : undefined,
    p.legalHold === undefined ? undefined : p.legalHold ? heldSql : sql`not (${heldSql})`,
    lookup
      ? or(
          // The person's identifiers (unique index on kind+value, index on value): never a scan of message text.
          inArray(
            conversations.subjectId,
            db.select({ id: subjectIdentifiers.subjectId }).from(subjectIdentifiers).where(inArray(subjectIdentifiers.value, lookup.values)),
          ),
          lookup.email ? eq(conversations.visitorEmail, lookup.email) : undefined,
          lookup.phone ? eq(conversations.visitorPhone, lookup.phone) : undefined,
        )
      : undefined,
  );
}

export async function listConversations(p: ConversationListParams) {
  const now = p.now ?? new Date();
  const where = listWhere(p, now);
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: conversations.id,
        externalId: conversations.externalId,
        sourceKey: chatSources.key,
        sourceName: chatSources.name,
        startedAt: conversations.startedAt,
        endedAt: conversations.endedAt,
        lastMessageAt: conversations.lastMessageAt,
        category: conversations.category,
        messageCount: conversations.messageCount,
        hasSpecialCategory: conversations.hasSpecialCategory,
        visitorName: conversations.visitorName,
        visitorEmail: conversations.visitorEmail,
        subjectId: conversations.subjectId,
        subjectName: dataSubjects.displayName,
        retentionRuleId: conversations.retentionRuleId,
        retentionDueAt: conversations.retentionDueAt,
        ruleAction: retentionRules.action,
        anonymisedAt: conversations.anonymisedAt,
        heldDirectly: sql<boolean>`${conversations.legalHoldAt} is not null`,
        heldViaSubject: sql<boolean>`${dataSubjects.legalHoldAt} is not null`,
        openFindings: sql<number>`(select count(*)::int from ${findings} where ${findings.conversationId} = ${conversations.id} and ${findings.status} = 'open')`,
      })
      .from(conversations)
      .innerJoin(chatSources, eq(chatSources.id, conversations.sourceId))
      .leftJoin(dataSubjects, eq(dataSubjects.id, conversations.subjectId))
      .leftJoin(retentionRules, eq(retentionRules.id, conversations.retentionRuleId))
      .where(where)
      .orderBy(...sortColumns(p.sort, p.dir), asc(conversations.id))
      .limit(p.pageSize)
      .offset((p.page - 1) * p.pageSize),
    db
      .select({ n: count() })
      .from(conversations)
      .innerJoin(chatSources, eq(chatSources.id, conversations.sourceId))
      .leftJoin(dataSubjects, eq(dataSubjects.id, conversations.subjectId))
      .leftJoin(retentionRules, eq(retentionRules.id, conversations.retentionRuleId))
      .where(where),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, pastRetention: isPastRetention(r, now) })),
    total: total?.n ?? 0,
  };
}

export type ConversationListRow = Awaited<ReturnType<typeof listConversations>>["rows"][number];

/** The same rule as pastRetentionSql, for a row already read. */
export function isPastRetention(
  c: { retentionDueAt: Date | null; anonymisedAt: Date | null; heldDirectly: boolean; heldViaSubject: boolean; ruleAction?: "delete" | "anonymise" | null },
  now: Date,
): boolean {
  const notDone = c.anonymisedAt === null || c.ruleAction === "delete";
  return c.retentionDueAt !== null && c.retentionDueAt <= now && notDone && !c.heldDirectly && !c.heldViaSubject;
}
