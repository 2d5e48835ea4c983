import { and, asc, eq, gte, lt } from "drizzle-orm";
import { swedishHolidays } from "@/lib/requests/holidays-se";
import { getDb, type Tx } from "@/db";
import { holidays, requestSettings } from "@/db/schema";
import { withAudit, type Actor } from "@/db/queries/audit";
import { ok, refuse, type Outcome, type Refusal } from "@/lib/outcome";
import { getOrganisation } from "@/db/queries/organisation";
import { DEFAULT_REQUEST_SETTINGS, getRequestSettings, loadClockContext, recomputeOpenDeadlines } from "./clock";

export { getRequestSettings };

async function organisationCountry(db: Tx | ReturnType<typeof getDb> = getDb()): Promise<string> {
  return (await getOrganisation(db))?.country ?? "SE";
}

/** The holidays of the organisation's country in one year, by date. */
export async function listHolidays(year: number) {
  const country = await organisationCountry();
  const rows = await getDb()
    .select({ id: holidays.id, date: holidays.date, name: holidays.name })
    .from(holidays)
    .where(and(eq(holidays.country, country), gte(holidays.date, `${year}-01-01`), lt(holidays.date, `${year + 1}-01-01`)))
    .orderBy(asc(holidays.date));
  return { country, rows };
}

export type HolidayChange = Outcome<{ moved: number }>;

/**
 * Every change to the holiday list recomputes the due dates of open requests in the same transaction, with a
 * timeline entry on each request whose date moved; closed requests keep the dates they were answered against.
 */
async function changeHolidays(actor: Actor, action: string, entityId: string, summary: Record<string, unknown>, change: (tx: Tx, country: string) => Promise<Refusal | null>): Promise<HolidayChange> {
  return withAudit(
    actor,
    async (tx): Promise<HolidayChange> => {
      const refusal = await change(tx, await organisationCountry(tx));
      if (refusal) return refusal;
      const moved = await recomputeOpenDeadlines(tx, actor, await loadClockContext(tx), "the holiday list changed");
      return ok({ moved: moved.length });
    },
    (r) => (r.ok ? { action, entityType: "holiday", entityId, summary: { ...summary, requestsMoved: r.moved } } : []),
  );
}

export async function addHoliday(actor: Actor, input: { date: string; name: string }): Promise<HolidayChange> {
  return changeHolidays(actor, "holiday.add", input.date, { date: input.date }, async (tx, country) => {
    const inserted = await tx.insert(holidays).values({ date: input.date, name: input.name, country }).onConflictDoNothing().returning({ id: holidays.id });
    return inserted.length ? null : refuse("taken", "That date is already a holiday.", "date");
  });
}

export async function removeHoliday(actor: Actor, id: string): Promise<HolidayChange> {
  return changeHolidays(actor, "holiday.remove", id, {}, async (tx, country) => {
    const gone = await tx.delete(holidays).where(and(eq(holidays.id, id), eq(holidays.country, country))).returning({ date: holidays.date });
    return gone.length ? null : refuse("not_found", "That holiday does not exist any more.");
  });
}

/** Fills in Sweden's public holidays and de facto eves for a year; dates already listed are left as they are. */
export async function addSwedishHolidays(actor: Actor, year: number): Promise<Outcome<{ moved: number; added: number }>> {
  let added = 0;
  const result = await changeHolidays(actor, "holiday.add_year", `SE-${year}`, { country: "SE", year }, async (tx, country) => {
    if (country !== "SE") return refuse("conflict", "The organisation's country is not Sweden: add its holidays one by one.");
    added = await insertSwedishHolidays(tx, year);
    return added === 0 ? refuse("conflict", `Every Swedish holiday of ${year} is already listed.`) : null;
  });
  return result.ok ? { ...result, added } : result;
}

/** For the seed and the settings page: inserts the year's Swedish holidays missing from the table. */
export async function insertSwedishHolidays(tx: Tx, year: number): Promise<number> {
  const rows = swedishHolidays(year).map((h) => ({ ...h, country: "SE" }));
  const inserted = await tx.insert(holidays).values(rows).onConflictDoNothing().returning({ id: holidays.id });
  return inserted.length;
}

export async function updateRequestSettings(actor: Actor, input: { pauseWhileVerifying: boolean; closedRetentionYears: number }) {
  return withAudit(
    actor,
    async (tx) => {
      const before = await getRequestSettings(tx);
      const changed = (Object.keys(input) as Array<keyof typeof input>).filter((k) => before[k] !== input[k]);
      if (changed.length === 0) return { changed, before };
      await tx
        .insert(requestSettings)
        .values({ id: 1, ...DEFAULT_REQUEST_SETTINGS, ...input, updatedAt: new Date() })
        .onConflictDoUpdate({ target: requestSettings.id, set: { ...input, updatedAt: new Date() } });
      return { changed, before };
    },
    (r) =>
      r.changed.length
        ? {
            action: "request_settings.update",
            entityType: "request_settings",
            entityId: "1",
            summary: Object.fromEntries(r.changed.map((k) => [k, { from: r.before[k], to: input[k] }])),
          }
        : [],
  );
}
