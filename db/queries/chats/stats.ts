import { and, count, eq, gte, isNull, ne, sql } from "drizzle-orm";
import { PII_TYPES, type PiiType } from "@/lib/pii";
import { countsByMonth, lastTwelveMonths } from "@/lib/month-series";
import { getDb } from "@/db";
import { conversations, findings, messages, retentionRules } from "@/db/schema";
import { onHold, pastDue } from "@/db/queries/retention";

/** The chat-data figures on the overview, each one aggregate query. */
export async function chatOverview(now: Date) {
  const db = getDb();
  const [[stored], [due], [uncovered], [open]] = await Promise.all([
    db
      .select({
        conversations: count(),
        messages: sql<number>`coalesce(sum(${conversations.messageCount}), 0)`.mapWith(Number),
        held: sql<number>`count(*) filter (where ${onHold})`.mapWith(Number),
      })
      .from(conversations),
    db
      .select({
        pastRetention: sql<number>`count(*) filter (where not ${onHold})`.mapWith(Number),
        heldPastRetention: sql<number>`count(*) filter (where ${onHold})`.mapWith(Number),
      })
      .from(conversations)
      .innerJoin(retentionRules, eq(retentionRules.id, conversations.retentionRuleId))
      .where(pastDue(now)),
    db.select({ n: count() }).from(conversations).where(isNull(conversations.retentionRuleId)),
    db.select({ n: count() }).from(findings).where(eq(findings.status, "open")),
  ]);
  return {
    conversations: stored?.conversations ?? 0,
    messages: stored?.messages ?? 0,
    onLegalHold: stored?.held ?? 0,
    pastRetention: due?.pastRetention ?? 0,
    heldPastRetention: due?.heldPastRetention ?? 0,
    uncovered: uncovered?.n ?? 0,
    openFindings: open?.n ?? 0,
  };
}

export type ChatOverview = Awaited<ReturnType<typeof chatOverview>>;
export type MonthFindingCounts = { month: string } & Record<PiiType, number>;

/**
 * Personal data found per month and type over the last 12 months (months in the organisation's zone),
 * by when the message holding it was sent, so data loaded in one go still shows when customers typed it.
 * Findings dismissed as not personal data do not count.
 */
export async function findingsPerMonthByType(now: Date, timeZone: string): Promise<MonthFindingCounts[]> {
  const { months, since } = lastTwelveMonths(now, timeZone);
  const rows = await getDb()
    .select({
      month: sql<string>`to_char(${messages.sentAt} at time zone ${timeZone}, 'YYYY-MM')`,
      key: findings.type,
      n: count(),
    })
    .from(findings)
    .innerJoin(messages, eq(messages.id, findings.messageId))
    .where(and(gte(messages.sentAt, since), ne(findings.status, "dismissed")))
    .groupBy(sql`1`, sql`2`);
  return countsByMonth(months, PII_TYPES, rows);
}
