import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  canExtend,
  extensionNotice,
  toldAtProblem,
  clockBadge,
  daysLeft,
  dueDate,
  extendedDueDate,
  isWorkingDay,
  nextWorkingDay,
  pausedDaysBetween,
  requestDeadlines,
} from "@/lib/requests/clock";
import { apiActionSchemas } from "@/lib/requests/api-schema";
import { extendSchema, extensionToldSchema } from "@/lib/requests/form-schema";
import { easterSunday, swedishHolidays } from "@/lib/requests/holidays-se";

const TZ = "Europe/Stockholm";
// Named Swedish holidays for the years the cases touch.
const SE = new Map([2023, 2024, 2025, 2026, 2027, 2028].flatMap((y) => swedishHolidays(y).map((h) => [h.date, h.name] as [string, string])));
const NONE = new Set<string>();
// Midday in Stockholm, so the UTC and local dates agree unless a case is about that.
const at = (day: string) => new Date(`${day}T11:00:00Z`);
const due = (day: string, holidays: ReadonlySet<string> | ReadonlyMap<string, string> = SE) => dueDate(at(day), TZ, holidays).date;

describe("request clock: one month from receipt (Reg. 1182/71 as read by EDPB 01/2022)", () => {
  it("ends on the same date of the next month when that is a working day", () => {
    assert.equal(due("2026-03-30"), "2026-04-30");
    assert.equal(due("2026-06-10"), "2026-07-10");
    assert.equal(due("2026-09-15"), "2026-10-15");
    assert.equal(due("2025-11-12"), "2025-12-12");
  });

  it("ends on the last day of a shorter month (no 29th, 30th, 31st)", () => {
    assert.equal(due("2026-03-31"), "2026-04-30");
    assert.equal(due("2026-05-31"), "2026-06-30");
    assert.equal(due("2026-08-31"), "2026-09-30");
    assert.equal(due("2025-01-29"), "2025-02-28");
    assert.equal(due("2027-01-31"), "2027-03-01", "28 February 2027 is a Sunday");
  });

  it("knows leap years: February has a 29th in 2024 and 2028, not in 2025, 2026 or 2027", () => {
    assert.equal(due("2028-01-31"), "2028-02-29");
    assert.equal(due("2028-01-29"), "2028-02-29");
    assert.equal(due("2024-01-30"), "2024-02-29");
    assert.equal(due("2027-01-29"), "2027-03-01", "28 February 2027 is a Sunday");
    // Received on 29 February: one month later is 29 March.
    assert.equal(due("2028-02-29"), "2028-03-29");
  });

  it("explains 31 January 2026 → 28 February (no 31st) → Monday 2 March (weekend)", () => {
    const r = dueDate(at("2026-01-31"), TZ, SE);
    assert.equal(r.date, "2026-03-02");
    assert.deepEqual(r.steps, ["received 31 January 2026", "28 February 2026 (no 31st in February)", "Monday 2 March 2026 (weekend)"]);
  });

  it("moves a Saturday or Sunday end to Monday", () => {
    assert.equal(due("2026-01-15"), "2026-02-16", "15 February 2026 is a Sunday");
    assert.equal(due("2026-10-17"), "2026-11-17");
    assert.equal(due("2026-09-12"), "2026-10-12", "12 October 2026 is a Monday");
    assert.equal(due("2026-06-13"), "2026-07-13", "13 July 2026 is a Monday");
    assert.equal(due("2026-06-11"), "2026-07-13", "11 July 2026 is a Saturday");
  });

  it("names a plain working day's weekday in the last step", () => {
    assert.deepEqual(dueDate(at("2026-03-30"), TZ, SE).steps, ["received 30 March 2026", "Thursday 30 April 2026"]);
  });

  it("moves past Swedish public holidays, Easter-based ones included", () => {
    // 3 April 2026 is Långfredagen, then the weekend, then Annandag påsk.
    const goodFriday = dueDate(at("2026-03-03"), TZ, SE);
    assert.equal(goodFriday.date, "2026-04-07");
    assert.equal(goodFriday.steps.at(-1), "Tuesday 7 April 2026 (Långfredagen, weekend and Annandag påsk)");
    // 5 April 2026 is Påskdagen (a Sunday): the weekend, then Annandag påsk.
    assert.equal(dueDate(at("2026-03-05"), TZ, SE).steps.at(-1), "Tuesday 7 April 2026 (weekend and Annandag påsk)");
    assert.equal(due("2025-03-21"), "2025-04-22", "21 April 2025 is Annandag påsk");
    assert.equal(due("2027-02-26"), "2027-03-30", "26 March 2027 is Långfredagen, 29 March Annandag påsk");
    assert.equal(due("2024-02-29"), "2024-04-02", "29 March 2024 is Långfredagen");
    // Kristi himmelfärdsdag: Thursday 14 May 2026, 29 May 2025, 6 May 2027.
    assert.equal(due("2026-04-14"), "2026-05-15");
    assert.equal(due("2025-04-29"), "2025-05-30");
    assert.equal(due("2027-04-06"), "2027-05-07");
    assert.equal(due("2026-04-01"), "2026-05-04", "1 May 2026 is a Friday holiday, then the weekend");
    assert.equal(due("2025-05-06"), "2025-06-09", "6 June 2025 is a Friday (nationaldagen), then the weekend");
  });

  it("treats Midsommarafton, Julafton and Nyårsafton as non-working days", () => {
    const midsummer = dueDate(at("2026-05-19"), TZ, SE);
    assert.equal(midsummer.date, "2026-06-22");
    assert.equal(midsummer.steps.at(-1), "Monday 22 June 2026 (Midsommarafton (de facto) and weekend)");
    assert.equal(due("2025-05-20"), "2025-06-23", "20 June 2025 is Midsommarafton");
    assert.equal(due("2027-05-25"), "2027-06-28", "25 June 2027 is Midsommarafton");
    assert.equal(due("2025-11-24"), "2025-12-29", "24, 25 and 26 December 2025, then the weekend");
    assert.equal(due("2026-11-30"), "2026-12-30", "30 December 2026 is a Wednesday");
    assert.equal(due("2026-12-01"), "2027-01-04", "1 January 2027 is a Friday holiday");
    assert.equal(due("2025-11-30"), "2025-12-30");
    assert.equal(due("2027-11-30"), "2027-12-30");
    assert.equal(due("2027-12-06"), "2028-01-07", "6 January 2028, Trettondedag jul, is a Thursday");
  });

  it("without holidays only weekends move the date; unnamed holidays are called public holidays", () => {
    assert.equal(due("2026-03-03", NONE), "2026-04-03");
    const r = dueDate(at("2026-03-03"), TZ, new Set(["2026-04-03"]));
    assert.equal(r.date, "2026-04-06");
    assert.equal(r.steps.at(-1), "Monday 6 April 2026 (public holiday and weekend)");
  });

  it("crosses the year end", () => {
    assert.equal(due("2025-12-31"), "2026-02-02", "31 January 2026 is a Saturday");
    assert.equal(due("2025-12-15"), "2026-01-15");
  });

  it("counts the day of receipt in the organisation's time zone", () => {
    // 23:30 UTC on 29 April is 01:30 on 30 April in Stockholm (summer time).
    const late = new Date("2026-04-29T23:30:00Z");
    const r = dueDate(late, TZ, SE);
    assert.equal(r.date, "2026-06-01", "30 May 2026 is a Saturday");
    assert.equal(r.steps[0], "received 30 April 2026 (in Europe/Stockholm; 29 April 2026 in UTC)");
    assert.equal(dueDate(late, "UTC", SE).date, "2026-05-29");
    // 22:59 UTC in winter is 23:59 the same day in Stockholm.
    assert.equal(dueDate(new Date("2026-03-09T22:59:00Z"), TZ, SE).date, "2026-04-09");
    assert.equal(dueDate(new Date("2026-03-09T23:00:00Z"), TZ, SE).date, "2026-04-10");
    // New York is behind: 02:00 UTC on 1 March is still 28 February there.
    assert.equal(dueDate(new Date("2026-03-01T02:00:00Z"), "America/New_York", NONE).date, "2026-03-30", "28 March 2026 is a Saturday");
  });

  it("adds paused days before moving to a working day, and says so", () => {
    const r = dueDate(at("2026-03-10"), TZ, SE, { pausedDays: 5 });
    assert.equal(r.date, "2026-04-15");
    assert.deepEqual(r.steps, ["received 10 March 2026", "10 April 2026", "Wednesday 15 April 2026 (+5 days paused for the identity check)"]);
    const rolled = dueDate(at("2026-03-10"), TZ, SE, { pausedDays: 1 });
    assert.equal(rolled.date, "2026-04-13", "11 April is a Saturday");
    assert.equal(rolled.steps[2], "11 April 2026 (+1 day paused for the identity check)");
    assert.equal(dueDate(at("2026-03-10"), TZ, SE, { pausedDays: -3 }).date, "2026-04-10");
  });
});

