import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { changedFields, changedLinks } from "@/lib/audit/hash";
import type { ActivityInput, TransferInput } from "@/lib/inventory/form-schema";
import type { ActivitySort, ArchiveFilter, DpiaStatus, LegalBasis } from "@/lib/inventory/labels";
import { getDb, type Tx } from "@/db";
import {
  activityDataCategories,
  activityMeasures,
  activitySubjectCategories,
  activityTransfers,
  dataCategories,
  processingActivities as pa,
  securityMeasures,
  subjectCategories,
  users,
} from "@/db/schema";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { withAudit, type Actor } from "@/db/queries/audit";
import { likeEscape } from "@/db/sql";

export interface ActivityListParams {
  basis?: LegalBasis;
  dpia?: DpiaStatus;
  special?: boolean;
  search?: string;
  archived: ArchiveFilter;
  sort: ActivitySort;
  page: number;
  pageSize: number;
}

const orderBy: Record<ActivitySort, SQL[]> = {
  name: [asc(sql`lower(${pa.name})`)],
  name_desc: [desc(sql`lower(${pa.name})`)],
  updated: [desc(pa.updatedAt)],
  // Enum order not_needed < needed < in_progress < done: the ones still to act on first.
  dpia: [sql`case ${pa.dpiaStatus} when 'needed' then 0 when 'in_progress' then 1 when 'done' then 2 else 3 end`, asc(pa.name)],
  basis: [sql`${pa.legalBasis} asc nulls first`, asc(pa.name)],
};

const hasSpecial = sql<boolean>`exists (select 1 from ${activityDataCategories} join ${dataCategories} on ${dataCategories.id} = ${activityDataCategories.categoryId} where ${activityDataCategories.activityId} = ${pa.id} and ${dataCategories.special})`;
const categoryCount = sql<number>`(select count(*)::int from ${activityDataCategories} where ${activityDataCategories.activityId} = ${pa.id})`;

// LIKE wildcards typed into the search box are searched for literally.

export async function listActivities(p: ActivityListParams) {
  const where = and(
    p.archived === "active" ? isNull(pa.archivedAt) : p.archived === "archived" ? isNotNull(pa.archivedAt) : undefined,
    p.basis ? eq(pa.legalBasis, p.basis) : undefined,
    p.dpia ? eq(pa.dpiaStatus, p.dpia) : undefined,
    p.special === undefined ? undefined : p.special ? hasSpecial : sql`not ${hasSpecial}`,
    p.search ? ilike(pa.name, `%${likeEscape(p.search)}%`) : undefined,
  );
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: pa.id,
        name: pa.name,
        purposes: sql<string>`left(${pa.purposes}, 140)`,
        legalBasis: pa.legalBasis,
        dpiaStatus: pa.dpiaStatus,
        archivedAt: pa.archivedAt,
        ownerName: users.name,
        categoryCount,
        hasSpecial,
      })
      .from(pa)
      .leftJoin(users, eq(users.id, pa.ownerId))
      .where(where)
      .orderBy(...orderBy[p.sort], asc(pa.id))
      .limit(p.pageSize)
      .offset((p.page - 1) * p.pageSize),
    db.select({ n: count() }).from(pa).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export type ActivityListRow = Awaited<ReturnType<typeof listActivities>>["rows"][number];

export async function getActivityById(id: string) {
  const db = getDb();
  const [[row], dataCats, subjectCats, measures, transfers] = await Promise.all([
    db.select({ activity: pa, ownerName: users.name }).from(pa).leftJoin(users, eq(users.id, pa.ownerId)).where(eq(pa.id, id)).limit(1),
    db
      .select({ id: dataCategories.id, name: dataCategories.name, special: dataCategories.special })
      .from(activityDataCategories)
      .innerJoin(dataCategories, eq(dataCategories.id, activityDataCategories.categoryId))
      .where(eq(activityDataCategories.activityId, id))
      .orderBy(asc(dataCategories.name)),
    db
      .select({ id: subjectCategories.id, name: subjectCategories.name })
      .from(activitySubjectCategories)
      .innerJoin(subjectCategories, eq(subjectCategories.id, activitySubjectCategories.categoryId))
      .where(eq(activitySubjectCategories.activityId, id))
      .orderBy(asc(subjectCategories.name)),
    db
      .select({ id: securityMeasures.id, name: securityMeasures.name, status: securityMeasures.status })
      .from(activityMeasures)
      .innerJoin(securityMeasures, eq(securityMeasures.id, activityMeasures.measureId))
      .where(eq(activityMeasures.activityId, id))
      .orderBy(asc(securityMeasures.name)),
    db
      .select({ id: activityTransfers.id, recipient: activityTransfers.recipient, country: activityTransfers.country, mechanism: activityTransfers.mechanism, safeguards: activityTransfers.safeguards })
      .from(activityTransfers)
      .where(eq(activityTransfers.activityId, id))
      .orderBy(asc(activityTransfers.createdAt), asc(activityTransfers.id)),
  ]);
  if (!row) return null;
  return { ...row.activity, ownerName: row.ownerName, dataCategories: dataCats, subjectCategories: subjectCats, measures, transfers };
}

