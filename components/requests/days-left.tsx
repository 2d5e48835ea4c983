"use client";

import { useEffect, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { clockBadge } from "@/lib/requests/clock";
import { todayIn } from "@/lib/training/dates";

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
  const [now, setNow] = useState(() => new Date(renderedAt));
  const ticking = !closedOn && !paused;
  useEffect(() => {
    if (!ticking) return;
    const tick = () => setNow(new Date());
    tick();
    const timer = setInterval(tick, 60_000);
    return () => clearInterval(timer);
  }, [ticking]);
  const badge = clockBadge({ effectiveDueDate, today: todayIn(timeZone, now), closedOn, paused });
  return (
    <span data-testid="request-clock" data-kind={badge.kind}>
      <Badge tone={badge.tone}>{badge.label}</Badge>
    </span>
  );
}
