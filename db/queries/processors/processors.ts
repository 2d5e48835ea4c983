import { and, asc, count, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { changedFields, changedLinks } from "@/lib/audit/hash";
import type { ProcessorInput } from "@/lib/processors/form-schema";
import { processorAgreementStatus, effectiveStatus } from "@/lib/processors/status";
import { getDb, type Tx } from "@/db";
import { agreements, dataCategories, processingActivities, processorActivities, processorDataCategories, processors as p, processorSubProcessors } from "@/db/schema";
import { withAudit } from "@/db/queries/audit";
import type { ActingUser } from "@/lib/auth/roles";
import { ok, refuse, type Outcome, type Refusal } from "@/lib/outcome";
import { actorFor, forbidden, permitted, PROCESSOR_ENTITY } from "./access";

export async function getProcessorById(id: string) {
  const db = getDb();
  const [[row], activities, categories, subProcessors] = await Promise.all([
    db.select().from(p).where(eq(p.id, id)).limit(1),
    db
      .select({ id: processingActivities.id, name: processingActivities.name, archivedAt: processingActivities.archivedAt })
      .from(processorActivities)
      .innerJoin(processingActivities, eq(processingActivities.id, processorActivities.activityId))
      .where(eq(processorActivities.processorId, id))
      .orderBy(asc(processingActivities.name)),
    db
      .select({ id: dataCategories.id, name: dataCategories.name, special: dataCategories.special })
      .from(processorDataCategories)
      .innerJoin(dataCategories, eq(dataCategories.id, processorDataCategories.categoryId))
      .where(eq(processorDataCategories.processorId, id))
      .orderBy(asc(dataCategories.name)),
    db
      .select({
        id: processorSubProcessors.id,
        name: processorSubProcessors.name,
        service: processorSubProcessors.service,
        country: processorSubProcessors.country,
        transferMechanism: processorSubProcessors.transferMechanism,
        addedOn: processorSubProcessors.addedOn,
      })
      .from(processorSubProcessors)
      .where(eq(processorSubProcessors.processorId, id))
      .orderBy(asc(sql`lower(${processorSubProcessors.name})`), asc(processorSubProcessors.id)),
  ]);
  if (!row) return null;
  return { ...row, activities, dataCategories: categories, subProcessors };
}

export type ProcessorDetail = NonNullable<Awaited<ReturnType<typeof getProcessorById>>>;

/** The processor form's choices: current activities of the record and the managed data categories. */
export async function listProcessorFormOptions() {
  const db = getDb();
  const [activities, categories] = await Promise.all([
    db.select({ id: processingActivities.id, name: processingActivities.name }).from(processingActivities).where(isNull(processingActivities.archivedAt)).orderBy(asc(processingActivities.name)),
    db.select({ id: dataCategories.id, name: dataCategories.name, special: dataCategories.special }).from(dataCategories).orderBy(asc(dataCategories.name)),
  ]);
  return { activities, dataCategories: categories };
}

export type ProcessorFormOptions = Awaited<ReturnType<typeof listProcessorFormOptions>>;

/** The processors an activity's data goes to, with the status of their best agreement: for the activity's page. */
export async function listProcessorsForActivity(activityId: string, today: string) {
  const db = getDb();
  const rows = await db
    .select({ id: p.id, name: p.name, service: p.service, country: p.country, transferMechanism: p.transferMechanism, archivedAt: p.archivedAt })
    .from(processorActivities)
    .innerJoin(p, eq(p.id, processorActivities.processorId))
    .where(eq(processorActivities.activityId, activityId))
    .orderBy(asc(sql`lower(${p.name})`));
  if (rows.length === 0) return [];
  const agreementRows = await db
    .select({ processorId: agreements.processorId, status: agreements.status, endsOn: agreements.endsOn })
    .from(agreements)
    .where(inArray(agreements.processorId, rows.map((r) => r.id)));
  return rows.map((r) => ({
    ...r,
    agreementStatus: processorAgreementStatus(agreementRows.filter((a) => a.processorId === r.id).map((a) => effectiveStatus(a, today))),
  }));
}

type LinkKey = "activityIds" | "dataCategoryIds";
type Columns = Omit<ProcessorInput, LinkKey>;

function split(input: ProcessorInput): { columns: Columns; links: Record<LinkKey, string[]> } {
  const { activityIds, dataCategoryIds, ...columns } = input;
  return { columns, links: { activityIds, dataCategoryIds } };
}

/** A form left open while the record changes may name an activity or category that is gone (or archived). */
async function staleLink(tx: Tx, links: Record<LinkKey, string[]>, current: Record<LinkKey, string[]> = { activityIds: [], dataCategoryIds: [] }): Promise<LinkKey | null> {
  // An archived activity already linked may stay linked; a new link needs a current one.
  const newActivities = links.activityIds.filter((id) => !current.activityIds.includes(id));
  if (newActivities.length) {
    const [row] = await tx.select({ n: count() }).from(processingActivities).where(and(inArray(processingActivities.id, newActivities), isNull(processingActivities.archivedAt)));
    if ((row?.n ?? 0) !== newActivities.length) return "activityIds";
  }
  if (links.dataCategoryIds.length) {
    const [row] = await tx.select({ n: count() }).from(dataCategories).where(inArray(dataCategories.id, links.dataCategoryIds));
    if ((row?.n ?? 0) !== links.dataCategoryIds.length) return "dataCategoryIds";
  }
  return null;
}

async function readLinks(tx: Tx, processorId: string): Promise<Record<LinkKey, string[]>> {
  const [a, d] = await Promise.all([
    tx.select({ id: processorActivities.activityId }).from(processorActivities).where(eq(processorActivities.processorId, processorId)),
    tx.select({ id: processorDataCategories.categoryId }).from(processorDataCategories).where(eq(processorDataCategories.processorId, processorId)),
  ]);
  return { activityIds: a.map((r) => r.id).sort(), dataCategoryIds: d.map((r) => r.id).sort() };
}

async function writeLinks(tx: Tx, processorId: string, links: Record<LinkKey, string[]>, replace: boolean) {
  if (replace) {
    await tx.delete(processorActivities).where(eq(processorActivities.processorId, processorId));
    await tx.delete(processorDataCategories).where(eq(processorDataCategories.processorId, processorId));
  }
  if (links.activityIds.length) await tx.insert(processorActivities).values(links.activityIds.map((activityId) => ({ processorId, activityId })));
  if (links.dataCategoryIds.length) await tx.insert(processorDataCategories).values(links.dataCategoryIds.map((categoryId) => ({ processorId, categoryId })));
}

type ProcessorOutcome = Outcome<{ id: string; changed: string[] }>;

const NAME_TAKEN = () => refuse("taken", "Another processor already has this name.", "name");

// A form left open while someone edits the record or the lists may name a choice that is gone.
const STALE: Record<LinkKey, string> = {
  activityIds: "A chosen activity no longer exists or was archived. Reload the page.",
  dataCategoryIds: "A chosen data category no longer exists. Reload the page.",
};
const staleChoice = (field: LinkKey): Refusal => refuse("invalid", STALE[field], field);

// Enumerated fields whose old and new values say something without revealing personal data.
const TRACKED_VALUES = ["country", "transferMechanism", "tiaDate", "riskRating"] as const;

export async function createProcessor(user: ActingUser, input: ProcessorInput): Promise<ProcessorOutcome> {
  if (!permitted(user, "processors:write")) return forbidden();
  const { columns, links } = split(input);
  return withAudit(
    actorFor(user),
    async (tx): Promise<ProcessorOutcome> => {
      const stale = await staleLink(tx, links);
      if (stale) return staleChoice(stale);
      const [row] = await tx.insert(p).values(columns).onConflictDoNothing().returning({ id: p.id });
      if (!row) return NAME_TAKEN();
      await writeLinks(tx, row.id, links, false);
      return ok({ id: row.id, changed: [] });
    },
    (r) =>
      r.ok
        ? {
            action: "processor.create",
            entityType: PROCESSOR_ENTITY,
            entityId: r.id,
            summary: { country: input.country, transferMechanism: input.transferMechanism, riskRating: input.riskRating, ...links },
          }
        : [],
  );
}

/** Applies an edit, links included. Free text is audited by field name; links by the ids added and removed. */
export async function updateProcessor(user: ActingUser, id: string, input: ProcessorInput): Promise<ProcessorOutcome> {
  if (!permitted(user, "processors:write")) return forbidden();
  const { columns, links } = split(input);
  const result = await withAudit(
    actorFor(user),
    async (tx) => {
      const [before] = await tx.select().from(p).where(eq(p.id, id)).for("update");
      if (!before) return refuse("not_found", "This processor does not exist any more.");
      const [clash] = await tx.select({ id: p.id }).from(p).where(and(sql`lower(${p.name}) = lower(${columns.name})`, sql`${p.id} <> ${id}`)).limit(1);
      if (clash) return NAME_TAKEN();
      const beforeLinks = await readLinks(tx, id);
      const stale = await staleLink(tx, links, beforeLinks);
      if (stale) return staleChoice(stale);
      const changed = changedFields(before as unknown as Record<string, unknown>, columns as unknown as Record<string, unknown>);
      const linkChanges = changedLinks(beforeLinks, links);
      if (changed.length > 0 || Object.keys(linkChanges).length > 0) {
        await tx.update(p).set({ ...columns, updatedAt: new Date() }).where(eq(p.id, id));
        await writeLinks(tx, id, links, true);
      }
      const values = Object.fromEntries(TRACKED_VALUES.filter((k) => changed.includes(k)).map((k) => [k, { from: before[k], to: columns[k] }]));
      return ok({ id, changed: [...changed, ...Object.keys(linkChanges)].sort(), values, linkChanges });
    },
    (r) =>
      r.ok && r.changed.length > 0
        ? { action: "processor.update", entityType: PROCESSOR_ENTITY, entityId: id, summary: { changed: r.changed, ...r.values, ...r.linkChanges } }
        : [],
  );
  return result.ok ? ok({ id, changed: result.changed }) : result;
}

/** Archives (soft) or restores a processor; its agreements and history stay. */
export async function setProcessorArchived(user: ActingUser, id: string, archived: boolean): Promise<Outcome> {
  if (!permitted(user, "processors:write")) return forbidden();
  return withAudit(
    actorFor(user),
    async (tx): Promise<Outcome> => {
      const [row] = await tx
        .update(p)
        .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
        .where(and(eq(p.id, id), archived ? isNull(p.archivedAt) : isNotNull(p.archivedAt)))
        .returning({ id: p.id });
      return row ? ok() : refuse("not_found", archived ? "This processor is already archived, or gone." : "This processor is not archived, or gone.");
    },
    (r) => (r.ok ? { action: archived ? "processor.archive" : "processor.restore", entityType: PROCESSOR_ENTITY, entityId: id } : []),
  );
}

/** Whether a processor exists (for pages nested under it). */
export async function getProcessorName(id: string) {
  const [row] = await getDb().select({ id: p.id, name: p.name, archivedAt: p.archivedAt }).from(p).where(eq(p.id, id)).limit(1);
  return row ?? null;
}
