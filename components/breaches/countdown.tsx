"use client";

import { Badge } from "@/components/ui/badge";
import { useNow } from "@/components/ui/use-now";
import type { Tone } from "@/lib/tone";
import { breachClock, describeClock, notificationWaived, type BreachClock } from "@/lib/breaches/clock";
import type { BreachRisk, NotifyDecision } from "@/lib/breaches/labels";

function toneOf(clock: BreachClock): Tone {
  switch (clock.kind) {
    case "running":
      return clock.dueSoon ? "warn" : "info";
    case "overdue":
    case "notified_late":
      return "bad";
    case "notified_in_time":
      return "good";
    case "not_required":
      return "neutral";
  }
}

/** The 72-hour clock, ticking every 30 seconds in the browser; the server renders the first value. */
export function BreachCountdown({
  awareAt,
  authorityNotifiedAt,
  notifyDecision,
  risk,
  renderedAt,
}: {
  awareAt: string;
  authorityNotifiedAt: string | null;
  notifyDecision: NotifyDecision;
  risk: BreachRisk;
  renderedAt: string;
}) {
  const now = useNow(30_000, renderedAt, !authorityNotifiedAt && !notificationWaived({ notifyDecision, risk }));
  const clock = breachClock({
    awareAt: new Date(awareAt),
    authorityNotifiedAt: authorityNotifiedAt ? new Date(authorityNotifiedAt) : null,
    notifyDecision,
    risk,
    now,
  });
  return (
    <span data-testid="breach-countdown" data-clock={clock.kind}>
      <Badge tone={toneOf(clock)}>{describeClock(clock)}</Badge>
    </span>
  );
}
