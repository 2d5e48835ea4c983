import { eq } from "drizzle-orm";
import { changedFields } from "@/lib/audit/hash";
import type { OrganisationInput } from "@/lib/organisation/schema";
import { getDb } from "../index";
import { organisation } from "../schema";
import { withAudit, type Actor } from "@/db/queries/audit";
import { loadClockContext, recomputeOpenDeadlines } from "@/db/queries/requests";

const ORGANISATION_ID = 1;

// Who the controller and its DPO are: what the record, the notice and the breach report print.
export const organisationDetailColumns = {
  controllerName: organisation.controllerName,
  address: organisation.address,
  contactEmail: organisation.contactEmail,
  contactPhone: organisation.contactPhone,
  dpoName: organisation.dpoName,
  dpoEmail: organisation.dpoEmail,
  dpoPhone: organisation.dpoPhone,
  representative: organisation.representative,
  country: organisation.country,
};

const organisationColumns = { ...organisationDetailColumns, timeZone: organisation.timeZone, updatedAt: organisation.updatedAt };

/** The controller's details, or null before the first save on an installation that was never seeded. */
export async function getOrganisation() {
  const [row] = await getDb().select(organisationColumns).from(organisation).where(eq(organisation.id, ORGANISATION_ID)).limit(1);
  return row ?? null;
}

export type OrganisationSettings = NonNullable<Awaited<ReturnType<typeof getOrganisation>>>;

/**
 * Saves the organisation settings. The audit entry names the fields that changed, never their
 * values: addresses and phone numbers of people are personal data. A save that changes nothing
 * writes nothing.
 */
export async function updateOrganisation(actor: Actor, input: OrganisationInput): Promise<{ changed: string[]; movedDeadlines: number }> {
  return withAudit(
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
}
