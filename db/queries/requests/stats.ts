import { and, count, gte, inArray, isNotNull, isNull, lt, lte, sql } from "drizzle-orm";
import { OPEN_STATUSES, REQUEST_TYPES, type RequestType } from "@/lib/requests/labels";
import { addDays, startOfLocalDay, todayIn } from "@/lib/time";
import { getDb } from "@/db";
import { subjectRequests } from "@/db/schema";

export type MonthAnswered = { month: string; inTime: number; late: number };

function lastTwelveMonths(now: Date, timeZone: string): string[] {
  const [y, m] = todayIn(timeZone, now).split("-").map(Number) as [number, number];
  const months: string[] = [];
  for (let i = 11; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    months.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`);
  }
  return months;
}

/**
 * The request figures for the overview, aggregated in SQL: open requests by type, due in the next seven days,
 * overdue, requests answered (completed or refused) per month over the last 12 months split by in time or
 * late against the date that counted, and the median days from receipt to answer over those months.
 * Days and months are counted in the organisation's time zone.
 */
export async function requestOverview(now: Date, timeZone: string) {
  const today = todayIn(timeZone, now);
  const months = lastTwelveMonths(now, timeZone);
  const since = startOfLocalDay(`${months[0]}-01`, timeZone)!;
  const open = inArray(subjectRequests.status, [...OPEN_STATUSES]);
  const running = and(open, isNull(subjectRequests.clockPausedAt));
  const closedDay = sql`(${subjectRequests.closedAt} at time zone ${timeZone})::date`;
  const answered = and(isNotNull(subjectRequests.closedAt), gte(subjectRequests.closedAt, since));
  const db = getDb();
  const [byType, [dueThisWeek], [overdue], perMonth, [median]] = await Promise.all([
    db.select({ type: subjectRequests.type, n: count() }).from(subjectRequests).where(open).groupBy(subjectRequests.type),
    db.select({ n: count() }).from(subjectRequests).where(and(running, gte(subjectRequests.effectiveDueDate, today), lte(subjectRequests.effectiveDueDate, addDays(today, 7)))),
    db.select({ n: count() }).from(subjectRequests).where(and(running, lt(subjectRequests.effectiveDueDate, today))),
    db
      .select({
        month: sql<string>`to_char(${subjectRequests.closedAt} at time zone ${timeZone}, 'YYYY-MM')`,
        inTime: sql<number>`count(*) filter (where ${closedDay} <= ${subjectRequests.effectiveDueDate})`,
        late: sql<number>`count(*) filter (where ${closedDay} > ${subjectRequests.effectiveDueDate})`,
      })
      .from(subjectRequests)
      .where(answered)
      .groupBy(sql`1`),
    db
      .select({ days: sql<number | null>`percentile_cont(0.5) within group (order by ${closedDay} - (${subjectRequests.receivedAt} at time zone ${timeZone})::date)` })
      .from(subjectRequests)
      .where(answered),
  ]);
  const openByType = Object.fromEntries(REQUEST_TYPES.map((t) => [t, 0])) as Record<RequestType, number>;
  for (const r of byType) openByType[r.type] = Number(r.n);
  const counted = new Map(perMonth.map((r) => [r.month, r]));
  const answeredPerMonth: MonthAnswered[] = months.map((month) => ({ month, inTime: Number(counted.get(month)?.inTime ?? 0), late: Number(counted.get(month)?.late ?? 0) }));
  const totals = answeredPerMonth.reduce((s, m) => ({ inTime: s.inTime + m.inTime, late: s.late + m.late }), { inTime: 0, late: 0 });
  return {
    openByType,
    open: Object.values(openByType).reduce((a, b) => a + b, 0),
    dueThisWeek: Number(dueThisWeek?.n ?? 0),
    overdue: Number(overdue?.n ?? 0),
    answeredPerMonth,
    answeredInTimeShare: totals.inTime + totals.late ? totals.inTime / (totals.inTime + totals.late) : null,
    medianDaysToAnswer: median?.days === null || median?.days === undefined ? null : Number(median.days),
  };
}

export type RequestOverviewFigures = Awaited<ReturnType<typeof requestOverview>>;