describe("request clock: extension by two further months", () => {
  it("counts three months from receipt, not from the shortened or moved first due date", () => {
    // First month ends 28 February (moved to 2 March); the extension ends 30 April, not 28 April or 2 May.
    const r = extendedDueDate(at("2026-01-31"), TZ, SE);
    assert.equal(r.date, "2026-04-30");
    assert.deepEqual(r.steps, ["received 31 January 2026", "Thursday 30 April 2026 (3 months; no 31st in April)"]);
    assert.equal(extendedDueDate(at("2025-11-30"), TZ, SE).date, "2026-03-02", "28 February 2026 is a Saturday");
    assert.equal(extendedDueDate(at("2027-11-30"), TZ, SE).date, "2028-02-29");
    assert.equal(extendedDueDate(at("2026-03-15"), TZ, SE).date, "2026-06-15");
    assert.equal(extendedDueDate(at("2026-03-20"), TZ, SE).date, "2026-06-22", "20 June is Midsommardagen, a Saturday");
    assert.equal(extendedDueDate(at("2026-02-14"), TZ, SE, { pausedDays: 3 }).date, "2026-05-18", "17 May 2026 is a Sunday");
  });

  it("stores both dates and uses the extended one once extended", () => {
    const plain = requestDeadlines({ receivedAt: at("2026-01-31"), timeZone: TZ, holidays: SE, pausedDays: 0, extended: false });
    assert.deepEqual([plain.dueDate, plain.extendedDueDate, plain.effectiveDueDate], ["2026-03-02", null, "2026-03-02"]);
    assert.equal(plain.clockSteps.extended, null);
    const ext = requestDeadlines({ receivedAt: at("2026-01-31"), timeZone: TZ, holidays: SE, pausedDays: 0, extended: true });
    assert.deepEqual([ext.dueDate, ext.extendedDueDate, ext.effectiveDueDate], ["2026-03-02", "2026-04-30", "2026-04-30"]);
  });

  const base = { timeZone: TZ, holidays: SE, reason: "Many years of chat history to review", alreadyExtended: false };
  const received = at("2026-01-31");

  it("allows an extension within the first month, with a reason and the person told", () => {
    const now = new Date("2026-02-20T09:00:00Z");
    assert.deepEqual(canExtend(now, received, { ...base, notifiedAt: now }), { ok: true, firstMonthEnds: "2026-03-02" });
    // The last day of the first month (moved to Monday 2 March) still counts, until midnight in Stockholm.
    const lastEvening = new Date("2026-03-02T22:30:00Z");
    assert.equal(canExtend(lastEvening, received, { ...base, notifiedAt: lastEvening }).ok, true);
  });

  it("refuses after the first month", () => {
    const afterMidnight = new Date("2026-03-02T23:30:00Z");
    const r = canExtend(afterMidnight, received, { ...base, notifiedAt: afterMidnight });
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.refusal === "first_month_over");
    assert.ok(!r.ok && /within one month of receipt/.test(r.message));
    assert.ok(!canExtend(new Date("2026-04-01T10:00:00Z"), received, { ...base, notifiedAt: new Date("2026-02-01T10:00:00Z") }).ok);
  });

  it("refuses without a reason, without the person told, or told too late", () => {
    const now = new Date("2026-02-20T09:00:00Z");
    const noReason = canExtend(now, received, { ...base, reason: "   ", notifiedAt: now });
    assert.ok(!noReason.ok && noReason.refusal === "reason_required");
    const notTold = canExtend(now, received, { ...base, notifiedAt: null });
    assert.ok(!notTold.ok && notTold.refusal === "not_told");
    const late = canExtend(now, received, { ...base, notifiedAt: new Date("2026-03-03T09:00:00Z") });
    assert.ok(!late.ok && late.refusal === "told_late");
    const twice = canExtend(now, received, { ...base, notifiedAt: now, alreadyExtended: true });
    assert.ok(!twice.ok && twice.refusal === "already_extended");
    const closed = canExtend(now, received, { ...base, notifiedAt: now, closed: true });
    assert.ok(!closed.ok && closed.refusal === "closed");
  });

  it("an e-mailed notice lets the extension be recorded before it is sent; the person is told only when it is", () => {
    const now = new Date("2026-02-20T09:00:00Z");
    assert.equal(canExtend(now, received, { ...base, notifiedAt: null, noticeQueued: true }).ok, true);
    assert.equal(canExtend(now, received, { ...base, notifiedAt: null, noticeQueued: false }).ok, false);
    const state = (toldAt: Date | null, at: string) => extensionNotice({ toldAt, firstMonthEnds: "2026-03-02", now: new Date(at), timeZone: TZ });
    assert.equal(state(null, "2026-02-21T09:00:00Z"), "awaiting", "still in the outbox, month still running");
    assert.equal(state(null, "2026-03-02T23:30:00Z"), "not_told_in_time", "the month ended at midnight in Stockholm");
    assert.equal(state(new Date("2026-03-02T22:30:00Z"), "2026-03-10T09:00:00Z"), "told_in_time");
    assert.equal(state(new Date("2026-03-02T23:30:00Z"), "2026-03-10T09:00:00Z"), "told_late");
  });

  it("a time the person was told is neither before receipt nor in the future", () => {
    const now = new Date("2026-02-20T09:00:00Z");
    assert.match(toldAtProblem(new Date("1900-01-01T00:00:00Z"), received, now) ?? "", /before the request was received/);
    assert.match(toldAtProblem(new Date("2026-02-20T10:00:00Z"), received, now) ?? "", /future/);
    assert.equal(toldAtProblem(new Date("2026-02-20T09:04:00Z"), received, now), null, "a few minutes' slack");
    assert.equal(toldAtProblem(received, received, now), null);
  });

  it("counts paused days into the first month", () => {
    const now = new Date("2026-03-05T09:00:00Z");
    assert.equal(canExtend(now, received, { ...base, notifiedAt: now }).ok, false);
    assert.equal(canExtend(now, received, { ...base, notifiedAt: now, pausedDays: 5 }).ok, true, "28 February + 5 days = Thursday 5 March");
  });
});

