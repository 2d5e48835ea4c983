import { eq, inArray } from "drizzle-orm";
import { requestDeadlines, type Deadlines } from "@/lib/requests/clock";
import { OPEN_STATUSES } from "@/lib/requests/labels";
import { getDb, type DbOrTx, type Tx } from "@/db";
import { holidays, requestSettings, subjectRequests } from "@/db/schema";
import type { Actor } from "@/db/queries/audit";
import { addRequestEvent } from "./events";
import { getOrganisation } from "@/db/queries/organisation";
import { DEFAULT_TIME_ZONE } from "@/db/queries/time-zone";

export const DEFAULT_REQUEST_SETTINGS = { pauseWhileVerifying: false, closedRetentionYears: 3 };

export async function getRequestSettings(db: DbOrTx = getDb()) {
  const [row] = await db
    .select({ pauseWhileVerifying: requestSettings.pauseWhileVerifying, closedRetentionYears: requestSettings.closedRetentionYears })
    .from(requestSettings)
    .where(eq(requestSettings.id, 1))
    .limit(1);
  return row ?? DEFAULT_REQUEST_SETTINGS;
}

export interface ClockContext {
  timeZone: string;
  country: string;
  /** The organisation's country's holidays, by date, with their names. */
  holidays: Map<string, string>;
  pauseWhileVerifying: boolean;
}

/** Everything the legal clock reads from the database: time zone, country, its holidays, the pause setting. */
export async function loadClockContext(db: DbOrTx = getDb()): Promise<ClockContext> {
  const org = await getOrganisation(db);
  const country = org?.country ?? "SE";
  const [rows, settings] = await Promise.all([
    db.select({ date: holidays.date, name: holidays.name }).from(holidays).where(eq(holidays.country, country)),
    getRequestSettings(db),
  ]);
  return {
    timeZone: org?.timeZone ?? DEFAULT_TIME_ZONE,
    country,
    holidays: new Map(rows.map((r) => [r.date, r.name])),
    pauseWhileVerifying: settings.pauseWhileVerifying,
  };
}

export function deadlinesFor(row: { receivedAt: Date; pausedDays: number; extendedDueDate: string | null }, ctx: ClockContext): Deadlines {
  return requestDeadlines({
    receivedAt: row.receivedAt,
    timeZone: ctx.timeZone,
    holidays: ctx.holidays,
    pausedDays: row.pausedDays,
    extended: row.extendedDueDate !== null,
  });
}

/**
 * Recomputes the stored dates of open requests after the holidays or the time zone changed; closed requests
 * keep the dates they were answered against. Returns the requests whose effective due date moved.
 */
export async function recomputeOpenDeadlines(tx: Tx, actor: Actor, ctx: ClockContext, why: string): Promise<Array<{ id: string; from: string; to: string }>> {
  const open = await tx
    .select({
      id: subjectRequests.id,
      receivedAt: subjectRequests.receivedAt,
      pausedDays: subjectRequests.pausedDays,
      extendedDueDate: subjectRequests.extendedDueDate,
      effectiveDueDate: subjectRequests.effectiveDueDate,
    })
    .from(subjectRequests)
    .where(inArray(subjectRequests.status, [...OPEN_STATUSES]))
    .for("update");
  const moved: Array<{ id: string; from: string; to: string }> = [];
  for (const r of open) {
    const d = deadlinesFor(r, ctx);
    await tx
      .update(subjectRequests)
      .set({ dueDate: d.dueDate, extendedDueDate: d.extendedDueDate, effectiveDueDate: d.effectiveDueDate, clockSteps: d.clockSteps })
      .where(eq(subjectRequests.id, r.id));
    if (d.effectiveDueDate === r.effectiveDueDate) continue;
    moved.push({ id: r.id, from: r.effectiveDueDate, to: d.effectiveDueDate });
    await addRequestEvent(tx, r.id, actor, "due_date_recomputed", `Due date moved from ${r.effectiveDueDate} to ${d.effectiveDueDate}: ${why}.`);
  }
  return moved;
}
