import type { Tone } from "@/lib/tone";
import { addDays, addMonths, daysBetween, todayIn } from "@/lib/time";

/**
 * The legal clock of Art. 12(3) GDPR, counted as EDPB Guidelines 01/2022 count it, following
 * Regulation (EEC, Euratom) No 1182/71 on time limits:
 * - Art. 3(1) and 3(2)(c): a period in months runs from the day of the event (receipt) and ends at the
 *   end of the day in the last month with the same date; when that month has no such date, at the end
 *   of its last day (received 31 January → 28 or 29 February).
 * - Art. 3(4): when the last day is a Saturday, Sunday or public holiday, the period ends at the end of
 *   the next working day. Only the last day moves; days in between are never skipped.
 * Dates are calendar days in the organisation's time zone: a request received at 23:30 UTC on
 * 31 January is received on 1 February in Stockholm.
 */

/** Holiday dates ("YYYY-MM-DD"); a Map also names them, so the explanation can say which one. */
export type HolidayDates = ReadonlySet<string> | ReadonlyMap<string, string>;

export interface ClockResult {
  date: string;
  steps: string[];
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function ymd(iso: string): [number, number, number] {
  return iso.split("-").map(Number) as [number, number, number];
}

function weekday(iso: string): number {
  const [y, m, d] = ymd(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** "2 March 2026", or "Monday 2 March 2026" with the weekday. */
export function formatDay(iso: string, withWeekday = false): string {
  const [y, m, d] = ymd(iso);
  return `${withWeekday ? `${WEEKDAYS[weekday(iso)]} ` : ""}${d} ${MONTHS[m - 1]} ${y}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th"}`;
}

function holidayName(holidays: HolidayDates, iso: string): string | null {
  if (holidays instanceof Map) return holidays.get(iso) ?? null;
  return holidays.has(iso) ? "public holiday" : null;
}

export function isWeekend(iso: string): boolean {
  const w = weekday(iso);
  return w === 0 || w === 6;
}

export function isWorkingDay(iso: string, holidays: HolidayDates): boolean {
  return !isWeekend(iso) && holidayName(holidays, iso) === null;
}

/** The day itself when it is a working day, else the next one, with why each day was skipped. */
export function nextWorkingDay(iso: string, holidays: HolidayDates): { date: string; skipped: string[] } {
  const skipped: string[] = [];
  let day = iso;
  // A year of consecutive non-working days is impossible; the bound keeps a bad holiday table from looping.
  for (let i = 0; i < 366 && !isWorkingDay(day, holidays); i++) {
    // A holiday on a weekend is just the weekend; a weekday holiday is named.
    const reason = isWeekend(day) ? "weekend" : (holidayName(holidays, day) ?? "public holiday");
    if (!skipped.includes(reason)) skipped.push(reason);
    day = addDays(day, 1);
  }
  return { date: day, skipped };
}

function listWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The calendar date of an instant in the organisation's time zone. */
export function localDate(at: Date, timeZone: string): string {
  return todayIn(timeZone, at);
}

function receivedStep(receivedAt: Date, timeZone: string): string {
  const local = localDate(receivedAt, timeZone);
  const utc = receivedAt.toISOString().slice(0, 10);
  return local === utc ? `received ${formatDay(local)}` : `received ${formatDay(local)} (in ${timeZone}; ${formatDay(utc)} in UTC)`;
}

function periodEnd(receivedAt: Date, timeZone: string, holidays: HolidayDates, months: number, pausedDays: number): ClockResult {
  const received = localDate(receivedAt, timeZone);
  const steps = [receivedStep(receivedAt, timeZone)];
  const end = addMonths(received, months);
  const [, , receivedDay] = ymd(received);
  const [, endMonth, endDay] = ymd(end);
  const notes = [months === 1 ? null : `${months} months`, endDay !== receivedDay ? `no ${ordinal(receivedDay)} in ${MONTHS[endMonth - 1]}` : null].filter(Boolean);
  let date = end;
  steps.push(`${formatDay(end)}${notes.length ? ` (${notes.join("; ")})` : ""}`);
  if (pausedDays > 0) {
    date = addDays(end, pausedDays);
    steps.push(`${formatDay(date)} (+${pausedDays} ${pausedDays === 1 ? "day" : "days"} paused for the identity check)`);
  }
  const rolled = nextWorkingDay(date, holidays);
  if (rolled.date !== date) {
    steps.push(`${formatDay(rolled.date, true)} (${listWords(rolled.skipped)})`);
  } else {
    steps[steps.length - 1] = `${formatDay(date, true)}${steps.at(-1)!.slice(formatDay(date).length)}`;
  }
  return { date: rolled.date, steps };
}

/**
 * The answer is due by the end of this day: one month from receipt (see the top of this file), plus any
 * days the clock was paused while the person proved their identity (only when that setting is on; the
 * paused days are added to the month's end before it is moved to a working day).
 */
export function dueDate(receivedAt: Date, timeZone: string, holidays: HolidayDates, options: { pausedDays?: number } = {}): ClockResult {
  return periodEnd(receivedAt, timeZone, holidays, 1, Math.max(0, options.pausedDays ?? 0));
}

/**
 * The extended limit of Art. 12(3): "two further months". EDPB 01/2022 reads the extension as adding to
 * the first month, so the whole period is three months from receipt, counted by the same rule from the
 * day of receipt — not from the (possibly shortened or weekend-moved) first due date:
 * - received 31 January: first month ends 28 February, the extension on 30 April, not 28 April;
 * - a first due date moved from Saturday to Monday does not push the extension two days on.
 * Only the final day moves to a working day (Reg. 1182/71 Art. 3(4)). Paused days count as for dueDate.
 */
export function extendedDueDate(receivedAt: Date, timeZone: string, holidays: HolidayDates, options: { pausedDays?: number } = {}): ClockResult {
  return periodEnd(receivedAt, timeZone, holidays, 3, Math.max(0, options.pausedDays ?? 0));
}

export type ExtendRefusal = "closed" | "already_extended" | "reason_required" | "first_month_over" | "not_told" | "told_late";

export const EXTEND_REFUSALS: Record<ExtendRefusal, string> = {
  closed: "This request is closed: there is nothing left to extend.",
  already_extended: "This request has already been extended; Art. 12(3) allows one extension of two further months.",
  reason_required: "Give the reasons for the extension: the person must be told them (Art. 12(3)).",
  first_month_over:
    "The first month has ended: an extension is only possible when the person is told of it, with the reasons, within one month of receipt (Art. 12(3)).",
  not_told: "The person must be told of the extension, with the reasons, within one month of receipt (Art. 12(3)). Record how and when they were told.",
  told_late: "The person was told after the first month had ended, which Art. 12(3) does not allow.",
};

/**
 * Whether an extension may be recorded now. Art. 12(3): the person must be told of the extension, with the
 * reasons, within one month of receipt; so it can only be made within that month (up to the end of the first
 * due date, paused days included), with a reason, and with the person told by then. A notice e-mailed by the
 * extension (`noticeQueued`) tells the person only once the mail server accepts it, so `notifiedAt` stays
 * empty until then and extensionNotice() judges the date it was sent.
 */
export function canExtend(
  now: Date,
  receivedAt: Date,
  p: { timeZone: string; holidays: HolidayDates; pausedDays?: number; reason: string; notifiedAt: Date | null; noticeQueued?: boolean; alreadyExtended: boolean; closed?: boolean },
): { ok: true; firstMonthEnds: string } | { ok: false; refusal: ExtendRefusal; message: string } {
  const refuse = (refusal: ExtendRefusal) => ({ ok: false as const, refusal, message: EXTEND_REFUSALS[refusal] });
  if (p.closed) return refuse("closed");
  if (p.alreadyExtended) return refuse("already_extended");
  const firstMonthEnds = dueDate(receivedAt, p.timeZone, p.holidays, { pausedDays: p.pausedDays }).date;
  if (localDate(now, p.timeZone) > firstMonthEnds) return refuse("first_month_over");
  if (!p.reason.trim()) return refuse("reason_required");
  if (!p.notifiedAt && !p.noticeQueued) return refuse("not_told");
  if (p.notifiedAt && localDate(p.notifiedAt, p.timeZone) > firstMonthEnds) return refuse("told_late");
  return { ok: true, firstMonthEnds };
}

export type ExtensionNotice = "told_in_time" | "told_late" | "awaiting" | "not_told_in_time";

/**
 * Where the Art. 12(3) notice of an extension stands: told within the first month (the extension holds),
 * told after it, not told yet while the month still runs (an e-mail in the outbox), or not told by its end.
 */
export function extensionNotice(p: { toldAt: Date | null; firstMonthEnds: string; now: Date; timeZone: string }): ExtensionNotice {
  if (p.toldAt) return localDate(p.toldAt, p.timeZone) > p.firstMonthEnds ? "told_late" : "told_in_time";
  return localDate(p.now, p.timeZone) > p.firstMonthEnds ? "not_told_in_time" : "awaiting";
}

/**
 * Why a time the person was told cannot stand, or null: not before the request arrived, not in the future
 * (a few minutes' slack for a clock running fast).
 */
export function toldAtProblem(toldAt: Date, receivedAt: Date, now: Date): string | null {
  if (toldAt.getTime() < receivedAt.getTime()) return "The person cannot have been told before the request was received.";
  if (toldAt.getTime() > now.getTime() + 5 * 60_000) return "The time the person was told cannot be in the future.";
  return null;
}

/**
 * Whole calendar days the clock stood still: from the day it paused to the day it resumed, in the
 * organisation's time zone. Paused and resumed on the same day: 0 (that day already counts as a day of the
 * month). Paused Monday, resumed Wednesday: 2.
 */
export function pausedDaysBetween(pausedAt: Date, resumedAt: Date, timeZone: string): number {
  return Math.max(0, daysBetween(localDate(pausedAt, timeZone), localDate(resumedAt, timeZone)));
}

export interface Deadlines {
  dueDate: string;
  extendedDueDate: string | null;
  effectiveDueDate: string;
  clockSteps: { due: string[]; extended: string[] | null };
}

/** Everything a request stores about its clock, from its inputs: recomputed whenever one of them changes. */
export function requestDeadlines(input: { receivedAt: Date; timeZone: string; holidays: HolidayDates; pausedDays: number; extended: boolean }): Deadlines {
  const due = dueDate(input.receivedAt, input.timeZone, input.holidays, { pausedDays: input.pausedDays });
  const extended = input.extended ? extendedDueDate(input.receivedAt, input.timeZone, input.holidays, { pausedDays: input.pausedDays }) : null;
  return {
    dueDate: due.date,
    extendedDueDate: extended?.date ?? null,
    effectiveDueDate: extended?.date ?? due.date,
    clockSteps: { due: due.steps, extended: extended?.steps ?? null },
  };
}

/** Days from today to the due date: 0 on the day itself (still in time), negative once overdue. */
export function daysLeft(due: string, today: string): number {
  return daysBetween(today, due);
}

// Under this many days left, the badge turns amber.
export const DUE_SOON_DAYS = 7;

export interface ClockBadge {
  tone: Tone;
  label: string;
  kind: "running" | "due_soon" | "overdue" | "paused" | "answered_in_time" | "answered_late";
}

/** The days-left badge of the queue: amber at 7 days or fewer, red once overdue; closed requests say whether they were in time. */
export function clockBadge(p: { effectiveDueDate: string; today: string; closedOn?: string | null; paused?: boolean }): ClockBadge {
  if (p.closedOn) {
    return p.closedOn <= p.effectiveDueDate
      ? { tone: "good", label: "Answered in time", kind: "answered_in_time" }
      : { tone: "bad", label: `Answered ${-daysLeft(p.effectiveDueDate, p.closedOn)} d late`, kind: "answered_late" };
  }
  if (p.paused) return { tone: "neutral", label: "Clock paused", kind: "paused" };
  const left = daysLeft(p.effectiveDueDate, p.today);
  if (left < 0) return { tone: "bad", label: `${-left} ${-left === 1 ? "day" : "days"} overdue`, kind: "overdue" };
  if (left === 0) return { tone: "warn", label: "Due today", kind: "due_soon" };
  const label = `${left} ${left === 1 ? "day" : "days"} left`;
  return left <= DUE_SOON_DAYS ? { tone: "warn", label, kind: "due_soon" } : { tone: "info", label, kind: "running" };
}
