import { addDays, daysBetween } from "@/lib/time";
import type { AgreementStatus } from "./labels";

// "Expiring" means the end or review date falls within this many days: time enough to renegotiate.
export const EXPIRING_WINDOW_DAYS = 60;

// The statuses the legal-queue rule is made of. The SQL twin of the rule (db/queries/processors/legal-queue.ts)
// is built from these same constants, and an integration test checks that the two agree.
export const IN_REVIEW_STATUS = "in_legal_review" satisfies AgreementStatus;
export const CURRENT_STATUS = "signed" satisfies AgreementStatus;

export interface AgreementDates {
  status: AgreementStatus;
  endsOn: string | null;
  reviewBy: string | null;
}

/** The status to show and count: a signed agreement whose end date has passed is expired, whatever is stored. */
export function effectiveStatus(a: Pick<AgreementDates, "status" | "endsOn">, today: string): AgreementStatus {
  if (a.status === CURRENT_STATUS && a.endsOn !== null && a.endsOn < today) return "expired";
  return a.status;
}

export type AgreementDeadline = { kind: "ends" | "review"; date: string; daysLeft: number };

/**
 * The next date on a current signed agreement that needs legal's attention: its end or its review date,
 * whichever comes first. A review date already passed counts, with negative days left.
 */
export function nextDeadline(a: AgreementDates, today: string): AgreementDeadline | null {
  if (effectiveStatus(a, today) !== CURRENT_STATUS) return null;
  const candidates: Array<{ kind: "ends" | "review"; date: string }> = [];
  if (a.endsOn) candidates.push({ kind: "ends", date: a.endsOn });
  if (a.reviewBy) candidates.push({ kind: "review", date: a.reviewBy });
  const first = candidates.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))[0];
  return first ? { ...first, daysLeft: daysBetween(today, first.date) } : null;
}

/** The last day that still counts as "within the window": the SQL filters use the same boundary. */
export function expiringCutoff(today: string): string {
  return addDays(today, EXPIRING_WINDOW_DAYS);
}

export function isExpiringSoon(a: AgreementDates, today: string): boolean {
  const d = nextDeadline(a, today);
  return d !== null && d.daysLeft <= EXPIRING_WINDOW_DAYS;
}

/**
 * Legal's work queue: agreements waiting for review, and current ones expiring or due for review soon.
 * This is the definition; the queue's SQL (listLegalQueue, countLegalQueue) must select exactly these.
 */
export function inLegalQueue(a: AgreementDates, today: string): boolean {
  return a.status === IN_REVIEW_STATUS || isExpiringSoon(a, today);
}

// Best first: a processor's agreement status is that of its best agreement (a signed one covers it).
export const STATUS_RANK: Record<AgreementStatus, number> = { signed: 0, in_legal_review: 1, draft: 2, expired: 3, terminated: 4, missing: 5 };

/** The status that describes a processor's cover: its best agreement's, "missing" when it has none. */
export function processorAgreementStatus(statuses: readonly AgreementStatus[]): AgreementStatus {
  let best: AgreementStatus = "missing";
  for (const s of statuses) if (STATUS_RANK[s] < STATUS_RANK[best]) best = s;
  return best;
}

// What the agreement form may set. "signed" comes only from an approved review and "in legal review"
// only from sending it there, so neither can be picked; a form may keep them when they are current.
const FORM_STATUSES: readonly AgreementStatus[] = ["missing", "draft", "expired", "terminated"];

export function formStatusOptions(current: AgreementStatus | null): AgreementStatus[] {
  if (current === "in_legal_review") return ["in_legal_review"];
  if (current === "signed") return ["signed", ...FORM_STATUSES.filter((s) => s !== "missing")];
  return [...FORM_STATUSES];
}

/** Why a form may not move an agreement from `current` to `next`; null when it may. */
export function statusChangeProblem(current: AgreementStatus | null, next: AgreementStatus): string | null {
  if (formStatusOptions(current).includes(next)) return null;
  if (current === "in_legal_review") return "The agreement is in legal review: the review's decision sets its status.";
  if (next === "signed") return "An agreement becomes signed only when legal approves it in a review.";
  if (next === "in_legal_review") return "Use “Send to legal review” on the processor's page.";
  return "Choose a status from the list.";
}

/** Why an agreement cannot be sent to legal review now; null when it can. */
export function sendToReviewProblem(status: AgreementStatus, fileCount: number): string | null {
  if (status === "in_legal_review") return "This agreement is already in legal review.";
  if (status === "signed") return "A signed agreement is not reviewed again: record the new version as a new agreement.";
  if (status === "terminated") return "A terminated agreement is not reviewed.";
  if (fileCount === 0) return "Upload the agreement (PDF) first: legal reviews the document.";
  return null;
}

/** Date rules of the agreement form, as field → problem. */
export function agreementDateProblems(a: { status: AgreementStatus; signedOn: string | null; startsOn: string | null; endsOn: string | null }, today: string): Record<string, string> {
  const p: Record<string, string> = {};
  if (a.startsOn && a.endsOn && a.endsOn < a.startsOn) p.endsOn = "The end date cannot be before the start date.";
  if (a.signedOn && a.signedOn > today) p.signedOn = "The signing date cannot be in the future.";
  if (a.signedOn && (a.status === "missing" || a.status === "draft" || a.status === "in_legal_review")) {
    p.signedOn = "Only a signed (or since expired or terminated) agreement has a signing date.";
  }
  return p;
}
