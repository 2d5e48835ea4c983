// Art. 33(1): notify "where feasible, not later than 72 hours after having become aware of it".
// 72 elapsed hours, not three calendar days: daylight-saving changes do not move the limit.
export const NOTIFICATION_WINDOW_MS = 72 * 60 * 60 * 1000;
// Under this much time left, the countdown turns amber.
export const DUE_SOON_MS = 24 * 60 * 60 * 1000;

export type BreachClock =
  | { kind: "running"; deadline: Date; msLeft: number; hoursLeft: number; dueSoon: boolean }
  | { kind: "overdue"; deadline: Date; msOver: number; hoursOver: number }
  | { kind: "notified_in_time"; deadline: Date; notifiedAt: Date }
  | { kind: "notified_late"; deadline: Date; notifiedAt: Date; hoursLate: number }
  | { kind: "not_required"; deadline: Date };

export interface ClockInput {
  awareAt: Date;
  authorityNotifiedAt: Date | null;
  notifyDecision: "pending" | "notify" | "not_required";
  risk: "unassessed" | "unlikely" | "risk" | "high";
  now: Date;
}

/**
 * Whether the duty to notify was validly set aside: Art. 33(1) exempts only a breach assessed as unlikely to
 * result in a risk. A "not notified" decision without that assessment (a record written before the rule, or
 * an assessment later raised) does not stop the clock. db/queries/breaches/stats.ts says the same in SQL.
 */
export function notificationWaived(b: { notifyDecision: ClockInput["notifyDecision"]; risk: ClockInput["risk"] }): boolean {
  return b.notifyDecision === "not_required" && b.risk === "unlikely";
}

export function notificationDeadline(awareAt: Date): Date {
  return new Date(awareAt.getTime() + NOTIFICATION_WINDOW_MS);
}

export function isLateNotification(awareAt: Date, notifiedAt: Date): boolean {
  return notifiedAt.getTime() > notificationDeadline(awareAt).getTime();
}

/** Where a breach stands against the 72-hour limit. The deadline itself still counts as in time. */
export function breachClock({ awareAt, authorityNotifiedAt, notifyDecision, risk, now }: ClockInput): BreachClock {
  const deadline = notificationDeadline(awareAt);
  if (authorityNotifiedAt) {
    if (!isLateNotification(awareAt, authorityNotifiedAt)) return { kind: "notified_in_time", deadline, notifiedAt: authorityNotifiedAt };
    const hoursLate = Math.ceil((authorityNotifiedAt.getTime() - deadline.getTime()) / 3_600_000);
    return { kind: "notified_late", deadline, notifiedAt: authorityNotifiedAt, hoursLate };
  }
  if (notificationWaived({ notifyDecision, risk })) return { kind: "not_required", deadline };
  const msLeft = deadline.getTime() - now.getTime();
  if (msLeft >= 0) {
    return { kind: "running", deadline, msLeft, hoursLeft: Math.floor(msLeft / 3_600_000), dueSoon: msLeft < DUE_SOON_MS };
  }
  return { kind: "overdue", deadline, msOver: -msLeft, hoursOver: Math.ceil(-msLeft / 3_600_000) };
}

/** The countdown as a person reads it: "41 h 5 min left", "overdue by 3 h", "notified in time". */
export function describeClock(clock: BreachClock): string {
  switch (clock.kind) {
    case "running": {
      const totalMinutes = Math.floor(clock.msLeft / 60_000);
      const h = Math.floor(totalMinutes / 60);
      const m = totalMinutes % 60;
      return `${h} h ${m} min left`;
    }
    case "overdue":
      return `Overdue by ${clock.hoursOver} h`;
    case "notified_in_time":
      return "Notified in time";
    case "notified_late":
      return `Notified late (${clock.hoursLate} h after the limit)`;
    case "not_required":
      return "No notification required";
  }
}
