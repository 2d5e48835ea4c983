import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { audienceChanged, courseFormDefaults, courseFormSchema, describeAudience, describeValidity, mergeNames } from "@/lib/training/course-schema";

const base = { title: "GDPR basics", durationMinutes: "45", validityMonths: "12", audience: "everyone", dueWithinDays: "30", active: "on" };
const parse = (over: Record<string, unknown>) => courseFormSchema.safeParse({ ...base, ...over });
const errorsOf = (over: Record<string, unknown>) => {
  const r = parse(over);
  assert.equal(r.success, false);
  return Object.fromEntries(r.error!.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("course form", () => {
  it("reads a complete form", () => {
    const r = parse({ description: "  Basics  " });
    assert.ok(r.success);
    assert.deepEqual(r.data, {
      title: "GDPR basics",
      description: "Basics",
      durationMinutes: 45,
      validityMonths: 12,
      audience: "everyone",
      audienceTeams: [],
      audienceJobTitles: [],
      dueWithinDays: 30,
      active: true,
    });
  });

  it("an unticked active box means inactive", () => {
    const r = courseFormSchema.safeParse(Object.fromEntries(Object.entries(base).filter(([k]) => k !== "active")));
    assert.ok(r.success);
    assert.equal(r.data.active, false);
  });

  it("never expires gives a null validity and ignores the months box", () => {
    const r = parse({ neverExpires: "on", validityMonths: "abc" });
    assert.ok(r.success);
    assert.equal(r.data.validityMonths, null);
  });

  it("needs a validity unless it never expires", () => {
    assert.match(errorsOf({ validityMonths: "" }).validityMonths!, /never expires/);
    assert.match(errorsOf({ validityMonths: "0" }).validityMonths!, /at least 1/);
    assert.match(errorsOf({ validityMonths: "1.5" }).validityMonths!, /whole number/);
    assert.match(errorsOf({ validityMonths: "601" }).validityMonths!, /at most 600/);
  });

  it("refuses a missing title, lengths and days that are not positive whole numbers", () => {
    const e = errorsOf({ title: "  ", durationMinutes: "-5", dueWithinDays: "x" });
    assert.equal(e.title, "Give the course a title.");
    assert.match(e.durationMinutes!, /at least 1/);
    assert.match(e.dueWithinDays!, /must be a number/);
  });

  it("refuses an unknown audience and garbage types without throwing", () => {
    assert.ok(errorsOf({ audience: "martians" }).audience);
    assert.equal(parse({ title: ["a", "b"] }).success, false);
    assert.equal(courseFormSchema.safeParse({}).success, false);
  });

  it("chosen teams merge the ticked and the typed, case-insensitively", () => {
    const r = parse({ audience: "teams", audienceTeams: ["IT", "Support"], audienceTeamsOther: "it, Legal\nsupport\n\n Finance " });
    assert.ok(r.success);
    assert.deepEqual(r.data.audienceTeams, ["IT", "Support", "Legal", "Finance"]);
    assert.deepEqual(r.data.audienceJobTitles, []);
  });

  it("a single ticked team arrives as a string", () => {
    const r = parse({ audience: "teams", audienceTeams: "IT" });
    assert.ok(r.success);
    assert.deepEqual(r.data.audienceTeams, ["IT"]);
  });

  it("needs at least one team or job title for those audiences", () => {
    assert.match(errorsOf({ audience: "teams" }).audienceTeams!, /at least one team/);
    assert.match(errorsOf({ audience: "job_titles", audienceJobTitlesOther: " , " }).audienceJobTitles!, /at least one job title/);
  });

  it("drops lists that do not apply to the audience", () => {
    const r = parse({ audience: "customer_facing", audienceTeams: ["IT"], audienceJobTitlesOther: "Engineer" });
    assert.ok(r.success);
    assert.deepEqual([r.data.audienceTeams, r.data.audienceJobTitles], [[], []]);
  });

  it("limits the lists", () => {
    const many = Array.from({ length: 51 }, (_, i) => `Team ${i}`).join("\n");
    assert.match(errorsOf({ audience: "teams", audienceTeamsOther: many }).audienceTeams!, /at most 50/);
    assert.match(errorsOf({ audience: "teams", audienceTeamsOther: "x".repeat(151) }).audienceTeams!, /150 characters/);
  });
});

describe("course helpers", () => {
  const everyone = { audience: "everyone" as const, audienceTeams: [], audienceJobTitles: [] };
  it("an audience change is a change of who must take it", () => {
    assert.equal(audienceChanged(everyone, { ...everyone }), false);
    assert.equal(audienceChanged(everyone, { ...everyone, audience: "customer_facing" }), true);
    const it1 = { audience: "teams" as const, audienceTeams: ["IT", "Support"], audienceJobTitles: [] };
    assert.equal(audienceChanged(it1, { ...it1, audienceTeams: ["support", " it"] }), false);
    assert.equal(audienceChanged(it1, { ...it1, audienceTeams: ["IT"] }), true);
  });

  it("merges names keeping the first spelling", () => {
    assert.deepEqual(mergeNames(["Support"], "SUPPORT,  IT ,"), ["Support", "IT"]);
  });

  it("describes validity and audience", () => {
    assert.equal(describeValidity(null), "Never expires");
    assert.equal(describeValidity(12), "1 year");
    assert.equal(describeValidity(24), "2 years");
    assert.equal(describeValidity(1), "1 month");
    assert.equal(describeValidity(18), "18 months");
    assert.equal(describeAudience({ audience: "teams", audienceTeams: ["IT", "Sales"], audienceJobTitles: [] }), "Teams: IT, Sales");
    assert.equal(describeAudience(everyone), "Everyone");
  });

  it("form defaults round-trip through the schema", () => {
    const course = { title: "Breach handling", description: "", durationMinutes: 60, validityMonths: null, audience: "teams" as const, audienceTeams: ["IT"], audienceJobTitles: [], dueWithinDays: 30, active: false };
    const d = courseFormDefaults(course);
    const r = courseFormSchema.safeParse({ ...d.values, audience: d.audience, audienceTeams: d.teams });
    assert.ok(r.success);
    assert.deepEqual(r.data, course);
    assert.ok(courseFormSchema.safeParse({ ...courseFormDefaults().values, title: "New", audience: "everyone" }).success);
  });
});
