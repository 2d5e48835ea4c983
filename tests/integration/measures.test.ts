import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import {
  createMeasure,
  getMeasureById,
  listMeasureActivities,
  listMeasureAuditEvents,
  listMeasures,
  markMeasureReviewed,
  updateMeasure,
  type MeasureListParams,
} from "@/db/queries/measures";
import { activityMeasures, auditLog, processingActivities, securityMeasures, users } from "@/db/schema";
import { seedMeasures } from "@/db/seed/measures";
import { seedDemoData } from "@/db/seed/run";
import { DUPLICATE_NAME_MESSAGE, measureFormSchema, type MeasureInput } from "@/lib/measures/form-schema";
import { refuse } from "@/lib/outcome";
import { addMonths } from "@/lib/time";
import { useTestDatabase } from "../helpers/db";

const today = "2026-11-29";
const now = new Date("2026-11-29T12:00:00Z");

function parse(values: Record<string, string>): MeasureInput {
  const result = measureFormSchema(today).safeParse(values);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

const minimal = { name: "Test measure", kind: "technical", status: "planned" };
const list = (p: Partial<MeasureListParams> = {}) => listMeasures({ today, sort: "name", page: 1, pageSize: 100, ...p });
const auditCount = async () => (await getDb().select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n;
const measureCount = async () => (await getDb().select({ n: sql<number>`count(*)::int` }).from(securityMeasures))[0]!.n;

describe("security measures", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let actor: { type: "user"; id: string };
  before(async () => {
    db = await useTestDatabase();
    await seedDemoData(now);
    const [dpo] = await db.handle.db.select({ id: users.id }).from(users).where(eq(users.role, "dpo"));
    actor = { type: "user", id: dpo!.id };
  });
  after(() => db.cleanup());

  it("the seed inserts the live-chat measures once, and again inserts nothing", async () => {
    // The demo seed (run in before()) already holds them; running the measures seed again adds nothing.
    assert.equal((await list()).total, 9);
    const second = await getDb().transaction((tx) => seedMeasures(tx, today));
    assert.equal(second, 0);
    assert.equal((await list()).total, 9);
    const overdue = await list({ review: "overdue" });
    assert.deepEqual(overdue.rows.map((r) => r.name), ["Staff confidentiality agreements"]);
    const due = await list({ review: "due" });
    assert.deepEqual(due.rows.map((r) => r.name), ["Two-factor sign-in for chat agents"]);
  });

  it("rejects a review date in the future and a malformed one", () => {
    const future = measureFormSchema(today).safeParse({ ...minimal, lastReviewedOn: "2026-11-30" });
    assert.equal(future.success, false);
    const bad = measureFormSchema(today).safeParse({ ...minimal, lastReviewedOn: "2026-02-30" });
    assert.equal(bad.success, false);
    const missing = measureFormSchema(today).safeParse({ kind: "nonsense" });
    assert.equal(missing.success, false);
    assert.equal(parse({ ...minimal, lastReviewedOn: "" }).lastReviewedOn, null);
  });

  it("creates a measure with its audit entry", async () => {
    const created = await createMeasure(actor, parse({ ...minimal, name: "Pseudonymised analytics", description: "Visitor ids hashed" }));
    assert.ok(created.ok);
    const saved = await getMeasureById(created.id);
    assert.equal(saved?.name, "Pseudonymised analytics");
    const events = await listMeasureAuditEvents(created.id);
    assert.equal(events.length, 1);
    assert.equal(events[0]!.action, "measure.create");
    assert.deepEqual(events[0]!.summary, { kind: "technical", status: "planned" });
  });

  it("refuses a duplicate name whatever its case, writing nothing", async () => {
    const measuresBefore = await measureCount();
    const auditBefore = await auditCount();
    const dup = await createMeasure(actor, parse({ ...minimal, name: "  tls FOR the chat widget and chat api " }));
    assert.deepEqual(dup, refuse("taken", DUPLICATE_NAME_MESSAGE, "name"));
    assert.equal(await measureCount(), measuresBefore);
    assert.equal(await auditCount(), auditBefore);

    const other = await createMeasure(actor, parse({ ...minimal, name: "Rename target" }));
    assert.ok(other.ok);
    const auditMid = await auditCount();
    const renamed = await updateMeasure(actor, other.id, parse({ ...minimal, name: "CHAT RETENTION JOB" }));
    assert.deepEqual(renamed, refuse("taken", DUPLICATE_NAME_MESSAGE, "name"));
    assert.equal((await getMeasureById(other.id))?.name, "Rename target");
    assert.equal(await auditCount(), auditMid);
    // Changing only the case of its own name is allowed.
    const recased = await updateMeasure(actor, other.id, parse({ ...minimal, name: "RENAME target" }));
    assert.ok(recased.ok);
  });

  it("audits an edit by field names and enum values only", async () => {
    const created = await createMeasure(actor, parse({ ...minimal, name: "Clean desk policy", kind: "organisational" }));
    assert.ok(created.ok);
    const secret = "Printed transcripts of Anna Svensson are shredded";
    const result = await updateMeasure(actor, created.id, parse({ ...minimal, name: "Clean desk policy", kind: "organisational", status: "in_place", description: secret, lastReviewedOn: "2026-10-01" }));
    assert.ok(result.ok);
    const update = (await listMeasureAuditEvents(created.id)).find((e) => e.action === "measure.update");
    assert.ok(update);
    assert.deepEqual(update.summary.changed, ["description", "lastReviewedOn", "status"]);
    assert.deepEqual(update.summary.status, { from: "planned", to: "in_place" });
    assert.ok(!JSON.stringify(update.summary).includes("Anna"));
    const [row] = await getDb().select({ entityType: auditLog.entityType }).from(auditLog).where(eq(auditLog.action, "measure.update")).limit(1);
    assert.equal(row?.entityType, "security_measure");

    // The same values again: no write, no entry. An unknown id: refused.
    const countBefore = (await listMeasureAuditEvents(created.id)).length;
    await updateMeasure(actor, created.id, parse({ ...minimal, name: "Clean desk policy", kind: "organisational", status: "in_place", description: secret, lastReviewedOn: "2026-10-01" }));
    assert.equal((await listMeasureAuditEvents(created.id)).length, countBefore);
    assert.deepEqual(await updateMeasure(actor, "00000000-0000-4000-8000-000000000000", parse(minimal)), refuse("not_found", "This measure does not exist any more."));
  });

  it("marks a measure reviewed today, once", async () => {
    const created = await createMeasure(actor, parse({ ...minimal, name: "Penetration test of the chat API" }));
    assert.ok(created.ok);
    assert.deepEqual(await markMeasureReviewed(actor, created.id, today), { ok: true, id: created.id, changed: true });
    assert.equal((await getMeasureById(created.id))?.lastReviewedOn, today);
    assert.deepEqual(await markMeasureReviewed(actor, created.id, today), { ok: true, id: created.id, changed: false });
    const reviews = (await listMeasureAuditEvents(created.id)).filter((e) => e.action === "measure.review");
    assert.equal(reviews.length, 1);
    assert.deepEqual(reviews[0]!.summary, { changed: ["lastReviewedOn"] });
    assert.deepEqual(await markMeasureReviewed(actor, "00000000-0000-4000-8000-000000000000", today), refuse("not_found", "This measure does not exist any more."));
  });

  it("filters by kind, status, owner and review on the server", async () => {
    const organisational = await list({ kind: "organisational" });
    assert.ok(organisational.rows.length >= 2 && organisational.rows.every((r) => r.kind === "organisational"));
    const improving = await list({ status: "needs_improvement" });
    assert.ok(improving.rows.length >= 2 && improving.rows.every((r) => r.status === "needs_improvement"));
    const [legal] = await getDb().select({ id: users.id, name: users.name }).from(users).where(eq(users.role, "legal"));
    const legalOwned = await list({ ownerId: legal!.id });
    assert.deepEqual(legalOwned.rows.map((r) => r.name), ["Security reviews of chat vendors", "Staff confidentiality agreements"]);

    const never = await createMeasure(actor, parse({ ...minimal, name: "Never reviewed measure" }));
    const boundary = await createMeasure(actor, parse({ ...minimal, name: "Reviewed exactly a year ago", lastReviewedOn: addMonths(today, -12) }));
    assert.ok(never.ok && boundary.ok);
    const overdue = (await list({ review: "overdue" })).rows.map((r) => r.name);
    assert.ok(overdue.includes("Never reviewed measure"));
    assert.ok(overdue.includes("Staff confidentiality agreements"));
    assert.ok(!overdue.includes("Reviewed exactly a year ago"));
    assert.ok((await list({ review: "due" })).rows.some((r) => r.name === "Reviewed exactly a year ago"));
    const combined = await list({ review: "overdue", kind: "organisational" });
    assert.deepEqual(combined.rows.map((r) => r.name), ["Staff confidentiality agreements"]);
  });

  it("sorts and pages on the server, and counts linked activities", async () => {
    const all = await list();
    const names = all.rows.map((r) => r.name.toLowerCase());
    assert.deepEqual(names, [...names].sort());
    const page2 = await list({ page: 2, pageSize: 3 });
    assert.equal(page2.total, all.total);
    assert.deepEqual(page2.rows.map((r) => r.id), all.rows.slice(3, 6).map((r) => r.id));
    const byReview = (await list({ sort: "reviewed" })).rows;
    assert.equal(byReview[0]!.lastReviewedOn, null, "never reviewed first");
    const dates = byReview.map((r) => r.lastReviewedOn).filter((d): d is string => d !== null);
    assert.deepEqual(dates, [...dates].sort());

    // A measure the demo record links to no activity.
    const tls = all.rows.find((r) => r.name === "Chat retention job")!;
    assert.equal(tls.activityCount, 0);
    assert.deepEqual(await listMeasureActivities(tls.id), []);
    const acts = await getDb().insert(processingActivities).values([{ name: "Live chat support" }, { name: "Chat analytics" }]).returning({ id: processingActivities.id });
    await getDb().insert(activityMeasures).values(acts.map((a) => ({ activityId: a.id, measureId: tls.id })));
    const after = (await list()).rows.find((r) => r.id === tls.id)!;
    assert.equal(after.activityCount, 2);
    assert.deepEqual((await listMeasureActivities(tls.id)).map((a) => a.name), ["Chat analytics", "Live chat support"]);
  });
});
