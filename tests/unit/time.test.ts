import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addDays, addMonths, daysBetween, isIsoDate, maxDate, parseLocalDateTime, startOfLocalDay, todayIn, toLocalInputValue } from "@/lib/time";

const ZONE = "Europe/Stockholm";
const iso = (value: string) => parseLocalDateTime(value, ZONE)?.toISOString() ?? null;
const HOUR = 3_600_000;

describe("parseLocalDateTime", () => {
  it("reads wall-clock time in winter (UTC+1) and summer (UTC+2)", () => {
    assert.equal(iso("2026-01-15T09:30"), "2026-01-15T08:30:00.000Z");
    assert.equal(iso("2026-07-15T09:30"), "2026-07-15T07:30:00.000Z");
    assert.equal(iso("2026-07-15T09:30:15"), "2026-07-15T07:30:15.000Z");
  });

  it("switches offset exactly at the spring change (29 March 2026, 02:00 → 03:00)", () => {
    assert.equal(iso("2026-03-29T01:59"), "2026-03-29T00:59:00.000Z");
    assert.equal(iso("2026-03-29T03:00"), "2026-03-29T01:00:00.000Z");
    // The day has 23 hours: noon to noon across the change.
    const a = parseLocalDateTime("2026-03-28T12:00", ZONE)!;
    const b = parseLocalDateTime("2026-03-29T12:00", ZONE)!;
    assert.equal(b.getTime() - a.getTime(), 23 * HOUR);
  });

  it("moves a time inside the skipped spring hour forward, never back", () => {
    // 02:30 does not exist that night; typed by a person, it means half an hour after 02:00 → 03:30.
    assert.equal(iso("2026-03-29T02:30"), "2026-03-29T01:30:00.000Z");
    assert.equal(toLocalInputValue(parseLocalDateTime("2026-03-29T02:30", ZONE), ZONE), "2026-03-29T03:30");
  });

  it("switches offset exactly at the autumn change (25 October 2026, 03:00 → 02:00)", () => {
    assert.equal(iso("2026-10-25T01:59"), "2026-10-24T23:59:00.000Z");
    assert.equal(iso("2026-10-25T03:00"), "2026-10-25T02:00:00.000Z");
    const a = parseLocalDateTime("2026-10-24T12:00", ZONE)!;
    const b = parseLocalDateTime("2026-10-25T12:00", ZONE)!;
    assert.equal(b.getTime() - a.getTime(), 25 * HOUR);
  });

  it("gives one of the two real instants for a time in the repeated autumn hour", () => {
    const value = iso("2026-10-25T02:30");
    assert.ok(value === "2026-10-25T00:30:00.000Z" || value === "2026-10-25T01:30:00.000Z", String(value));
  });

  it("returns null for dates and times that do not exist", () => {
    for (const bad of ["2026-02-30T10:00", "2026-02-29T10:00", "2026-04-31T10:00", "2026-13-01T10:00", "2026-00-10T10:00", "2026-05-00T10:00", "2026-05-10T24:00", "2026-05-10T10:60", "2026-05-10T10:00:60"]) {
      assert.equal(parseLocalDateTime(bad, ZONE), null, bad);
    }
    assert.notEqual(parseLocalDateTime("2028-02-29T10:00", ZONE), null, "2028 is a leap year");
  });

  it("returns null for anything that is not a datetime-local value", () => {
    for (const bad of ["", "   ", "2026-05-10", "2026-05-10 10:00", "10/05/2026 10:00", "2026-05-10T10:00Z", "2026-05-10T10:00+02:00", "tomorrow"]) {
      assert.equal(parseLocalDateTime(bad, ZONE), null, JSON.stringify(bad));
    }
  });

  it("ignores surrounding whitespace", () => {
    assert.equal(iso(" 2026-01-15T09:30 "), "2026-01-15T08:30:00.000Z");
  });
});

