import { addDays, startOfLocalDay } from "@/lib/time";
import type { NoticeDecision } from "./labels";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Under this much time left, the countdown turns amber: a lawyer needs a few days to decide.
export const NOTICE_DUE_SOON_MS = 3 * DAY;

/** An objection may be made until the end of the deadline day, in the organisation's time zone. */
export function objectionDeadlineAt(deadline: string, timeZone: string): Date {
  const end = startOfLocalDay(addDays(deadline, 1), timeZone);
  if (!end) throw new Error("objection deadline is not a date");
  return end;
}

export type NoticeClock =
  | { kind: "decided"; decision: Exclude<NoticeDecision, "pending"> }
  | { kind: "running"; msLeft: number; dueSoon: boolean }
  | { kind: "passed"; msOver: number };

/** Where a pending sub-processor notice stands against its objection deadline. */
export function noticeClock({ deadlineAt, decision, now }: { deadlineAt: Date; decision: NoticeDecision; now: Date }): NoticeClock {
  if (decision !== "pending") return { kind: "decided", decision };
  const msLeft = deadlineAt.getTime() - now.getTime();
  if (msLeft > 0) return { kind: "running", msLeft, dueSoon: msLeft < NOTICE_DUE_SOON_MS };
  return { kind: "passed", msOver: -msLeft };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The countdown as a person reads it: "4 days 3 h left", "5 h 20 min left", "deadline passed 2 days ago". */
export function describeNoticeClock(clock: NoticeClock): string {
  switch (clock.kind) {
    case "decided":
      return clock.decision === "objected" ? "Objected" : "No objection";
    case "running": {
      if (clock.msLeft >= DAY) {
        const days = Math.floor(clock.msLeft / DAY);
        const hours = Math.floor((clock.msLeft % DAY) / HOUR);
        return `${plural(days, "day")} ${hours} h left to object`;
      }
      const minutes = Math.floor(clock.msLeft / 60_000);
      return `${Math.floor(minutes / 60)} h ${minutes % 60} min left to object`;
    }
    case "passed": {
      const days = Math.floor(clock.msOver / DAY);
      return days === 0 ? "Objection deadline passed today" : `Objection deadline passed ${plural(days, "day")} ago`;
    }
  }
}
