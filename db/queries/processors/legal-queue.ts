import { and, asc, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import { emptyChecklist } from "@/lib/processors/review";
import { expiringCutoff, nextDeadline } from "@/lib/processors/status";
import { getDb } from "../..";
import { agreementReviewItems, agreementReviews, agreements, processors, users } from "../../schema";
import { listPendingNotices } from "./notices";

/**
 * Legal's work queue: agreements waiting for review (oldest request first), current signed agreements
 * whose end or review date falls within 60 days (soonest first), and sub-processor notices awaiting a decision.
 */
// Qualified in full so the subqueries cannot mistake it for a column of their own table.
const REVIEW_ID = sql`${sql.identifier("agreement_reviews")}.${sql.identifier("id")}`;

export async function listLegalQueue(today: string) {
  const db = getDb();
  const cutoff = expiringCutoff(today);
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
      .where(and(eq(agreements.status, "in_legal_review"), isNull(processors.archivedAt)))
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
      .where(
        and(
          eq(agreements.status, "signed"),
          isNull(processors.archivedAt),
          // Still current (an agreement past its end is expired, a gap rather than a renewal to plan)...
          or(isNull(agreements.endsOn), gte(agreements.endsOn, today)),
          // ...and its end or review date within the window (a review date already passed included).
          or(lte(agreements.endsOn, cutoff), lte(agreements.reviewBy, cutoff)),
        ),
      )
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
