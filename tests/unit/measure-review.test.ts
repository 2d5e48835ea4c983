import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { nextReviewBy, reviewCutoffs, reviewState } from "@/lib/measures/review";

describe("security measure review rule", () => {
  const today = "2026-06-15";

  it("a measure never reviewed is overdue", () => {
    assert.equal(reviewState(null, today), "overdue");
    assert.equal(reviewState(undefined, today), "overdue");
    assert.equal(reviewState("", today), "overdue");
  });

  it("is current when reviewed within the last 11 months", () => {
    assert.equal(reviewState(today, today), "current");
    assert.equal(reviewState("2026-01-01", today), "current");
    assert.equal(reviewState("2025-07-15", today), "current", "exactly 11 months ago is not yet due");
  });

  it("is due in the month before the year is up", () => {
    assert.equal(reviewState("2025-07-14", today), "due", "a day more than 11 months");
    assert.equal(reviewState("2025-06-16", today), "due");
    assert.equal(reviewState("2025-06-15", today), "due", "exactly 12 months ago is still on time");
  });

  it("is overdue when reviewed more than 12 months ago", () => {
    assert.equal(reviewState("2025-06-14", today), "overdue");
    assert.equal(reviewState("2020-01-01", today), "overdue");
  });

  it("handles month ends and leap days", () => {
    // 12 months before 28 Feb 2025 is 28 Feb 2024; 29 Feb 2024 is later, so not overdue.
    assert.equal(reviewState("2024-02-29", "2025-02-28"), "due");
    assert.equal(reviewState("2024-02-28", "2025-02-28"), "due");
    assert.equal(reviewState("2024-02-27", "2025-02-28"), "overdue");
    // 11 months before 31 Mar is 30 Apr (clamped from 31 Apr).
    assert.deepEqual(reviewCutoffs("2026-03-31"), { overdueBefore: "2025-03-31", dueBefore: "2025-04-30" });
    assert.equal(reviewState("2025-04-30", "2026-03-31"), "current");
    assert.equal(reviewState("2025-04-29", "2026-03-31"), "due");
  });

  it("counts across a year boundary", () => {
    assert.equal(reviewState("2025-01-31", "2026-01-01"), "due");
    assert.equal(reviewState("2024-12-31", "2026-01-01"), "overdue");
    assert.equal(reviewState("2025-02-01", "2026-01-01"), "current");
  });

  it("names the last on-time day of the next review", () => {
    assert.equal(nextReviewBy("2025-06-15"), "2026-06-15");
    assert.equal(nextReviewBy("2024-02-29"), "2025-02-28");
    assert.equal(nextReviewBy(null), null);
  });

  it("the cutoffs agree with the state for every day of a year", () => {
    const { overdueBefore, dueBefore } = reviewCutoffs(today);
    for (let d = 0; d < 400; d++) {
      const day = new Date(Date.UTC(2025, 4, 1 + d)).toISOString().slice(0, 10);
      const expected = day < overdueBefore ? "overdue" : day < dueBefore ? "due" : "current";
      assert.equal(reviewState(day, today), expected, day);
    }
  });
});