describe("request clock: pauses, days left and badges", () => {
  it("counts paused days as calendar days in the organisation's time zone", () => {
    assert.equal(pausedDaysBetween(new Date("2026-03-02T08:00:00Z"), new Date("2026-03-04T16:00:00Z"), TZ), 2);
    assert.equal(pausedDaysBetween(new Date("2026-03-02T08:00:00Z"), new Date("2026-03-02T20:00:00Z"), TZ), 0);
    // 23:30 UTC is already the next day in Stockholm.
    assert.equal(pausedDaysBetween(new Date("2026-03-02T08:00:00Z"), new Date("2026-03-02T23:30:00Z"), TZ), 1);
    assert.equal(pausedDaysBetween(new Date("2026-03-05T08:00:00Z"), new Date("2026-03-02T08:00:00Z"), TZ), 0);
  });

  it("counts days left, with the due day itself still in time", () => {
    assert.equal(daysLeft("2026-03-02", "2026-02-20"), 10);
    assert.equal(daysLeft("2026-03-02", "2026-03-02"), 0);
    assert.equal(daysLeft("2026-03-02", "2026-03-04"), -2);
  });

  it("turns amber at seven days or fewer and red once overdue", () => {
    const b = (today: string) => clockBadge({ effectiveDueDate: "2026-03-10", today });
    assert.deepEqual(b("2026-03-02"), { tone: "info", label: "8 days left", kind: "running" });
    assert.deepEqual(b("2026-03-03"), { tone: "warn", label: "7 days left", kind: "due_soon" });
    assert.deepEqual(b("2026-03-09"), { tone: "warn", label: "1 day left", kind: "due_soon" });
    assert.deepEqual(b("2026-03-10"), { tone: "warn", label: "Due today", kind: "due_soon" });
    assert.deepEqual(b("2026-03-11"), { tone: "bad", label: "1 day overdue", kind: "overdue" });
    assert.deepEqual(b("2026-03-20"), { tone: "bad", label: "10 days overdue", kind: "overdue" });
  });

  it("shows a paused clock, and closed requests as answered in time or late", () => {
    assert.equal(clockBadge({ effectiveDueDate: "2026-03-10", today: "2026-03-20", paused: true }).kind, "paused");
    assert.equal(clockBadge({ effectiveDueDate: "2026-03-10", today: "2026-05-01", closedOn: "2026-03-10" }).kind, "answered_in_time");
    assert.deepEqual(clockBadge({ effectiveDueDate: "2026-03-10", today: "2026-05-01", closedOn: "2026-03-13" }), { tone: "bad", label: "Answered 3 d late", kind: "answered_late" });
  });
});

