import { eq } from "drizzle-orm";
import { changedFields } from "@/lib/audit/hash";
import type { OrganisationSettings } from "@/lib/organisation/details";
import type { OrganisationInput } from "@/lib/organisation/schema";
import { getDb, type DbOrTx } from "@/db";
import { organisation } from "@/db/schema";
import { ok } from "@/lib/outcome";
import { withAudit, type Actor } from "@/db/queries/audit";
import { loadClockContext, recomputeOpenDeadlines } from "@/db/queries/requests";

const ORGANISATION_ID = 1;

const organisationColumns = {
  controllerName: organisation.controllerName,
  address: organisation.address,
  contactEmail: organisation.contactEmail,
  contactPhone: organisation.contactPhone,
  dpoName: organisation.dpoName,
  dpoEmail: organisation.dpoEmail,
  dpoPhone: organisation.dpoPhone,
  representative: organisation.representative,
  country: organisation.country,
  timeZone: organisation.timeZone,
  updatedAt: organisation.updatedAt,
};

export type StoredOrganisation = OrganisationSettings & { updatedAt: Date };

/**
 * The organisation's row, or null before the first save on an installation that was never seeded. The one
 * read of it: every reader (time zone, legal clock, letters, record snapshot) comes here, passing its
 * transaction when it needs to see a change made in it.
 */
export async function getOrganisation(db: DbOrTx = getDb()): Promise<StoredOrganisation | null> {
  const [row] = await db.select(organisationColumns).from(organisation).where(eq(organisation.id, ORGANISATION_ID)).limit(1);
  return row ?? null;
}

/**
 * Saves the organisation settings. The audit entry names the fields that changed, never their
 * values: addresses and phone numbers of people are personal data. A save that changes nothing
 * writes nothing.
 */
export async function updateOrganisation(actor: Actor, input: OrganisationInput): Promise<{ ok: true; changed: string[]; movedDeadlines: number }> {
  const saved = await withAudit(
    actor,
    async (tx) => {
      // Locked so two saves at once cannot both compute their changes against the same old row.
      const [before] = await tx.select(organisationColumns).from(organisation).where(eq(organisation.id, ORGANISATION_ID)).for("update");
      if (!before) {
        await tx.insert(organisation).values({ id: ORGANISATION_ID, ...input });
        return { changed: Object.keys(input).sort(), movedDeadlines: 0 };
      }
      const changed = changedFields(before, input);
      let movedDeadlines = 0;
      if (changed.length > 0) {
        await tx.update(organisation).set({ ...input, updatedAt: new Date() }).where(eq(organisation.id, ORGANISATION_ID));
        // Request deadlines are counted in the organisation's time zone, with its country's holidays.
        if (changed.includes("timeZone") || changed.includes("country")) {
          const moved = await recomputeOpenDeadlines(tx, actor, await loadClockContext(tx), "the organisation's time zone or country changed");
          movedDeadlines = moved.length;
        }
      }
      return { changed, movedDeadlines };
    },
    ({ changed, movedDeadlines }) =>
      changed.length === 0
        ? []
        : {
            action: "organisation.update",
            entityType: "organisation",
            entityId: String(ORGANISATION_ID),
            summary: movedDeadlines ? { fields: changed, requestDeadlinesMoved: movedDeadlines } : { fields: changed },
          },
  );
  return ok(saved);
}
