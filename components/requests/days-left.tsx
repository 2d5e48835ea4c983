"use client";

import { Badge } from "@/components/ui/badge";
import { useNow } from "@/components/ui/use-now";
import { clockBadge } from "@/lib/requests/clock";
import { todayIn } from "@/lib/time";

/**
 * Days left to answer, recounted in the browser every minute so a page left open turns amber or red at
 * midnight in the organisation's time zone. The server renders the first value.
 */
export function DaysLeft({
  effectiveDueDate,
  timeZone,
  renderedAt,
  closedOn,
  paused,
}: {
  effectiveDueDate: string;
  timeZone: string;
  renderedAt: string;
  closedOn: string | null;
  paused: boolean;
}) {
  const now = useNow(60_000, renderedAt, !closedOn && !paused);
  const badge = clockBadge({ effectiveDueDate, today: todayIn(timeZone, now), closedOn, paused });
  return (
    <span data-testid="request-clock" data-kind={badge.kind}>
      <Badge tone={badge.tone}>{badge.label}</Badge>
    </span>
  );
}
