import { and, asc, count, eq, gt, gte, isNull, lte, ne, not, sql } from "drizzle-orm";
import { NOTIFICATION_WINDOW_MS } from "@/lib/breaches/clock";
import { BREACH_RISKS, type BreachRisk } from "@/lib/breaches/labels";
import { countsByMonth, lastTwelveMonths } from "@/lib/month-series";
import { startOfLocalDay, yearMonthIn } from "@/lib/time";
import { getDb } from "@/db";
import { breaches } from "@/db/schema";

// A breach still waiting for a notification: not sent, not validly decided against, not closed. Only a
// "not notified" decision on a breach assessed as unlikely to result in a risk stops the clock
// (notificationWaived in lib/breaches/clock.ts): without that assessment the 72 hours keep running.
const awaitingNotification = and(
  isNull(breaches.authorityNotifiedAt),
  not(and(eq(breaches.notifyDecision, "not_required"), eq(breaches.risk, "unlikely"))!),
  ne(breaches.status, "closed"),
);

/** The breach figures on the overview. */
export async function breachOverview(now: Date, timeZone: string) {
  const windowStart = new Date(now.getTime() - NOTIFICATION_WINDOW_MS);
  const { year } = yearMonthIn(now, timeZone);
  const yearStart = startOfLocalDay(`${year}-01-01`, timeZone)!;
  const db = getDb();
  const [[open], inWindow, [overdue], [lateThisYear]] = await Promise.all([
    db.select({ n: count() }).from(breaches).where(ne(breaches.status, "closed")),
    db
      .select({ id: breaches.id, reference: breaches.reference, title: breaches.title, awareAt: breaches.awareAt })
      .from(breaches)
      .where(and(awaitingNotification, gt(breaches.awareAt, windowStart)))
      .orderBy(asc(breaches.awareAt)),
    db.select({ n: count() }).from(breaches).where(and(awaitingNotification, lte(breaches.awareAt, windowStart))),
    db
      .select({ n: count() })
      .from(breaches)
      .where(
        and(
          gte(breaches.authorityNotifiedAt, yearStart),
          sql`${breaches.authorityNotifiedAt} > ${breaches.awareAt} + make_interval(hours => 72)`,
        ),
      ),
  ]);
  return { open: open?.n ?? 0, inWindow, overdue: overdue?.n ?? 0, lateThisYear: lateThisYear?.n ?? 0, year };
}

export type MonthRiskCounts = { month: string } & Record<BreachRisk, number>;

/** Breaches per month of awareness over the last 12 months, split by risk, months in the organisation's zone. */
export async function breachesPerMonthByRisk(now: Date, timeZone: string): Promise<MonthRiskCounts[]> {
  const { months, since } = lastTwelveMonths(now, timeZone);
  const rows = await getDb()
    .select({
      month: sql<string>`to_char(${breaches.awareAt} at time zone ${timeZone}, 'YYYY-MM')`,
      key: breaches.risk,
      n: count(),
    })
    .from(breaches)
    .where(gte(breaches.awareAt, since))
    .groupBy(sql`1`, sql`2`);
  return countsByMonth(months, BREACH_RISKS, rows);
}
