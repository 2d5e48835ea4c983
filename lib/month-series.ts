// Per-month series for the overview charts: every month present, even the ones with nothing in them.
import { startOfLocalDay, yearMonthIn } from "@/lib/time";

/** The last 12 months up to and including the one `now` falls in ("YYYY-MM", oldest first), and when the first began in `timeZone`. */
export function lastTwelveMonths(now: Date, timeZone: string): { months: string[]; since: Date } {
  const { year, month } = yearMonthIn(now, timeZone);
  const months: string[] = [];
  for (let i = 11; i >= 0; i--) {
    const d = new Date(Date.UTC(year, month - 1 - i, 1));
    months.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`);
  }
  return { months, since: startOfLocalDay(`${months[0]}-01`, timeZone)! };
}

/** One row per month with a count per key (0 when none); rows for months outside `months` are ignored. */
export function countsByMonth<K extends string>(
  months: string[],
  keys: readonly K[],
  rows: Array<{ month: string; key: K; n: number | string }>,
): Array<{ month: string } & Record<K, number>> {
  const byMonth = new Map(months.map((m) => [m, Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>]));
  for (const r of rows) {
    const counts = byMonth.get(r.month);
    if (counts) counts[r.key] = Number(r.n);
  }
  return months.map((m) => ({ month: m, ...byMonth.get(m)! }));
}
