import { Badge } from "@/components/ui/badge";
import { STATUS_LABELS, STATUS_TONES, type MeasureStatus } from "@/lib/measures/labels";
import { reviewState } from "@/lib/measures/review";

export function MeasureStatusBadge({ status }: { status: MeasureStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

/** The last review date, with an amber badge when a review is due within a month and red when overdue. */
export function ReviewCell({ lastReviewedOn, today }: { lastReviewedOn: string | null; today: string }) {
  const state = reviewState(lastReviewedOn, today);
  return (
    <span className="inline-flex flex-wrap items-center gap-2" data-review={state}>
      <span className="whitespace-nowrap">{lastReviewedOn ?? "Never"}</span>
      {state === "overdue" ? <Badge tone="bad">Review overdue</Badge> : null}
      {state === "due" ? <Badge tone="warn">Review due</Badge> : null}
    </span>
  );
}
