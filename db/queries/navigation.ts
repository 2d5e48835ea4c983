import { and, count, eq, inArray, isNull, lte, ne } from "drizzle-orm";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { OPEN_STATUSES } from "@/lib/requests/labels";
import { addDays } from "@/lib/time";
import { getDb } from "@/db";
import { breaches, findings, subjectRequests } from "@/db/schema";
import { countLegalQueue } from "./processors";

/** How far ahead a request counts as "due" on its badge: the overview's "due this week". */
export const REQUEST_DUE_WITHIN_DAYS = 7;

/** The counts on the navigation's work entries; a count the role may not see is absent, not zero. */
export interface NavCounts {
  requestsDue?: number;
  findingsToReview?: number;
  legalQueue?: number;
  breachesClockRunning?: number;
}

async function countRequestsDue(today: string): Promise<number> {
  // Open, clock not paused (as the overview and the "overdue" filter count), due within the week or already late.
  const [row] = await getDb()
    .select({ n: count() })
    .from(subjectRequests)
    .where(
      and(
        inArray(subjectRequests.status, [...OPEN_STATUSES]),
        isNull(subjectRequests.clockPausedAt),
        lte(subjectRequests.effectiveDueDate, addDays(today, REQUEST_DUE_WITHIN_DAYS)),
      ),
    );
  return row?.n ?? 0;
}

async function countOpenFindings(): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(findings).where(eq(findings.status, "open"));
  return row?.n ?? 0;
}

/**
 * Breaches whose Art. 33 clock has started and not been stopped: aware, not closed, the authority not yet
 * notified and no decision that notification is not required (lib/breaches/clock: "running" or "overdue").
 * Both still owe the authority an answer, so both count.
 */
async function countBreachesClockRunning(now: Date): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(breaches)
    .where(
      and(
        ne(breaches.status, "closed"),
        lte(breaches.awareAt, now),
        isNull(breaches.authorityNotifiedAt),
        ne(breaches.notifyDecision, "not_required"),
      ),
    );
  return row?.n ?? 0;
}

/**
 * The badge counts for one role, each only if the role may read what it counts, all in parallel.
 * `today` is the organisation's date (due dates are dates in its time zone); `now` the clock for breaches.
 */
export async function navigationCounts(role: Role, today: string, now: Date = new Date()): Promise<NavCounts> {
  const pending: Array<Promise<[keyof NavCounts, number]>> = [];
  const add = (key: keyof NavCounts, run: () => Promise<number>) => pending.push(run().then((n) => [key, Number(n)]));
  if (can(role, "requests:read")) add("requestsDue", () => countRequestsDue(today));
  if (can(role, "chats:read")) add("findingsToReview", countOpenFindings);
  if (can(role, "processors:read")) add("legalQueue", () => countLegalQueue(today));
  if (can(role, "breaches:read")) add("breachesClockRunning", () => countBreachesClockRunning(now));
  return Object.fromEntries(await Promise.all(pending)) as NavCounts;
}
