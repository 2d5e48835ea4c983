import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { breachesPerMonthByRisk, breachOverview, addBreachFollowUp, createBreach, getBreachById, listBreachAuditEvents, listBreaches, updateBreach } from "@/db/queries/breaches";
import { auditLog, breaches, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed/run";
import { breachClock } from "@/lib/breaches/clock";
import { breachFormSchema, type BreachInput } from "@/lib/breaches/form-schema";
import { refuse } from "@/lib/outcome";
import { breachProblems } from "@/lib/breaches/rules";
import { useTestDatabase } from "../helpers/db";

const TZ = "Europe/Stockholm";
const now = new Date("2026-11-29T12:00:00Z");

function form(values: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return Object.fromEntries(fd.entries());
}

const minimal = { title: "Test breach", awareAt: "2026-11-28T09:30", risk: "unassessed", notifyDecision: "pending", subjectCommStatus: "pending", status: "open" };

function parse(values: Record<string, string>): BreachInput {
  const result = breachFormSchema(TZ, now).safeParse(form(values));
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

describe("breach queries", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let actorId: string;
  before(async () => {
    db = await useTestDatabase();
    await seedDemoData(now);
    const [dpo] = await db.handle.db.select({ id: users.id }).from(users).where(eq(users.role, "dpo"));
    actorId = dpo!.id;
  });
  after(() => db.cleanup());

  it("the seed is idempotent", async () => {
    const beforeCount = (await listBreaches({ sort: "aware_desc", page: 1, pageSize: 100 })).total;
    const auditBefore = (await db.handle.db.select().from(auditLog)).length;
    assert.equal(await seedDemoData(now), 0);
    assert.equal((await listBreaches({ sort: "aware_desc", page: 1, pageSize: 100 })).total, beforeCount);
    assert.equal((await db.handle.db.select().from(auditLog)).length, auditBefore);
  });

  it("reads form times in the organisation's time zone", () => {
    assert.equal(parse(minimal).awareAt.toISOString(), "2026-11-28T08:30:00.000Z");
  });

  it("creates a breach with a yearly reference and an audit entry in the same transaction", async () => {
    const created = await createBreach({ type: "user", id: actorId }, parse(minimal));
    assert.match(created.reference, /^BR-2026-\d{3}$/);
    const second = await createBreach({ type: "user", id: actorId }, parse({ ...minimal, title: "Second" }));
    assert.notEqual(second.reference, created.reference);
    const events = await listBreachAuditEvents(created.id);
    assert.equal(events.length, 1);
    assert.equal(events[0]!.action, "breach.create");
    assert.equal(events[0]!.summary.reference, created.reference);
  });

  it("audits an edit by field name and enum values, never the free text", async () => {
    const created = await createBreach({ type: "user", id: actorId }, parse(minimal));
    const secretText = "Customer Anna Svensson's card 4111 was exposed";
    await updateBreach({ type: "user", id: actorId }, created.id, parse({ ...minimal, description: secretText, status: "assessing" }));
    const events = await listBreachAuditEvents(created.id);
    const update = events.find((e) => e.action === "breach.update");
    assert.ok(update);
    assert.deepEqual(update.summary.changed, ["description", "status"]);
    assert.deepEqual(update.summary.status, { from: "open", to: "assessing" });
    assert.ok(!JSON.stringify(update.summary).includes("Anna"));
    const saved = await getBreachById(created.id);
    assert.equal(saved?.description, secretText);
  });

  it("an edit with no change writes no audit entry; an unknown id changes nothing", async () => {
    const created = await createBreach({ type: "user", id: actorId }, parse(minimal));
    assert.deepEqual(await updateBreach({ type: "user", id: actorId }, created.id, parse(minimal)), { ok: true, id: created.id, changed: [] });
    assert.equal((await listBreachAuditEvents(created.id)).length, 1);
    assert.deepEqual(await updateBreach({ type: "user", id: actorId }, "00000000-0000-4000-8000-000000000000", parse(minimal)), refuse("not_found", "This breach does not exist any more."));
  });

  it("records follow-up notifications with their audit entry", async () => {
    const created = await createBreach({ type: "user", id: actorId }, parse(minimal));
    const r = await addBreachFollowUp({ type: "user", id: actorId }, { breachId: created.id, sentAt: now, reference: "X/2", content: "More detail" });
    assert.ok(r.ok);
    assert.ok((await listBreachAuditEvents(created.id)).some((e) => e.action === "breach.follow_up" && e.summary.followUpId === r.id));
    const gone = await addBreachFollowUp({ type: "user", id: actorId }, { breachId: "00000000-0000-4000-8000-000000000000", sentAt: now, reference: "X/3", content: "x" });
    assert.deepEqual(gone, refuse("not_found", "This breach does not exist any more."));
  });

  it("filters, sorts and pages on the server", async () => {
    const closed = await listBreaches({ status: "closed", sort: "aware_desc", page: 1, pageSize: 100 });
    assert.ok(closed.total >= 3);
    assert.ok(closed.rows.every((r) => r.status === "closed"));
    const high = await listBreaches({ risk: "high", sort: "aware_desc", page: 1, pageSize: 100 });
    assert.deepEqual(high.rows.map((r) => r.reference), ["BR-DEMO-4"]);
    const all = await listBreaches({ sort: "aware_asc", page: 1, pageSize: 100 });
    const times = all.rows.map((r) => r.awareAt.getTime());
    assert.deepEqual(times, [...times].sort((a, b) => a - b));
    const page2 = await listBreaches({ sort: "aware_asc", page: 2, pageSize: 2 });
    assert.deepEqual(page2.rows.map((r) => r.id), all.rows.slice(2, 4).map((r) => r.id));
    const ranged = await listBreaches({ awareFrom: new Date(now.getTime() - 50 * 86_400_000), awareBefore: now, sort: "aware_desc", page: 1, pageSize: 100 });
    assert.ok(ranged.rows.some((r) => r.reference === "BR-DEMO-2"));
    assert.ok(!ranged.rows.some((r) => r.reference === "BR-DEMO-3"));
  });

  it("computes the overview figures in SQL", async () => {
    const o = await breachOverview(now, TZ);
    // BR-DEMO-1 was seeded 20 hours before `now`, awaiting notification.
    assert.ok(o.inWindow.some((b) => b.reference === "BR-DEMO-1"));
    assert.ok(o.lateThisYear >= 1, "BR-DEMO-2 was notified after 96 hours");
    assert.ok(o.open >= 2);
    const months = await breachesPerMonthByRisk(now, TZ);
    assert.equal(months.length, 12);
    assert.equal(months.at(-1)!.month, "2026-11");
    const total = months.reduce((s, m) => s + m.unassessed + m.unlikely + m.risk + m.high, 0);
    assert.ok(total >= 5);
  });

  it("every demo breach passes the Art. 33 and 34 rules", async () => {
    const { rows } = await listBreaches({ sort: "aware_desc", page: 1, pageSize: 100 });
    const demo = rows.filter((r) => r.reference.startsWith("BR-DEMO-"));
    assert.equal(demo.length, 5);
    for (const r of demo) {
      const b = await getBreachById(r.id);
      assert.deepEqual(breachProblems(b!, now), {}, r.reference);
    }
  });

  it("refuses 'not notified' without a risk assessment, and nothing is written", () => {
    const result = breachFormSchema(TZ, now).safeParse(form({ ...minimal, notifyDecision: "not_required", notNotifiedJustification: "Looks minor" }));
    assert.equal(result.success, false);
    assert.ok(result.error!.issues.some((i) => i.path[0] === "risk" && /Unlikely to result in a risk/.test(i.message)));
  });

  it("keeps the 72-hour clock running for a breach 'not notified' without the assessment (Art. 33(1))", async () => {
    const before = await breachOverview(now, TZ);
    // Rows as an older version stored them: the decision was accepted without an assessment.
    const base = { title: "Legacy not notified", notifyDecision: "not_required" as const, notNotifiedJustification: "Minor", status: "assessing" as const };
    const [fresh, old, waived] = await db.handle.db
      .insert(breaches)
      .values([
        { ...base, reference: "BR-LEGACY-1", awareAt: new Date(now.getTime() - 10 * 3_600_000), risk: "unassessed" },
        { ...base, reference: "BR-LEGACY-2", awareAt: new Date(now.getTime() - 100 * 3_600_000), risk: "unassessed" },
        { ...base, reference: "BR-LEGACY-3", awareAt: new Date(now.getTime() - 5 * 3_600_000), risk: "unlikely", riskReasoning: "Encrypted" },
      ])
      .returning({ id: breaches.id });
    const after = await breachOverview(now, TZ);
    assert.ok(after.inWindow.some((b) => b.id === fresh!.id), "unassessed 'not notified' stays inside the window");
    assert.ok(!after.inWindow.some((b) => b.id === waived!.id), "assessed as unlikely: the clock stops");
    assert.equal(after.overdue, before.overdue + 1, "the one aware 100 hours ago counts as overdue");
    const listed = await listBreaches({ sort: "aware_desc", page: 1, pageSize: 100 });
    const row = listed.rows.find((r) => r.id === old!.id)!;
    // The list hands the countdown the decision and the risk, and the clock reads both.
    assert.equal(breachClock({ ...row, now }).kind, "overdue");
  });
});
