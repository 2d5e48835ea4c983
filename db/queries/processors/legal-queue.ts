import { and, asc, count, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import { emptyChecklist } from "@/lib/processors/review";
import { CURRENT_STATUS, expiringCutoff, IN_REVIEW_STATUS, nextDeadline } from "@/lib/processors/status";
import { getDb } from "@/db";
import { agreementReviewItems, agreementReviews, agreements, processors, subprocessorNotices, users } from "@/db/schema";
import { listPendingNotices } from "./notices";

/**
 * Legal's work queue: agreements waiting for review (oldest request first), current signed agreements
 * whose end or review date falls within 60 days (soonest first), and sub-processor notices awaiting a decision.
 *
 * The agreement part is the SQL twin of `inLegalQueue` (lib/processors/status.ts), which stays the definition:
 * the conditions below are built from its constants and cutoff, and tests/integration/legal-queue-rule.test.ts
 * checks both against the same agreements around every edge. Archived processors are left out on top of the rule.
 */
// Qualified in full so the subqueries cannot mistake it for a column of their own table.
const REVIEW_ID = sql`${sql.identifier("agreement_reviews")}.${sql.identifier("id")}`;

// Functions rather than shared SQL objects, so no two queries ever hold the same fragment.
const currentProcessor = () => isNull(processors.archivedAt);

// inLegalQueue's first half: the agreement is in legal review.
const awaitingReview = () => eq(agreements.status, IN_REVIEW_STATUS);

// isExpiringSoon: a signed agreement that is still current (one past its end is expired, a gap rather than a
// renewal to plan) whose end or review date is on or before the cutoff (a review date already passed included).
function expiringSoon(today: string) {
  const cutoff = expiringCutoff(today);
  return and(
    eq(agreements.status, CURRENT_STATUS),
    or(isNull(agreements.endsOn), gte(agreements.endsOn, today)),
    or(lte(agreements.endsOn, cutoff), lte(agreements.reviewBy, cutoff)),
  );
}

// Kept in step with listPendingNotices: countLegalQueue's test compares it with the list.
const pendingNotice = () => and(eq(subprocessorNotices.decision, "pending"), currentProcessor());

export async function listLegalQueue(today: string) {
  const db = getDb();
  const [waiting, expiring, notices] = await Promise.all([
    db
      .select({
        agreementId: agreements.id,
        title: agreements.title,
        processorId: processors.id,
        processorName: processors.name,
        reviewId: agreementReviews.id,
        startedAt: agreementReviews.startedAt,
        requestedByName: users.name,
        answered: sql<number>`(select count(*)::int from ${agreementReviewItems} where ${agreementReviewItems.reviewId} = ${REVIEW_ID} and ${agreementReviewItems.answer} is not null)`,
        missing: sql<number>`(select count(*)::int from ${agreementReviewItems} where ${agreementReviewItems.reviewId} = ${REVIEW_ID} and ${agreementReviewItems.answer} = 'missing')`,
      })
      .from(agreements)
      .innerJoin(processors, eq(processors.id, agreements.processorId))
      .leftJoin(agreementReviews, and(eq(agreementReviews.agreementId, agreements.id), isNull(agreementReviews.decidedAt)))
      .leftJoin(users, eq(users.id, agreementReviews.requestedBy))
      .where(and(awaitingReview(), currentProcessor()))
      .orderBy(asc(agreementReviews.startedAt), asc(agreements.id)),
    db
      .select({
        agreementId: agreements.id,
        title: agreements.title,
        status: agreements.status,
        endsOn: agreements.endsOn,
        reviewBy: agreements.reviewBy,
        processorId: processors.id,
        processorName: processors.name,
      })
      .from(agreements)
      .innerJoin(processors, eq(processors.id, agreements.processorId))
      .where(and(expiringSoon(today), currentProcessor()))
      .orderBy(sql`least(${agreements.endsOn}, ${agreements.reviewBy}) asc`, asc(agreements.id)),
    listPendingNotices(),
  ]);
  return {
    waiting: waiting.map((w) => ({ ...w, total: Object.keys(emptyChecklist()).length })),
    expiring: expiring.map((e) => ({ ...e, deadline: nextDeadline(e, today)! })),
    notices,
  };
}

export type LegalQueue = Awaited<ReturnType<typeof listLegalQueue>>;

/**
 * How many items the legal queue page lists (agreements waiting or expiring, plus pending notices), for a
 * badge: the same conditions as listLegalQueue, counted in SQL.
 */
export async function countLegalQueue(today: string): Promise<number> {
  const db = getDb();
  const [[queued], [notices]] = await Promise.all([
    db
      .select({ n: count() })
      .from(agreements)
      .innerJoin(processors, eq(processors.id, agreements.processorId))
      .where(and(or(awaitingReview(), expiringSoon(today)), currentProcessor())),
    db
      .select({ n: count() })
      .from(subprocessorNotices)
      .innerJoin(processors, eq(processors.id, subprocessorNotices.processorId))
      .where(pendingNotice()),
  ]);
  return (queued?.n ?? 0) + (notices?.n ?? 0);
}
