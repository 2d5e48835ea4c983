import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { breachClock, describeClock, isLateNotification, notificationDeadline, notificationWaived } from "@/lib/breaches/clock";

const aware = new Date("2026-03-27T10:00:00Z");
const h = (n: number) => new Date(aware.getTime() + n * 3_600_000);

describe("72-hour breach clock", () => {
  it("puts the deadline 72 elapsed hours after awareness, across a daylight-saving change", () => {
    // Europe switches to summer time on 29 March 2026; the limit is still 72 real hours.
    assert.equal(notificationDeadline(aware).toISOString(), "2026-03-30T10:00:00.000Z");
  });

  it("runs with whole hours left, rounded down", () => {
    const c = breachClock({ awareAt: aware, authorityNotifiedAt: null, notifyDecision: "pending", risk: "unassessed", now: h(1.5) });
    assert.equal(c.kind, "running");
    assert.ok(c.kind === "running" && c.hoursLeft === 70 && !c.dueSoon);
    assert.equal(describeClock(c), "70 h 30 min left");
  });

  it("turns due-soon under 24 hours left, not at exactly 24", () => {
    const at24 = breachClock({ awareAt: aware, authorityNotifiedAt: null, notifyDecision: "notify", risk: "unassessed", now: h(48) });
    assert.ok(at24.kind === "running" && !at24.dueSoon);
    const under = breachClock({ awareAt: aware, authorityNotifiedAt: null, notifyDecision: "notify", risk: "unassessed", now: new Date(h(48).getTime() + 1) });
    assert.ok(under.kind === "running" && under.dueSoon);
  });

  it("still runs at the deadline itself and is overdue one millisecond later", () => {
    const at = breachClock({ awareAt: aware, authorityNotifiedAt: null, notifyDecision: "pending", risk: "unassessed", now: h(72) });
    assert.equal(at.kind, "running");
    assert.equal(describeClock(at), "0 h 0 min left");
    const after = breachClock({ awareAt: aware, authorityNotifiedAt: null, notifyDecision: "pending", risk: "unassessed", now: new Date(h(72).getTime() + 1) });
    assert.equal(after.kind, "overdue");
    assert.equal(describeClock(after), "Overdue by 1 h");
  });

  it("counts overdue hours up", () => {
    const c = breachClock({ awareAt: aware, authorityNotifiedAt: null, notifyDecision: "notify", risk: "unassessed", now: h(80.2) });
    assert.ok(c.kind === "overdue" && c.hoursOver === 9);
  });

  it("is in time when notified exactly at the deadline, late a second after", () => {
    assert.equal(breachClock({ awareAt: aware, authorityNotifiedAt: h(72), notifyDecision: "notify", risk: "unassessed", now: h(100) }).kind, "notified_in_time");
    const late = breachClock({ awareAt: aware, authorityNotifiedAt: new Date(h(72).getTime() + 1000), notifyDecision: "notify", risk: "unassessed", now: h(100) });
    assert.ok(late.kind === "notified_late" && late.hoursLate === 1);
    assert.equal(isLateNotification(aware, h(72)), false);
    assert.equal(isLateNotification(aware, h(73)), true);
  });

  it("notified early is in time whatever the time is now", () => {
    const c = breachClock({ awareAt: aware, authorityNotifiedAt: h(5), notifyDecision: "notify", risk: "unassessed", now: h(5000) });
    assert.equal(c.kind, "notified_in_time");
    assert.equal(describeClock(c), "Notified in time");
  });

  it("stops for a breach assessed as unlikely to result in a risk and decided as not requiring notification", () => {
    const c = breachClock({ awareAt: aware, authorityNotifiedAt: null, notifyDecision: "not_required", risk: "unlikely", now: h(500) });
    assert.equal(c.kind, "not_required");
    assert.equal(describeClock(c), "No notification required");
  });

  it("a notification time wins over a not-required decision", () => {
    assert.equal(breachClock({ awareAt: aware, authorityNotifiedAt: h(90), notifyDecision: "not_required", risk: "unlikely", now: h(100) }).kind, "notified_late");
  });

  it("runs a full 72 hours for a breach become aware of just now", () => {
    const c = breachClock({ awareAt: aware, authorityNotifiedAt: null, notifyDecision: "pending", risk: "unassessed", now: aware });
    assert.ok(c.kind === "running" && c.hoursLeft === 72);
  });

  it("keeps running for 'not notified' without the assessment that allows it (Art. 33(1))", () => {
    for (const risk of ["unassessed", "risk", "high"] as const) {
      const inside = breachClock({ awareAt: aware, authorityNotifiedAt: null, notifyDecision: "not_required", risk, now: h(10) });
      assert.ok(inside.kind === "running" && inside.hoursLeft === 62, risk);
      const past = breachClock({ awareAt: aware, authorityNotifiedAt: null, notifyDecision: "not_required", risk, now: h(80) });
      assert.equal(past.kind, "overdue", risk);
    }
    assert.equal(notificationWaived({ notifyDecision: "not_required", risk: "unassessed" }), false);
    assert.equal(notificationWaived({ notifyDecision: "pending", risk: "unlikely" }), false);
    assert.equal(notificationWaived({ notifyDecision: "not_required", risk: "unlikely" }), true);
  });
});
