import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countsByMonth, lastTwelveMonths } from "@/lib/month-series";
import { yearMonthIn } from "@/lib/time";

const ZONE = "Europe/Stockholm";

describe("yearMonthIn", () => {
  it("reads the month in the zone, not in UTC", () => {
    assert.deepEqual(yearMonthIn(new Date("2026-12-31T23:30:00Z"), ZONE), { year: 2027, month: 1 });
    assert.deepEqual(yearMonthIn(new Date("2026-12-31T23:30:00Z"), "UTC"), { year: 2026, month: 12 });
    assert.deepEqual(yearMonthIn(new Date("2026-07-01T00:00:00Z"), "America/New_York"), { year: 2026, month: 6 });
  });
});

describe("lastTwelveMonths", () => {
  it("lists 12 months oldest first, ending with the current one", () => {
    const { months } = lastTwelveMonths(new Date("2026-11-29T10:00:00Z"), ZONE);
    assert.equal(months.length, 12);
    assert.equal(months[0], "2025-12");
    assert.equal(months[11], "2026-11");
  });

  it("crosses the year boundary and starts at local midnight of the first month", () => {
    const { months, since } = lastTwelveMonths(new Date("2026-02-10T12:00:00Z"), ZONE);
    assert.deepEqual(months.slice(0, 3), ["2025-03", "2025-04", "2025-05"]);
    assert.equal(months[11], "2026-02");
    assert.equal(since.toISOString(), "2025-02-28T23:00:00.000Z");
  });

  it("uses the zone's month on the last evening of a month", () => {
    const { months } = lastTwelveMonths(new Date("2026-04-30T22:30:00Z"), ZONE);
    assert.equal(months[11], "2026-05");
  });
});

describe("countsByMonth", () => {
  const months = ["2026-01", "2026-02", "2026-03"];
  it("fills every month and key, zero when there is no row", () => {
    const series = countsByMonth(months, ["low", "high"] as const, [
      { month: "2026-02", key: "high", n: "3" },
      { month: "2026-03", key: "low", n: 1 },
    ]);
    assert.deepEqual(series, [
      { month: "2026-01", low: 0, high: 0 },
      { month: "2026-02", low: 0, high: 3 },
      { month: "2026-03", low: 1, high: 0 },
    ]);
  });

  it("ignores rows for months outside the series", () => {
    assert.deepEqual(countsByMonth(["2026-01"], ["a"] as const, [{ month: "2025-12", key: "a", n: 7 }]), [{ month: "2026-01", a: 0 }]);
  });
});
