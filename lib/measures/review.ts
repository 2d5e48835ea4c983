import { addMonths } from "@/lib/time";

// Art. 32(1)(d) asks for regular testing and evaluation of the measures; we take "regular" as yearly.
export const REVIEW_INTERVAL_MONTHS = 12;
// How long before the year is up the register starts warning.
export const REVIEW_WARNING_MONTHS = 1;

export type ReviewState = "current" | "due" | "overdue";

/**
 * The calendar boundaries for `today`: a measure last reviewed before `overdueBefore` (or never) is
 * overdue; one reviewed before `dueBefore` is due. The list's SQL filter uses the same boundaries,
 * so the badge and the filter cannot disagree.
 */
export function reviewCutoffs(today: string): { overdueBefore: string; dueBefore: string } {
  return {
    overdueBefore: addMonths(today, -REVIEW_INTERVAL_MONTHS),
    dueBefore: addMonths(today, -(REVIEW_INTERVAL_MONTHS - REVIEW_WARNING_MONTHS)),
  };
}

/** Overdue when last reviewed more than 12 months ago or never; due in the month before that. */
export function reviewState(lastReviewedOn: string | null | undefined, today: string): ReviewState {
  if (!lastReviewedOn) return "overdue";
  const { overdueBefore, dueBefore } = reviewCutoffs(today);
  if (lastReviewedOn < overdueBefore) return "overdue";
  if (lastReviewedOn < dueBefore) return "due";
  return "current";
}

/** The last day on which the next review is still on time; null when never reviewed (already overdue). */
export function nextReviewBy(lastReviewedOn: string | null | undefined): string | null {
  return lastReviewedOn ? addMonths(lastReviewedOn, REVIEW_INTERVAL_MONTHS) : null;
}
