"use client";

import { Badge } from "@/components/ui/badge";
import { useNow } from "@/components/ui/use-now";
import type { Tone } from "@/lib/tone";
import { describeNoticeClock, noticeClock, type NoticeClock } from "@/lib/processors/countdown";
import type { NoticeDecision } from "@/lib/processors/labels";

function toneOf(clock: NoticeClock): Tone {
  if (clock.kind === "running") return clock.dueSoon ? "warn" : "info";
  if (clock.kind === "passed") return "bad";
  return clock.decision === "objected" ? "bad" : "good";
}

/**
 * The time left to object to a sub-processor change, ticking every 30 seconds in the browser. The server
 * computes the deadline instant (end of the deadline day in the organisation's time zone) and the first value.
 */
export function NoticeCountdown({ deadlineAt, decision, renderedAt }: { deadlineAt: string; decision: NoticeDecision; renderedAt: string }) {
  const now = useNow(30_000, renderedAt, decision === "pending");
  const clock = noticeClock({ deadlineAt: new Date(deadlineAt), decision, now });
  return (
    <span data-testid="notice-countdown" data-clock={clock.kind}>
      <Badge tone={toneOf(clock)}>{describeNoticeClock(clock)}</Badge>
    </span>
  );
}
