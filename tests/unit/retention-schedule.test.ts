import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseEnv } from "@/lib/env";
import { describeSchedule, missedRun, nextRunAt, parseRetentionSchedule, previousSlot } from "@/lib/retention/schedule";

const TZ = "Europe/Stockholm";
const daily2 = { kind: "daily", hour: 2, minute: 0 } as const;

describe("parseRetentionSchedule", () => {
  it("reads the three forms", () => {
    assert.deepEqual(parseRetentionSchedule("daily 02:00"), daily2);
    assert.deepEqual(parseRetentionSchedule("daily at 23:45"), { kind: "daily", hour: 23, minute: 45 });
    assert.deepEqual(parseRetentionSchedule("  Daily 7:05 "), { kind: "daily", hour: 7, minute: 5 });
    assert.deepEqual(parseRetentionSchedule("every 6h"), { kind: "interval", hours: 6 });
    assert.deepEqual(parseRetentionSchedule("every 12 hours"), { kind: "interval", hours: 12 });
    assert.deepEqual(parseRetentionSchedule("every 1 hour"), { kind: "interval", hours: 1 });
    assert.deepEqual(parseRetentionSchedule("every 168h"), { kind: "interval", hours: 168 });
    assert.deepEqual(parseRetentionSchedule("off"), { kind: "off" });
    assert.deepEqual(parseRetentionSchedule("OFF"), { kind: "off" });
  });

  it("refuses anything else", () => {
    for (const bad of ["", "nightly", "daily", "daily 24:00", "daily 02:60", "daily 2", "daily 02:00 UTC", "every 0h", "every 169h", "every -1h", "every 1.5h", "every h", "0 2 * * *", "02:00"]) {
      assert.equal(parseRetentionSchedule(bad), null, bad);
    }
  });
});

describe("RETENTION_SCHEDULE in the configuration", () => {
  it("defaults to every night at 02:00", () => {
    assert.deepEqual(parseEnv({}).RETENTION_SCHEDULE, daily2);
  });

  it("accepts a valid setting and refuses an invalid one, naming the variable", () => {
    assert.deepEqual(parseEnv({ RETENTION_SCHEDULE: "every 4h" }).RETENTION_SCHEDULE, { kind: "interval", hours: 4 });
    assert.throws(() => parseEnv({ RETENTION_SCHEDULE: "sometimes" }), /RETENTION_SCHEDULE/);
  });
});

describe("nextRunAt", () => {
  it("daily: later today when the time has not come, else tomorrow, in the organisation's zone", () => {
    // 00:30 UTC on 10 Jan is 01:30 in Stockholm (UTC+1): 02:00 local is 01:00 UTC the same day.
    assert.equal(nextRunAt(daily2, new Date("2026-01-10T00:30:00Z"), TZ)!.toISOString(), "2026-01-10T01:00:00.000Z");
    assert.equal(nextRunAt(daily2, new Date("2026-01-10T01:00:00Z"), TZ)!.toISOString(), "2026-01-11T01:00:00.000Z", "exactly at the slot: the next one");
    assert.equal(nextRunAt(daily2, new Date("2026-07-10T12:00:00Z"), TZ)!.toISOString(), "2026-07-11T00:00:00.000Z", "summer time is UTC+2");
    assert.equal(nextRunAt(daily2, new Date("2026-01-10T00:30:00Z"), "UTC")!.toISOString(), "2026-01-10T02:00:00.000Z");
  });

  it("daily: a time skipped by the spring change still runs that night", () => {
    // 29 March 2026: Stockholm jumps from 02:00 to 03:00; 02:30 does not exist.
    const next = nextRunAt({ kind: "daily", hour: 2, minute: 30 }, new Date("2026-03-28T23:00:00Z"), TZ)!;
    assert.ok(next.getTime() > Date.parse("2026-03-28T23:00:00Z") && next.getTime() <= Date.parse("2026-03-29T01:30:00Z"), next.toISOString());
  });

  it("interval: counts from the anchor", () => {
    const anchor = new Date("2026-01-10T10:00:00Z");
    assert.equal(nextRunAt({ kind: "interval", hours: 6 }, anchor, TZ, anchor)!.toISOString(), "2026-01-10T16:00:00.000Z");
    assert.equal(nextRunAt({ kind: "interval", hours: 6 }, new Date("2026-01-10T17:00:00Z"), TZ, anchor)!.toISOString(), "2026-01-10T22:00:00.000Z");
  });

  it("off: never", () => {
    assert.equal(nextRunAt({ kind: "off" }, new Date(), TZ), null);
  });
});

describe("missedRun", () => {
  const now = new Date("2026-01-10T09:00:00Z"); // 10:00 in Stockholm, after today's 02:00 (01:00 UTC)
  it("daily: missed when the last scheduled run started before today's slot", () => {
    assert.equal(previousSlot(daily2, now, TZ)!.toISOString(), "2026-01-10T01:00:00.000Z");
    assert.equal(missedRun(daily2, null, now, TZ), false, "a fresh installation waits for its first slot");
    assert.equal(missedRun(daily2, new Date("2026-01-09T01:00:05Z"), now, TZ), true, "last ran yesterday");
    assert.equal(missedRun(daily2, new Date("2026-01-10T01:00:05Z"), now, TZ), false, "ran at today's slot");
  });

  it("interval: missed when the last run is a period or more ago", () => {
    const every6 = { kind: "interval", hours: 6 } as const;
    assert.equal(missedRun(every6, new Date("2026-01-10T02:00:00Z"), now, TZ), true);
    assert.equal(missedRun(every6, new Date("2026-01-10T04:00:00Z"), now, TZ), false);
    assert.equal(missedRun(every6, null, now, TZ), false);
  });

  it("off: nothing is ever missed", () => {
    assert.equal(missedRun({ kind: "off" }, null, now, TZ), false);
  });
});

describe("describeSchedule", () => {
  it("says it in words", () => {
    assert.equal(describeSchedule(daily2, TZ), "Runs daily at 02:00 (Europe/Stockholm).");
    assert.equal(describeSchedule({ kind: "interval", hours: 1 }, TZ), "Runs every 1 hour.");
    assert.match(describeSchedule({ kind: "off" }, TZ), /only when someone presses Run now/);
  });
});