describe("Swedish public holidays", () => {
  it("finds Easter Sunday", () => {
    assert.deepEqual(
      [2000, 2019, 2024, 2025, 2026, 2027, 2028, 2038].map(easterSunday),
      ["2000-04-23", "2019-04-21", "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2038-04-25"],
    );
  });

  it("lists the holidays and de facto eves of 2025, 2026 and 2027 on their dates", () => {
    const byName = (y: number) => Object.fromEntries(swedishHolidays(y).map((h) => [h.name, h.date]));
    assert.deepEqual(byName(2025), {
      Nyårsdagen: "2025-01-01",
      "Trettondedag jul": "2025-01-06",
      Långfredagen: "2025-04-18",
      Påskdagen: "2025-04-20",
      "Annandag påsk": "2025-04-21",
      "Första maj": "2025-05-01",
      "Kristi himmelfärdsdag": "2025-05-29",
      Pingstdagen: "2025-06-08",
      "Sveriges nationaldag": "2025-06-06",
      "Midsommarafton (de facto)": "2025-06-20",
      Midsommardagen: "2025-06-21",
      "Alla helgons dag": "2025-11-01",
      "Julafton (de facto)": "2025-12-24",
      Juldagen: "2025-12-25",
      "Annandag jul": "2025-12-26",
      "Nyårsafton (de facto)": "2025-12-31",
    });
    const y26 = byName(2026);
    assert.equal(y26["Långfredagen"], "2026-04-03");
    assert.equal(y26["Kristi himmelfärdsdag"], "2026-05-14");
    assert.equal(y26["Pingstdagen"], "2026-05-24");
    assert.equal(y26["Midsommarafton (de facto)"], "2026-06-19");
    assert.equal(y26["Alla helgons dag"], "2026-10-31");
    const y27 = byName(2027);
    assert.equal(y27["Långfredagen"], "2027-03-26");
    assert.equal(y27["Annandag påsk"], "2027-03-29");
    assert.equal(y27["Kristi himmelfärdsdag"], "2027-05-06");
    assert.equal(y27["Midsommarafton (de facto)"], "2027-06-25");
    assert.equal(y27["Alla helgons dag"], "2027-11-06");
    assert.equal(swedishHolidays(2026).length, 16);
  });

  it("knows a working day from a weekend or holiday", () => {
    assert.equal(isWorkingDay("2026-04-03", SE), false);
    assert.equal(isWorkingDay("2026-04-08", SE), true);
    assert.equal(isWorkingDay("2026-04-04", NONE), false);
    assert.deepEqual(nextWorkingDay("2026-12-24", SE), { date: "2026-12-28", skipped: ["Julafton (de facto)", "Juldagen", "weekend"] });
  });
});

