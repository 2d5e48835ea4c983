import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { computeGaps, countByKind, type GapKindCount } from "@/lib/gaps/compute";
import type { Gap, GapActivity, GapInputs, GapKind, GapProcessor } from "@/lib/gaps/types";
import type { MeasureStatus } from "@/lib/measures/labels";
import { getDb } from "@/db";
import {
  activityDataCategories,
  activityMeasures,
  activityTransfers,
  agreementReviewItems,
  agreementReviews,
  agreements,
  dataCategories,
  processingActivities as pa,
  processorActivities,
  processors as p,
  processorSubProcessors,
  retentionRules,
  securityMeasures,
} from "@/db/schema";

// Written out in full: drizzle leaves columns unqualified in single-table queries, and inside a subquery an
// unqualified "id" would name the subquery's own table.
const ACTIVITY_ID = sql`${sql.identifier("processing_activities")}.${sql.identifier("id")}`;

// Aggregated per activity in SQL; enum arrays are cast to text[] so both drivers hand back plain string arrays.
const specialCategories = sql<string[]>`coalesce((
  select array_agg(${dataCategories.name} order by ${dataCategories.name})
  from ${activityDataCategories} join ${dataCategories} on ${dataCategories.id} = ${activityDataCategories.categoryId}
  where ${activityDataCategories.activityId} = ${ACTIVITY_ID} and ${dataCategories.special}
), '{}'::text[])`;
const measureStatuses = sql<MeasureStatus[]>`coalesce((
  select array_agg(${securityMeasures.status}::text)
  from ${activityMeasures} join ${securityMeasures} on ${securityMeasures.id} = ${activityMeasures.measureId}
  where ${activityMeasures.activityId} = ${ACTIVITY_ID}
), '{}'::text[])`;
// The review that approved an agreement is its latest approved one (a later review re-approving it replaces it).
const latestApproval = sql`${agreementReviews.decidedAt} = (
  select max(r2.decided_at) from ${agreementReviews} r2
  where r2.agreement_id = ${agreementReviews.agreementId} and r2.decision = 'approved'
)`;
const retentionRuleCount = sql<number>`(select count(*)::int from ${retentionRules} where ${retentionRules.activityId} = ${ACTIVITY_ID})`;

/**
 * Everything the gap rules read, in seven set-based queries run together (no query per activity or
 * processor). Archived activities and processors are left out here; the rules ignore them as well.
 */
