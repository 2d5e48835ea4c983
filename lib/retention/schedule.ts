// When the retention job runs by itself, as configured by RETENTION_SCHEDULE:
//   "daily HH:MM"  every day at that wall-clock time in the organisation's time zone (default "daily 02:00")
//   "every N h"    every N hours (1–168) from when the server started ("every 6h" works too)
//   "off"          never by itself; only "Run now" (or another instance's schedule) runs it

import { parseLocalDateTime } from "../time";

export type RetentionSchedule = { kind: "daily"; hour: number; minute: number } | { kind: "interval"; hours: number } | { kind: "off" };

export const DEFAULT_RETENTION_SCHEDULE = "daily 02:00";
export const SCHEDULE_FORMAT_HINT = 'use "daily HH:MM" (organisation time zone), "every N h" (1–168 hours) or "off"';

const DAILY = /^daily\s+(?:at\s+)?([01]?\d|2[0-3]):([0-5]\d)$/i;
const INTERVAL = /^every\s+(\d{1,3})\s*(?:h|hours?)$/i;

/** Reads the setting; null when it is not one of the three forms. */
export function parseRetentionSchedule(value: string): RetentionSchedule | null {
  const text = value.trim();
  if (/^off$/i.test(text)) return { kind: "off" };
  const daily = DAILY.exec(text);
  if (daily) return { kind: "daily", hour: Number(daily[1]), minute: Number(daily[2]) };
  const interval = INTERVAL.exec(text);
  if (interval) {
    const hours = Number(interval[1]);
    return hours >= 1 && hours <= 168 ? { kind: "interval", hours } : null;
  }
  return null;
}

const HOUR_MS = 3_600_000;

function localDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// A wall-clock time skipped by a daylight-saving change (02:30 on the spring-forward night) still gets a
// moment: parseLocalDateTime settles it onto the hour after the jump, so the run is not lost that day.
function slotOn(isoDate: string, s: { hour: number; minute: number }, timeZone: string): Date {
  const hh = String(s.hour).padStart(2, "0");
  const mm = String(s.minute).padStart(2, "0");
  return parseLocalDateTime(`${isoDate}T${hh}:${mm}`, timeZone)!;
}

/**
 * The next moment after `now` the schedule runs; null when it is off. An interval counts from `anchor`
 * (when the server started).
 */
export function nextRunAt(schedule: RetentionSchedule, now: Date, timeZone: string, anchor: Date = now): Date | null {
  if (schedule.kind === "off") return null;
  if (schedule.kind === "interval") {
    const period = schedule.hours * HOUR_MS;
    const elapsed = Math.max(0, now.getTime() - anchor.getTime());
    return new Date(anchor.getTime() + (Math.floor(elapsed / period) + 1) * period);
  }
  const today = localDate(now, timeZone);
  for (let offset = 0; offset <= 2; offset++) {
    const slot = slotOn(addDays(today, offset), schedule, timeZone);
    if (slot.getTime() > now.getTime()) return slot;
  }
  return null;
}

/** The latest moment at or before `now` the schedule should have run (daily only; for catching up after downtime). */
export function previousSlot(schedule: RetentionSchedule, now: Date, timeZone: string): Date | null {
  if (schedule.kind !== "daily") return null;
  const today = localDate(now, timeZone);
  for (let offset = 0; offset >= -2; offset--) {
    const slot = slotOn(addDays(today, offset), schedule, timeZone);
    if (slot.getTime() <= now.getTime()) return slot;
  }
  return null;
}

/**
 * Whether a run was missed while no server was up: the last scheduled run started before the latest slot
 * (daily), or longer ago than the interval. A server started at 03:00 every day would otherwise never run a
 * 02:00 job. A fresh installation (no scheduled run yet) waits for its first slot instead: data just loaded
 * or imported is not swept a minute after the first start.
 */
export function missedRun(schedule: RetentionSchedule, lastScheduledRunAt: Date | null, now: Date, timeZone: string): boolean {
  if (schedule.kind === "off" || !lastScheduledRunAt) return false;
  if (schedule.kind === "interval") return now.getTime() - lastScheduledRunAt.getTime() >= schedule.hours * HOUR_MS;
  const slot = previousSlot(schedule, now, timeZone);
  return slot !== null && lastScheduledRunAt.getTime() < slot.getTime();
}

/** The setting in words, for the settings page. */
export function describeSchedule(schedule: RetentionSchedule, timeZone: string): string {
  if (schedule.kind === "off") return "The schedule is off (RETENTION_SCHEDULE=off): the job runs only when someone presses Run now.";
  if (schedule.kind === "interval") return `Runs every ${schedule.hours} hour${schedule.hours === 1 ? "" : "s"}.`;
  return `Runs daily at ${String(schedule.hour).padStart(2, "0")}:${String(schedule.minute).padStart(2, "0")} (${timeZone}).`;
}