export type ActivityDetail = NonNullable<Awaited<ReturnType<typeof getActivityById>>>;

/** The choices the activity form offers: both managed lists and the security measures register. */
export async function listActivityFormOptions() {
  const db = getDb();
  const [data, subjects, measures] = await Promise.all([
    db.select({ id: dataCategories.id, name: dataCategories.name, special: dataCategories.special }).from(dataCategories).orderBy(asc(dataCategories.name)),
    db.select({ id: subjectCategories.id, name: subjectCategories.name }).from(subjectCategories).orderBy(asc(subjectCategories.name)),
    db.select({ id: securityMeasures.id, name: securityMeasures.name }).from(securityMeasures).orderBy(asc(securityMeasures.name)),
  ]);
  return { dataCategories: data, subjectCategories: subjects, measures };
}

export type ActivityFormOptions = Awaited<ReturnType<typeof listActivityFormOptions>>;

/** The ids of the special data categories, which decide whether an Art. 9 condition is needed. */
export async function specialCategoryIds(): Promise<Set<string>> {
  const rows = await getDb().select({ id: dataCategories.id }).from(dataCategories).where(eq(dataCategories.special, true));
  return new Set(rows.map((r) => r.id));
}

type ActivityColumns = Omit<ActivityInput, "dataCategoryIds" | "subjectCategoryIds" | "measureIds">;

function splitInput(input: ActivityInput): { columns: ActivityColumns; links: Record<LinkKey, string[]> } {
  const { dataCategoryIds, subjectCategoryIds, measureIds, ...columns } = input;
  return { columns, links: { dataCategoryIds, subjectCategoryIds, measureIds } };
}

type LinkKey = "dataCategoryIds" | "subjectCategoryIds" | "measureIds";

async function readLinks(tx: Tx, activityId: string): Promise<Record<LinkKey, string[]>> {
  const [d, s, m] = await Promise.all([
    tx.select({ id: activityDataCategories.categoryId }).from(activityDataCategories).where(eq(activityDataCategories.activityId, activityId)),
    tx.select({ id: activitySubjectCategories.categoryId }).from(activitySubjectCategories).where(eq(activitySubjectCategories.activityId, activityId)),
    tx.select({ id: activityMeasures.measureId }).from(activityMeasures).where(eq(activityMeasures.activityId, activityId)),
  ]);
  const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();
  return { dataCategoryIds: ids(d), subjectCategoryIds: ids(s), measureIds: ids(m) };
}

/** Replaces the join rows of one activity; runs inside the caller's transaction so links and fields change together. */
async function writeLinks(tx: Tx, activityId: string, links: Record<LinkKey, string[]>, replace: boolean) {
  if (replace) {
    await tx.delete(activityDataCategories).where(eq(activityDataCategories.activityId, activityId));
    await tx.delete(activitySubjectCategories).where(eq(activitySubjectCategories.activityId, activityId));
    await tx.delete(activityMeasures).where(eq(activityMeasures.activityId, activityId));
  }
  if (links.dataCategoryIds.length) await tx.insert(activityDataCategories).values(links.dataCategoryIds.map((categoryId) => ({ activityId, categoryId })));
  if (links.subjectCategoryIds.length) await tx.insert(activitySubjectCategories).values(links.subjectCategoryIds.map((categoryId) => ({ activityId, categoryId })));
  if (links.measureIds.length) await tx.insert(activityMeasures).values(links.measureIds.map((measureId) => ({ activityId, measureId })));
}

const GONE = "This activity does not exist any more.";
const nameTaken = () => refuse("taken", "Another activity already has this name.", "name");

/** Creates an activity with its links; refused when the name is already taken (names are unique, case aside). */
export async function createActivity(actor: Actor, input: ActivityInput): Promise<Outcome<{ id: string }>> {
  const { columns, links } = splitInput(input);
  return withAudit(
    actor,
    async (tx): Promise<Outcome<{ id: string }>> => {
      const [row] = await tx.insert(pa).values(columns).onConflictDoNothing().returning({ id: pa.id });
      if (!row) return nameTaken();
      await writeLinks(tx, row.id, links, false);
      return ok({ id: row.id });
    },
    (row) =>
      row.ok
        ? {
            action: "activity.create",
            entityType: "processing_activity",
            entityId: row.id,
            summary: { legalBasis: input.legalBasis, dpiaStatus: input.dpiaStatus, art9Condition: input.art9Condition, ...links },
          }
        : [],
  );
}

