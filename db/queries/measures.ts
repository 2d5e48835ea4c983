import { and, asc, count, eq, isNull, lt, ne, or, sql, type SQL } from "drizzle-orm";
import { changedFields } from "@/lib/audit/hash";
import { DUPLICATE_NAME_MESSAGE, type MeasureInput } from "@/lib/measures/form-schema";
import type { MeasureKind, MeasureSort, MeasureStatus, ReviewFilter } from "@/lib/measures/labels";
import { reviewCutoffs } from "@/lib/measures/review";
import { getDb, type Tx } from "@/db";
import { activityMeasures, processingActivities, securityMeasures, users } from "@/db/schema";
import { ok, refuse, type Outcome } from "@/lib/outcome";
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

async function nameInUse(tx: Tx, name: string, exceptId?: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: securityMeasures.id })
    .from(securityMeasures)
    .where(and(sql`lower(${securityMeasures.name}) = lower(${name})`, exceptId ? ne(securityMeasures.id, exceptId) : undefined))
    .limit(1);
  return Boolean(row);
}

const nameTaken = () => refuse("taken", DUPLICATE_NAME_MESSAGE, "name");
const GONE = "This measure does not exist any more.";

/** Creates a measure; a name already used (case-insensitive) writes nothing and says so. */
export async function createMeasure(actor: Actor, input: MeasureInput): Promise<Outcome<{ id: string }>> {
  return withAudit(
    actor,
    async (tx): Promise<Outcome<{ id: string }>> => {
      // ON CONFLICT on the lower(name) index also covers two people creating the same name at once.
      const [row] = await tx.insert(securityMeasures).values(input).onConflictDoNothing().returning({ id: securityMeasures.id });
      return row ? ok({ id: row.id }) : nameTaken();
    },
    (r) => (!r.ok ? [] : { action: "measure.create", entityType: MEASURE_ENTITY, entityId: r.id, summary: { kind: input.kind, status: input.status } }),
  );
}

// Enumerated fields whose old and new values are recorded; the rest is audited by name only.
const TRACKED_VALUES = ["kind", "status"] as const;

/** Applies an edit; refused when there is no such measure or its new name is taken. */
export async function updateMeasure(actor: Actor, id: string, input: MeasureInput): Promise<Outcome<{ id: string; changed: string[] }>> {
  const result = await withAudit(
    actor,
    async (tx) => {
      const [before] = await tx.select().from(securityMeasures).where(eq(securityMeasures.id, id)).for("update");
      if (!before) return refuse("not_found", GONE);
      if (input.name.toLowerCase() !== before.name.toLowerCase() && (await nameInUse(tx, input.name, id))) return nameTaken();
      const changed = changedFields(before as unknown as Record<string, unknown>, input as unknown as Record<string, unknown>);
      if (changed.length > 0) await tx.update(securityMeasures).set({ ...input, updatedAt: new Date() }).where(eq(securityMeasures.id, id));
      const values = Object.fromEntries(TRACKED_VALUES.filter((k) => changed.includes(k)).map((k) => [k, { from: before[k], to: input[k] }]));
      return ok({ id, changed, values });
    },
    (r) =>
      r.ok && r.changed.length > 0
        ? { action: "measure.update", entityType: MEASURE_ENTITY, entityId: r.id, summary: { changed: r.changed, ...r.values } }
        : [],
  );
  return result.ok ? ok({ id, changed: result.changed }) : result;
}

/** Records a review on `today`; refused when there is no such measure, `changed: false` when already reviewed today. */
export async function markMeasureReviewed(actor: Actor, id: string, today: string): Promise<Outcome<{ id: string; changed: boolean }>> {
  return withAudit(
    actor,
    async (tx): Promise<Outcome<{ id: string; changed: boolean }>> => {
      const [before] = await tx.select({ lastReviewedOn: securityMeasures.lastReviewedOn }).from(securityMeasures).where(eq(securityMeasures.id, id)).for("update");
      if (!before) return refuse("not_found", GONE);
      if (before.lastReviewedOn === today) return ok({ id, changed: false });
      await tx.update(securityMeasures).set({ lastReviewedOn: today, updatedAt: new Date() }).where(eq(securityMeasures.id, id));
      return ok({ id, changed: true });
    },
    (r) => (r.ok && r.changed ? { action: "measure.review", entityType: MEASURE_ENTITY, entityId: r.id, summary: { changed: ["lastReviewedOn"] } } : []),
  );
}