describe("dates typed for a request's extension", () => {
  const form = (over: Record<string, string>) => ({ id: "00000000-0000-4000-8000-000000000001", toldHow: "By phone", ...over });
  const now = new Date("2026-02-20T09:00:00Z");
  it("refuses year 0000 and other years before 1970 with a message, never reaching SQL", () => {
    for (const toldAt of ["0000-01-01T00:00", "1900-01-01T00:00", "0099-06-01T10:00"]) {
      const r = extensionToldSchema(TZ, now).safeParse(form({ toldAt }));
      assert.ok(!r.success, toldAt);
      assert.ok(r.error.issues.some((i) => i.path[0] === "toldAt" && /from 1970 on/.test(i.message)), toldAt);
    }
  });

  it("refuses a time in the future and needs when and how", () => {
    const future = extensionToldSchema(TZ, now).safeParse(form({ toldAt: "2026-02-21T10:00" }));
    assert.ok(!future.success && future.error.issues.some((i) => /future/.test(i.message)));
    const empty = extensionToldSchema(TZ, now).safeParse({ id: form({}).id, toldAt: "", toldHow: "" });
    assert.ok(!empty.success);
    assert.deepEqual(empty.error.issues.map((i) => i.path[0]).sort(), ["toldAt", "toldHow"]);
    const ok = extensionToldSchema(TZ, now).safeParse(form({ toldAt: "2026-02-19T14:00" }));
    assert.ok(ok.success);
    assert.equal(ok.data.toldAt!.toISOString(), "2026-02-19T13:00:00.000Z");
    assert.ok(!extendSchema(TZ, now).safeParse({ id: form({}).id, reason: "r", toldAt: "0000-01-01T00:00" }).success);
  });

  it("the API refuses instants before 1970", () => {
    const r = apiActionSchemas.extend.safeParse({ reason: "r", toldAt: "0000-01-01T00:00:00Z" });
    assert.ok(!r.success && /1970/.test(r.error.issues[0]!.message));
  });
});