describe("toLocalInputValue", () => {
  it("is empty for no date", () => {
    assert.equal(toLocalInputValue(null, ZONE), "");
    assert.equal(toLocalInputValue(undefined, ZONE), "");
  });

  it("shows an instant as wall-clock time in the zone, to the minute", () => {
    assert.equal(toLocalInputValue(new Date("2026-01-15T08:30:59Z"), ZONE), "2026-01-15T09:30");
    assert.equal(toLocalInputValue(new Date("2026-07-15T07:30:00Z"), ZONE), "2026-07-15T09:30");
    assert.equal(toLocalInputValue(new Date("2026-12-31T23:30:00Z"), ZONE), "2027-01-01T00:30");
  });

  it("round-trips every 15 minutes through both changes of 2026", () => {
    for (const [from, hours] of [["2026-03-28T20:00:00Z", 12], ["2026-10-24T20:00:00Z", 12]] as const) {
      for (let t = Date.parse(from); t < Date.parse(from) + hours * HOUR; t += 15 * 60_000) {
        const value = toLocalInputValue(new Date(t), ZONE);
        // The wall-clock text always reads back to itself; the instant does too, except in the
        // repeated autumn hour, where one text stands for two instants.
        assert.equal(toLocalInputValue(parseLocalDateTime(value, ZONE), ZONE), value, value);
        if (!value.startsWith("2026-10-25T02:")) assert.equal(parseLocalDateTime(value, ZONE)?.getTime(), t, value);
      }
    }
  });
});

describe("startOfLocalDay", () => {
  it("is local midnight, in UTC", () => {
    assert.equal(startOfLocalDay("2026-01-15", ZONE)?.toISOString(), "2026-01-14T23:00:00.000Z");
    assert.equal(startOfLocalDay("2026-07-15", ZONE)?.toISOString(), "2026-07-14T22:00:00.000Z");
  });

  it("is right on the days the clocks change", () => {
    assert.equal(startOfLocalDay("2026-03-29", ZONE)?.toISOString(), "2026-03-28T23:00:00.000Z");
    assert.equal(startOfLocalDay("2026-10-25", ZONE)?.toISOString(), "2026-10-24T22:00:00.000Z");
  });

  it("returns null for a day that does not exist or is not a date", () => {
    for (const bad of ["2026-02-30", "2026-13-01", "2026-1-5", "15/01/2026", "2026-01-15T00:00", ""]) {
      assert.equal(startOfLocalDay(bad, ZONE), null, bad);
    }
  });
});

describe("calendar dates (YYYY-MM-DD)", () => {
  it("adds days across month, year and leap-day ends, and back", () => {
    assert.equal(addDays("2026-12-31", 1), "2027-01-01");
    assert.equal(addDays("2028-02-28", 1), "2028-02-29");
    assert.equal(addDays("2026-03-01", -1), "2026-02-28");
    assert.equal(addDays("2026-06-15", 60), "2026-08-14");
  });

  it("adds months, ending on the last day of a shorter month", () => {
    assert.equal(addMonths("2026-01-31", 1), "2026-02-28");
    assert.equal(addMonths("2028-01-31", 1), "2028-02-29");
    assert.equal(addMonths("2026-11-15", 3), "2027-02-15");
    assert.equal(addMonths("2026-03-31", -1), "2026-02-28");
  });

  it("counts whole days between dates, negative when the second is earlier", () => {
    assert.equal(daysBetween("2026-06-15", "2026-08-14"), 60);
    assert.equal(daysBetween("2026-06-15", "2026-06-10"), -5);
    // The spring clock change does not shorten the count: dates are counted in UTC.
    assert.equal(daysBetween("2026-03-28", "2026-03-30"), 2);
  });

  it("picks the latest date, ignoring blanks", () => {
    assert.equal(maxDate("2026-01-02", null, "2025-12-31", undefined, ""), "2026-01-02");
    assert.equal(maxDate(), "");
  });

  it("tells today's date in a zone, which may differ from UTC's", () => {
    const lateUtc = new Date("2026-06-15T23:30:00Z");
    assert.equal(todayIn("UTC", lateUtc), "2026-06-15");
    assert.equal(todayIn(ZONE, lateUtc), "2026-06-16");
    assert.equal(todayIn("America/New_York", new Date("2026-06-16T02:00:00Z")), "2026-06-15");
  });

  it("accepts only real calendar dates", () => {
    assert.equal(isIsoDate("2028-02-29"), true);
    for (const bad of ["2026-02-29", "2026-13-01", "2026-1-5", "2026-01-15T00:00", ""]) assert.equal(isIsoDate(bad), false, bad);
  });
});