export async function loadGapInputs(): Promise<GapInputs> {
  const db = getDb();
  const [activityRows, transferRows, processorRows, linkRows, agreementRows, subRows, acceptedRows] = await Promise.all([
    db
      .select({
        id: pa.id,
        name: pa.name,
        legalBasis: pa.legalBasis,
        art9Condition: pa.art9Condition,
        retention: pa.retention,
        coversChat: pa.coversChat,
        dpiaStatus: pa.dpiaStatus,
        specialCategories,
        measureStatuses,
        retentionRuleCount,
      })
      .from(pa)
      .where(isNull(pa.archivedAt))
      .orderBy(asc(pa.name)),
    db
      .select({ activityId: activityTransfers.activityId, id: activityTransfers.id, recipient: activityTransfers.recipient, country: activityTransfers.country, mechanism: activityTransfers.mechanism })
      .from(activityTransfers)
      .innerJoin(pa, eq(pa.id, activityTransfers.activityId))
      .where(isNull(pa.archivedAt))
      .orderBy(asc(activityTransfers.createdAt), asc(activityTransfers.id)),
    db
      .select({ id: p.id, name: p.name, country: p.country, transferMechanism: p.transferMechanism, tiaDate: p.tiaDate })
      .from(p)
      .where(isNull(p.archivedAt))
      .orderBy(asc(p.name)),
    db
      .select({ processorId: processorActivities.processorId, id: pa.id, name: pa.name, archivedAt: pa.archivedAt })
      .from(processorActivities)
      .innerJoin(pa, eq(pa.id, processorActivities.activityId))
      .innerJoin(p, eq(p.id, processorActivities.processorId))
      .where(isNull(p.archivedAt))
      .orderBy(asc(pa.name)),
    db
      .select({ processorId: agreements.processorId, id: agreements.id, title: agreements.title, status: agreements.status, startsOn: agreements.startsOn, endsOn: agreements.endsOn, reviewBy: agreements.reviewBy })
      .from(agreements)
      .innerJoin(p, eq(p.id, agreements.processorId))
      .where(isNull(p.archivedAt))
      .orderBy(asc(agreements.createdAt), asc(agreements.id)),
    db
      .select({ processorId: processorSubProcessors.processorId, id: processorSubProcessors.id, name: processorSubProcessors.name, country: processorSubProcessors.country, transferMechanism: processorSubProcessors.transferMechanism })
      .from(processorSubProcessors)
      .innerJoin(p, eq(p.id, processorSubProcessors.processorId))
      .where(isNull(p.archivedAt))
      .orderBy(asc(processorSubProcessors.name), asc(processorSubProcessors.id)),
    db
      .select({ agreementId: agreementReviews.agreementId, item: agreementReviewItems.item })
      .from(agreementReviewItems)
      .innerJoin(agreementReviews, eq(agreementReviews.id, agreementReviewItems.reviewId))
      .where(and(eq(agreementReviews.decision, "approved"), eq(agreementReviewItems.answer, "risk_accepted"), latestApproval))
      .orderBy(asc(agreementReviewItems.item)),
  ]);

  const byParent = <T extends Record<K, string>, K extends string>(rows: T[], key: K) => {
    const map = new Map<string, T[]>();
    for (const r of rows) map.set(r[key], [...(map.get(r[key]) ?? []), r]);
    return map;
  };
  const transfers = byParent(transferRows, "activityId");
  const links = byParent(linkRows, "processorId");
  const agreementsOf = byParent(agreementRows, "processorId");
  const subs = byParent(subRows, "processorId");
  const accepted = byParent(acceptedRows, "agreementId");

  const activities: GapActivity[] = activityRows.map((a) => ({
    ...a,
    archived: false,
    retentionRuleCount: Number(a.retentionRuleCount),
    transfers: (transfers.get(a.id) ?? []).map(({ id, recipient, country, mechanism }) => ({ id, recipient, country, mechanism })),
  }));
  const processors: GapProcessor[] = processorRows.map((r) => ({
    ...r,
    archived: false,
    activities: (links.get(r.id) ?? []).map((l) => ({ id: l.id, name: l.name, archived: l.archivedAt !== null })),
    agreements: (agreementsOf.get(r.id) ?? []).map(({ id, title, status, startsOn, endsOn, reviewBy }) => ({
      id, title, status, startsOn, endsOn, reviewBy,
      acceptedWithout: (accepted.get(id) ?? []).map((a) => a.item),
    })),
    subProcessors: (subs.get(r.id) ?? []).map(({ id, name, country, transferMechanism }) => ({ id, name, country, transferMechanism })),
  }));
  return { activities, processors };
}

/** The gaps of the record on `today` (the organisation's date), optionally of one kind. */
export async function listGaps(params: { today: string; kind?: GapKind }): Promise<{ gaps: Gap[]; counts: GapKindCount[]; total: number }> {
  const all = computeGaps(await loadGapInputs(), params.today);
  const counts = countByKind(all);
  return { gaps: params.kind ? all.filter((g) => g.kind === params.kind) : all, counts, total: all.length };
}

/**
 * Gaps counted by kind for the overview: every kind in a fixed order (zeros included), each with how
 * many are of high severity. `today` is the organisation's date (todayIn(getTimeZone())).
 */
export async function countGapsByKind(today: string): Promise<GapKindCount[]> {
  return countByKind(computeGaps(await loadGapInputs(), today));
}

export type { Gap, GapKind, GapKindCount };
