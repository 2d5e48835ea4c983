import { and, asc, count, gt, gte, isNull, lte, ne, sql } from "drizzle-orm";
import { NOTIFICATION_WINDOW_MS } from "@/lib/breaches/clock";
import { BREACH_RISKS, type BreachRisk } from "@/lib/breaches/labels";
import { startOfLocalDay } from "@/lib/time";
import { getDb } from "../index";
import { breaches } from "../schema";

// A breach still waiting for a notification: not sent, not decided against, not closed.
const awaitingNotification = and(isNull(breaches.authorityNotifiedAt), ne(breaches.notifyDecision, "not_required"), ne(breaches.status, "closed"));

function yearMonthIn(date: Date, timeZone: string): { year: number; month: number } {
  const [y, m] = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" }).format(date).split("-");
  return { year: Number(y), month: Number(m) };
}

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
  const { year, month } = yearMonthIn(now, timeZone);
  const months: string[] = [];
  for (let i = 11; i >= 0; i--) {
    const d = new Date(Date.UTC(year, month - 1 - i, 1));
    months.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`);
  }
  const since = startOfLocalDay(`${months[0]}-01`, timeZone)!;
  const rows = await getDb()
    .select({
      month: sql<string>`to_char(${breaches.awareAt} at time zone ${timeZone}, 'YYYY-MM')`,
      risk: breaches.risk,
      n: count(),
    })
    .from(breaches)
    .where(gte(breaches.awareAt, since))
    .groupBy(sql`1`, sql`2`);
  const empty = () => Object.fromEntries(BREACH_RISKS.map((r) => [r, 0])) as Record<BreachRisk, number>;
  const byMonth = new Map(months.map((m) => [m, { month: m, ...empty() }]));
  for (const r of rows) {
    const bucket = byMonth.get(r.month);
    if (bucket) bucket[r.risk] = Number(r.n);
  }
  return [...byMonth.values()];
}
