import { and, asc, count, eq, isNull, lt, ne, or, sql, type SQL } from "drizzle-orm";
import { changedFields } from "@/lib/audit/hash";
import type { MeasureInput } from "@/lib/measures/form-schema";
import type { MeasureKind, MeasureSort, MeasureStatus, ReviewFilter } from "@/lib/measures/labels";
import { reviewCutoffs } from "@/lib/measures/review";
import { getDb, type Tx } from "../index";
import { activityMeasures, processingActivities, securityMeasures, users } from "../schema";
import { listEntityHistory, withAudit, type Actor } from "@/db/queries/audit";

export const MEASURE_ENTITY = "security_measure";

export interface MeasureListParams {
  kind?: MeasureKind;
  status?: MeasureStatus;
  ownerId?: string;
  review?: ReviewFilter;
  // The organisation's today, "YYYY-MM-DD": the review filters count from it.
  today: string;
  sort: MeasureSort;
  page: number;
  pageSize: number;
}

const byName = sql`lower(${securityMeasures.name})`;
const orderBy: Record<MeasureSort, SQL[]> = {
  name: [asc(byName)],
  // Enum order: planned, in place, needs improvement, retired.
  status: [asc(securityMeasures.status), asc(byName)],
  // Never reviewed first: those need attention most.
  reviewed: [sql`${securityMeasures.lastReviewedOn} asc nulls first`, asc(byName)],
};

function reviewWhere(review: ReviewFilter | undefined, today: string): SQL | undefined {
  if (!review) return undefined;
  const { overdueBefore, dueBefore } = reviewCutoffs(today);
  if (review === "overdue") return or(isNull(securityMeasures.lastReviewedOn), lt(securityMeasures.lastReviewedOn, overdueBefore));
  return and(sql`${securityMeasures.lastReviewedOn} >= ${overdueBefore}`, lt(securityMeasures.lastReviewedOn, dueBefore));
}

export async function listMeasures(p: MeasureListParams) {
  const where = and(
    p.kind ? eq(securityMeasures.kind, p.kind) : undefined,
    p.status ? eq(securityMeasures.status, p.status) : undefined,
    p.ownerId ? eq(securityMeasures.ownerId, p.ownerId) : undefined,
    reviewWhere(p.review, p.today),
  );
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: securityMeasures.id,
        name: securityMeasures.name,
        kind: securityMeasures.kind,
        status: securityMeasures.status,
        lastReviewedOn: securityMeasures.lastReviewedOn,
        ownerName: users.name,
        activityCount: sql<number>`(select count(*)::int from ${activityMeasures} where ${activityMeasures.measureId} = ${securityMeasures.id})`,
      })
      .from(securityMeasures)
      .leftJoin(users, eq(users.id, securityMeasures.ownerId))
      .where(where)
      .orderBy(...orderBy[p.sort], asc(securityMeasures.id))
      .limit(p.pageSize)
      .offset((p.page - 1) * p.pageSize),
    db.select({ n: count() }).from(securityMeasures).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r, activityCount: Number(r.activityCount) })), total: total?.n ?? 0 };
}

export type MeasureListRow = Awaited<ReturnType<typeof listMeasures>>["rows"][number];

export async function getMeasureById(id: string) {
  const [row] = await getDb()
    .select({ measure: securityMeasures, ownerName: users.name })
    .from(securityMeasures)
    .leftJoin(users, eq(users.id, securityMeasures.ownerId))
    .where(eq(securityMeasures.id, id))
    .limit(1);
  return row ? { ...row.measure, ownerName: row.ownerName } : null;
}

/** The processing activities this measure protects (linked from the activity's side). */
export async function listMeasureActivities(measureId: string) {
  return getDb()
    .select({ id: processingActivities.id, name: processingActivities.name, archivedAt: processingActivities.archivedAt })
    .from(activityMeasures)
    .innerJoin(processingActivities, eq(processingActivities.id, activityMeasures.activityId))
    .where(eq(activityMeasures.measureId, measureId))
    .orderBy(asc(processingActivities.name));
}

export function listMeasureAuditEvents(measureId: string) {
  return listEntityHistory(MEASURE_ENTITY, measureId);
}

async function nameTaken(tx: Tx, name: string, exceptId?: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: securityMeasures.id })
    .from(securityMeasures)
    .where(and(sql`lower(${securityMeasures.name}) = lower(${name})`, exceptId ? ne(securityMeasures.id, exceptId) : undefined))
    .limit(1);
  return Boolean(row);
}

export type MeasureWriteResult = { id: string; duplicate?: false } | { duplicate: true };

/** Creates a measure; a name already used (case-insensitive) writes nothing and says so. */
export async function createMeasure(actor: Actor, input: MeasureInput): Promise<MeasureWriteResult> {
  return withAudit(
    actor,
    async (tx): Promise<MeasureWriteResult> => {
      // ON CONFLICT on the lower(name) index also covers two people creating the same name at once.
      const [row] = await tx.insert(securityMeasures).values(input).onConflictDoNothing().returning({ id: securityMeasures.id });
      return row ? { id: row.id } : { duplicate: true };
    },
    (r) => (r.duplicate ? [] : { action: "measure.create", entityType: MEASURE_ENTITY, entityId: r.id, summary: { kind: input.kind, status: input.status } }),
  );
}

// Enumerated fields whose old and new values are recorded; the rest is audited by name only.
const TRACKED_VALUES = ["kind", "status"] as const;

/** Applies an edit; null when there is no such measure. */
export async function updateMeasure(actor: Actor, id: string, input: MeasureInput) {
  return withAudit(
    actor,
    async (tx) => {
      const [before] = await tx.select().from(securityMeasures).where(eq(securityMeasures.id, id)).for("update");
      if (!before) return null;
      if (input.name.toLowerCase() !== before.name.toLowerCase() && (await nameTaken(tx, input.name, id))) return { duplicate: true as const };
      const changed = changedFields(before as unknown as Record<string, unknown>, input as unknown as Record<string, unknown>);
      if (changed.length > 0) await tx.update(securityMeasures).set({ ...input, updatedAt: new Date() }).where(eq(securityMeasures.id, id));
      const values = Object.fromEntries(TRACKED_VALUES.filter((k) => changed.includes(k)).map((k) => [k, { from: before[k], to: input[k] }]));
      return { duplicate: false as const, id, changed, values };
    },
    (r) =>
      r && !r.duplicate && r.changed.length > 0
        ? { action: "measure.update", entityType: MEASURE_ENTITY, entityId: r.id, summary: { changed: r.changed, ...r.values } }
        : [],
  );
}

/** Records a review on `today`; null when there is no such measure, `changed: false` when already reviewed today. */
export async function markMeasureReviewed(actor: Actor, id: string, today: string) {
  return withAudit(
    actor,
    async (tx) => {
      const [before] = await tx.select({ lastReviewedOn: securityMeasures.lastReviewedOn }).from(securityMeasures).where(eq(securityMeasures.id, id)).for("update");
      if (!before) return null;
      if (before.lastReviewedOn === today) return { id, changed: false };
      await tx.update(securityMeasures).set({ lastReviewedOn: today, updatedAt: new Date() }).where(eq(securityMeasures.id, id));
      return { id, changed: true };
    },
    (r) => (r?.changed ? { action: "measure.review", entityType: MEASURE_ENTITY, entityId: r.id, summary: { changed: ["lastReviewedOn"] } } : []),
  );
}
