import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { acceptedRisks, answerField, changedRiskAcceptances, checklistProgress, CHECKLIST_ITEMS, decisionProblems, emptyChecklist, type Checklist } from "@/lib/processors/review";
import type { ReviewInput } from "@/lib/processors/review-schema";
import { getDb } from "@/db";
import { agreementFiles, agreementReviewItems, agreementReviews, agreements, processors, users } from "@/db/schema";
import { withAudit } from "@/db/queries/audit";
import type { ActingUser } from "@/lib/auth/roles";
import { ok, refuse, type Outcome } from "@/lib/outcome";
import { actorFor, forbidden, permitted, PROCESSOR_ENTITY } from "./access";

/** An agreement with every review of it (the open one first), each with its checklist and the file version it covers. */
export async function getAgreementReviews(processorId: string, agreementId: string) {
  const db = getDb();
  const [row] = await db
    .select({ agreement: agreements, processorName: processors.name })
    .from(agreements)
    .innerJoin(processors, eq(processors.id, agreements.processorId))
    .where(and(eq(agreements.id, agreementId), eq(agreements.processorId, processorId)))
    .limit(1);
  if (!row) return null;
  const requester = db.$with("requester").as(db.select({ id: users.id, name: users.name }).from(users));
  const reviews = await db
    .with(requester)
    .select({
      id: agreementReviews.id,
      startedAt: agreementReviews.startedAt,
      decidedAt: agreementReviews.decidedAt,
      decision: agreementReviews.decision,
      summary: agreementReviews.summary,
      reviewerName: users.name,
      requestedByName: requester.name,
      fileId: agreementFiles.id,
      fileVersion: agreementFiles.version,
      fileName: agreementFiles.fileName,
      fileSha256: agreementFiles.sha256,
    })
    .from(agreementReviews)
    .leftJoin(users, eq(users.id, agreementReviews.reviewerId))
    .leftJoin(requester, eq(requester.id, agreementReviews.requestedBy))
    .leftJoin(agreementFiles, eq(agreementFiles.id, agreementReviews.fileId))
    .where(eq(agreementReviews.agreementId, agreementId))
    .orderBy(desc(agreementReviews.startedAt), desc(agreementReviews.id));
  const items = reviews.length
    ? await db.select().from(agreementReviewItems).where(inArray(agreementReviewItems.reviewId, reviews.map((r) => r.id))).orderBy(asc(agreementReviewItems.item))
    : [];
  const withChecklists = reviews.map((r) => {
    const checklist = emptyChecklist();
    for (const i of items.filter((x) => x.reviewId === r.id)) checklist[i.item] = { answer: i.answer, note: i.note, clauseReference: i.clauseReference };
    return { ...r, checklist, progress: checklistProgress(checklist) };
  });
  return {
    agreement: { ...row.agreement, processorName: row.processorName },
    open: withChecklists.find((r) => r.decidedAt === null) ?? null,
    past: withChecklists.filter((r) => r.decidedAt !== null),
  };
}

type ReviewOutcome = Outcome<{ decided: boolean; status: "in_legal_review" | "signed" | "draft" }>;

const GONE = "This review or its agreement does not exist any more.";

/**
 * Saves legal's checklist and, when asked, decides. Approval needs every item present or accepted as a risk
 * (checked here as well as in the form) and makes the agreement signed; sending back returns it to draft.
 * Only a role with risks:accept may record or change an accepted risk.
 */
export async function saveReview(user: ActingUser, input: ReviewInput): Promise<ReviewOutcome> {
  if (!permitted(user, "reviews:write")) return forbidden();
  const problems = decisionProblems(input);
  const first = Object.entries(problems)[0];
  if (first) return refuse("invalid", problems.step ?? first[1], first[0]);
  return withAudit(
    actorFor(user),
    async (tx): Promise<Outcome<{ decided: boolean; status: "in_legal_review" | "signed" | "draft"; title: string; progress: ReturnType<typeof checklistProgress> }>> => {
      const [agreement] = await tx
        .select({ id: agreements.id, status: agreements.status, title: agreements.title })
        .from(agreements)
        .where(and(eq(agreements.id, input.agreementId), eq(agreements.processorId, input.processorId)))
        .for("update");
      if (!agreement) return refuse("not_found", GONE);
      const [review] = await tx
        .select({ id: agreementReviews.id, decidedAt: agreementReviews.decidedAt })
        .from(agreementReviews)
        .where(and(eq(agreementReviews.id, input.reviewId), eq(agreementReviews.agreementId, input.agreementId)))
        .for("update");
      if (!review) return refuse("not_found", GONE);
      if (review.decidedAt !== null || agreement.status !== "in_legal_review") {
        return refuse("conflict", "This review was already decided. Reload the page to see the outcome.");
      }
      // Accepting the risk of a refused clause is the DPO's call (risks:accept); legal may save it back unchanged.
      if (!permitted(user, "risks:accept")) {
        const stored = emptyChecklist();
        const rows = await tx.select().from(agreementReviewItems).where(eq(agreementReviewItems.reviewId, review.id));
        for (const i of rows) stored[i.item] = { answer: i.answer, note: i.note, clauseReference: i.clauseReference };
        const [item] = changedRiskAcceptances(stored, input.checklist);
        if (item) {
          return refuse("forbidden", "Only the DPO may accept the risk of going without a clause: record it as missing, or ask the DPO.", answerField(item));
        }
      }
      await tx.delete(agreementReviewItems).where(eq(agreementReviewItems.reviewId, review.id));
      await tx.insert(agreementReviewItems).values(CHECKLIST_ITEMS.map((item) => ({ reviewId: review.id, item, ...input.checklist[item] })));
      const progress = checklistProgress(input.checklist as Checklist);
      if (input.step === "save") {
        await tx.update(agreementReviews).set({ reviewerId: user.id }).where(eq(agreementReviews.id, review.id));
        return ok({ decided: false, status: "in_legal_review" as const, title: agreement.title, progress });
      }
      const approved = input.step === "approve";
      const now = new Date();
      await tx
        .update(agreementReviews)
        .set({ reviewerId: user.id, decidedAt: now, decision: approved ? "approved" : "sent_back", summary: input.summary })
        .where(eq(agreementReviews.id, review.id));
      const status = approved ? ("signed" as const) : ("draft" as const);
      await tx
        .update(agreements)
        .set(approved ? { status, signedOn: input.signedOn, updatedAt: now } : { status, updatedAt: now })
        .where(eq(agreements.id, agreement.id));
      await tx.update(processors).set({ updatedAt: now }).where(eq(processors.id, input.processorId));
      return ok({ decided: true, status, title: agreement.title, progress });
    },
    (r) =>
      r.ok
        ? {
            action: r.decided ? "agreement.review_decide" : "agreement.review_save",
            entityType: PROCESSOR_ENTITY,
            entityId: input.processorId,
            // The checklist's notes are legal's working text: the entry keeps the counts and the decision.
            summary: {
              agreementId: input.agreementId,
              reviewId: input.reviewId,
              title: r.title,
              ...(r.decided ? { decision: r.status === "signed" ? "approved" : "sent_back" } : {}),
              ...(r.status === "signed" ? { signedOn: input.signedOn } : {}),
              answered: r.progress.answered,
              missing: r.progress.missing,
              // Which refused clauses stand as accepted risks (item names; the reasons stay on the review).
              riskAccepted: acceptedRisks(input.checklist),
            },
          }
        : [],
  ).then((r) => (r.ok ? ok({ decided: r.decided, status: r.status }) : r));
}
