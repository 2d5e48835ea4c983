import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addDays, addMonths, daysBetween, isIsoDate, todayIn } from "@/lib/time";
import { completionRate, firstDueOn, isActiveStaff, mustTake, trainingStatus, type CourseFacts, type PersonFacts } from "@/lib/training/status";

const agent: PersonFacts = { startDate: "2026-01-10", leaveDate: null, team: "Support", jobTitle: "Chat agent", customerFacing: true, roleChangedOn: null };
const engineer: PersonFacts = { ...agent, team: "IT", jobTitle: "Engineer", customerFacing: false };
const basics: CourseFacts = { audience: "everyone", audienceTeams: [], audienceJobTitles: [], validityMonths: 12, dueWithinDays: 30, audienceChangedOn: "2025-06-01", active: true };
const status = (over: { course?: Partial<CourseFacts>; person?: Partial<PersonFacts>; last?: string | null; today?: string }) =>
  trainingStatus({
    course: { ...basics, ...over.course },
    person: { ...agent, ...over.person },
    lastCompletedOn: over.last ?? null,
    today: over.today ?? "2026-11-29",
    dueSoonDays: 30,
  });

describe("training dates", () => {
  it("adds months keeping the day, or the month's last day", () => {
    assert.equal(addMonths("2026-01-31", 1), "2026-02-28");
    assert.equal(addMonths("2028-01-31", 1), "2028-02-29");
    assert.equal(addMonths("2026-03-15", 12), "2027-03-15");
    assert.equal(addMonths("2026-11-30", 3), "2027-02-28");
  });
  it("adds days across months and years, and counts days between", () => {
    assert.equal(addDays("2026-12-20", 30), "2027-01-19");
    assert.equal(daysBetween("2026-11-29", "2026-12-29"), 30);
    assert.equal(daysBetween("2026-03-28", "2026-03-30"), 2);
  });
  it("validates ISO dates and tells today in a zone", () => {
    assert.ok(isIsoDate("2028-02-29"));
    assert.ok(!isIsoDate("2026-02-29"));
    assert.ok(!isIsoDate("29/11/2026"));
    assert.equal(todayIn("Europe/Stockholm", new Date("2026-11-29T23:30:00Z")), "2026-11-30");
    assert.equal(todayIn("America/New_York", new Date("2026-11-29T03:00:00Z")), "2026-11-28");
  });
});

describe("who must take a course", () => {
  it("everyone, customer-facing staff, chosen teams or job titles (case-insensitive)", () => {
    assert.ok(mustTake(basics, engineer, "2026-11-29"));
    const live = { ...basics, audience: "customer_facing" as const };
    assert.ok(mustTake(live, agent, "2026-11-29"));
    assert.ok(!mustTake(live, engineer, "2026-11-29"));
    const it = { ...basics, audience: "teams" as const, audienceTeams: ["it"] };
    assert.ok(mustTake(it, engineer, "2026-11-29"));
    assert.ok(!mustTake(it, agent, "2026-11-29"));
    const titles = { ...basics, audience: "job_titles" as const, audienceJobTitles: ["Chat Agent"] };
    assert.ok(mustTake(titles, agent, "2026-11-29"));
  });
  it("not inactive courses, and not leavers from their leave date on", () => {
    assert.ok(!mustTake({ ...basics, active: false }, agent, "2026-11-29"));
    assert.ok(mustTake(basics, { ...agent, leaveDate: "2026-11-30" }, "2026-11-29"));
    assert.ok(!mustTake(basics, { ...agent, leaveDate: "2026-11-29" }, "2026-11-29"));
    assert.ok(!isActiveStaff({ leaveDate: "2026-01-01" }, "2026-11-29"));
  });
});

describe("training status", () => {
  it("a new starter is due a set number of days after starting", () => {
    assert.equal(firstDueOn(basics, { ...agent, startDate: "2026-11-20" }), "2026-12-20");
    const s = status({ person: { startDate: "2026-11-20" } });
    assert.equal(s.state, "never_done");
    assert.equal(s.dueOn, "2026-12-20");
    assert.equal(s.daysLeft, 21);
  });
  it("never done and past the due date is overdue", () => {
    const s = status({ person: { startDate: "2026-01-10" } });
    assert.equal(s.state, "overdue");
    assert.equal(s.dueOn, "2026-02-09");
  });
  it("is due from a change of role or of the audience, when later than the start", () => {
    assert.equal(firstDueOn(basics, { ...agent, roleChangedOn: "2026-11-01" }), "2026-12-01");
    assert.equal(firstDueOn({ ...basics, audienceChangedOn: "2026-11-15" }, agent), "2026-12-15");
    assert.equal(status({ person: { roleChangedOn: "2026-11-01" } }).state, "never_done");
  });
  it("a completion is current until its validity runs out, counted from the person's own date", () => {
    assert.deepEqual(status({ last: "2026-06-15" }), { state: "current", dueOn: "2027-06-15", lastCompletedOn: "2026-06-15", daysLeft: 198 });
    const other = status({ last: "2026-02-01" });
    assert.equal(other.dueOn, "2027-02-01");
  });
  it("is due soon within 30 days of expiry, including the 30th day, and overdue the day after expiry", () => {
    assert.equal(status({ last: "2025-12-29" }).state, "due_soon");
    assert.equal(status({ last: "2025-12-30" }).state, "current");
    assert.equal(status({ last: "2025-11-29" }).state, "due_soon");
    assert.equal(status({ last: "2025-11-28" }).state, "overdue");
  });
  it("a course valid forever stays current after one completion", () => {
    const s = status({ course: { validityMonths: null }, last: "2019-01-01" });
    assert.deepEqual(s, { state: "current", dueOn: null, lastCompletedOn: "2019-01-01", daysLeft: null });
  });
  it("computes the completion rate over required pairs", () => {
    assert.equal(completionRate([]), null);
    assert.equal(completionRate(["current", "due_soon", "overdue", "never_done"]), 0.5);
  });
});