// Enumerated fields whose old and new values say something without revealing personal data.
const TRACKED_VALUES = ["legalBasis", "art9Condition", "dpiaStatus", "coversChat"] as const;

/** Applies an edit, links included. Free text is audited by field name; links by the ids added and removed. */
export async function updateActivity(actor: Actor, id: string, input: ActivityInput): Promise<Outcome<{ changed: string[] }>> {
  const { columns, links } = splitInput(input);
  const result = await withAudit(
    actor,
    async (tx) => {
      const [before] = await tx.select().from(pa).where(eq(pa.id, id)).for("update");
      if (!before) return refuse("not_found", GONE);
      const [clash] = await tx.select({ id: pa.id }).from(pa).where(and(sql`lower(${pa.name}) = lower(${columns.name})`, sql`${pa.id} <> ${id}`)).limit(1);
      if (clash) return nameTaken();
      const beforeLinks = await readLinks(tx, id);
      const changed = changedFields(before as unknown as Record<string, unknown>, columns as unknown as Record<string, unknown>);
      const linkChanges = changedLinks(beforeLinks, links);
      if (changed.length > 0 || Object.keys(linkChanges).length > 0) {
        await tx.update(pa).set({ ...columns, updatedAt: new Date() }).where(eq(pa.id, id));
        await writeLinks(tx, id, links, true);
      }
      const values = Object.fromEntries(TRACKED_VALUES.filter((k) => changed.includes(k)).map((k) => [k, { from: before[k], to: columns[k] }]));
      return ok({ changed: [...changed, ...Object.keys(linkChanges)].sort(), values, linkChanges });
    },
    (r) =>
      r.ok && r.changed.length > 0
        ? { action: "activity.update", entityType: "processing_activity", entityId: id, summary: { changed: r.changed, ...r.values, ...r.linkChanges } }
        : [],
  );
  return result.ok ? ok({ changed: result.changed }) : result;
}

/** Archives (soft) or restores an activity; refused when there is no such activity or it is already in that state. */
export async function setActivityArchived(actor: Actor, id: string, archived: boolean): Promise<Outcome> {
  return withAudit(
    actor,
    async (tx): Promise<Outcome> => {
      const [row] = await tx
        .update(pa)
        .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
        .where(and(eq(pa.id, id), archived ? isNull(pa.archivedAt) : isNotNull(pa.archivedAt)))
        .returning({ id: pa.id });
      return row ? ok() : refuse("not_found", archived ? "This activity is already archived, or gone." : "This activity is not archived, or gone.");
    },
    (r) => (r.ok ? { action: archived ? "activity.archive" : "activity.restore", entityType: "processing_activity", entityId: id } : []),
  );
}

export async function addActivityTransfer(actor: Actor, input: TransferInput): Promise<Outcome<{ id: string }>> {
  return withAudit(
    actor,
    async (tx): Promise<Outcome<{ id: string }>> => {
      const [activity] = await tx.select({ id: pa.id }).from(pa).where(eq(pa.id, input.activityId)).for("update");
      if (!activity) return refuse("not_found", GONE);
      const [row] = await tx.insert(activityTransfers).values(input).returning({ id: activityTransfers.id });
      await tx.update(pa).set({ updatedAt: new Date() }).where(eq(pa.id, input.activityId));
      return ok({ id: row!.id });
    },
    (row) =>
      row.ok
        ? { action: "activity.transfer_add", entityType: "processing_activity", entityId: input.activityId, summary: { transferId: row.id, country: input.country, mechanism: input.mechanism } }
        : [],
  );
}

export async function removeActivityTransfer(actor: Actor, activityId: string, transferId: string): Promise<Outcome> {
  const result = await withAudit(
    actor,
    async (tx) => {
      const [row] = await tx
        .delete(activityTransfers)
        .where(and(eq(activityTransfers.id, transferId), eq(activityTransfers.activityId, activityId)))
        .returning({ id: activityTransfers.id, country: activityTransfers.country, mechanism: activityTransfers.mechanism });
      if (!row) return refuse("not_found", "This transfer was already removed.");
      await tx.update(pa).set({ updatedAt: new Date() }).where(eq(pa.id, activityId));
      return ok({ row });
    },
    (r) =>
      r.ok
        ? { action: "activity.transfer_remove", entityType: "processing_activity", entityId: activityId, summary: { transferId: r.row.id, country: r.row.country, mechanism: r.row.mechanism } }
        : [],
  );
  return result.ok ? ok() : result;
}

/** Whether the given measure ids all exist (a stale form may name one deleted meanwhile). */
export async function countExisting(table: "data" | "subject" | "measure", ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const t = table === "data" ? dataCategories : table === "subject" ? subjectCategories : securityMeasures;
  const [row] = await getDb().select({ n: count() }).from(t).where(inArray(t.id, ids));
  return row?.n ?? 0;
}
