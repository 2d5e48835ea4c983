"use client";

import { useEffect, useState } from "react";

/**
 * The current time, refreshed every `intervalMs` while `ticking`: the one clock behind the countdowns
 * (breach 72 hours, sub-processor objection, request days left). The first render uses `renderedAt`, the
 * server's time, so the server's HTML and the browser's first render agree; the browser then moves to its
 * own time at once and on every tick. A clock that has stopped (notified, decided, closed) keeps no timer.
 */
export function useNow(intervalMs: number, renderedAt: string, ticking = true): Date {
  const [now, setNow] = useState(() => new Date(renderedAt));
  useEffect(() => {
    if (!ticking) return;
    const tick = () => setNow(new Date());
    tick();
    const timer = setInterval(tick, intervalMs);
    return () => clearInterval(timer);
  }, [ticking, intervalMs]);
  return now;
}
