import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getCertificate, importCompletions, listCompletionsForPerson, personCourseStatuses, previewCompletionImport, recordCompletion, withdrawCompletion, getStaffById, importStaff, listStaff, previewStaffImport, reduceLeavers, updateStaff, createStaff } from "@/db/queries/training";
import { auditLog, courses, staff, trainingCertificates, trainingCompletions, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed/run";
import { staffFormSchema } from "@/lib/training/staff-schema";
import { refuse } from "@/lib/outcome";
import { dbErrorMatching, useTestDatabase } from "../helpers/db";

const now = new Date("2026-11-29T12:00:00Z");
const TODAY = "2026-11-29";
const DOMAIN = "northwind-outdoor.example";
const HEAD = "name,work_email,team,job_title,manager_email,customer_facing,start_date,leave_date\r\n";
const STAFF_CSV =
  HEAD +
  `"Berg, Anna",anna.berg@${DOMAIN},Support,Chat agent,manager@${DOMAIN},yes,2025-03-01,\r\n` +
  `Bo Ek,bo.ek@${DOMAIN},IT,Engineer,,no,2024-01-10,\r\n` +
  `Broken Row,not-an-email,IT,Engineer,,maybe,2024-01-10,\r\n`;
const list = { who: "all" as const, sort: "name" as const, page: 1, pageSize: 100 };

describe("staff and completions", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let dpo: { id: string; role: "dpo" };
  let manager: { id: string; role: "manager" };
  let basicsId: string;
  const actor = () => ({ type: "user" as const, id: dpo.id });
  const countRows = async (table: typeof staff | typeof trainingCompletions) => (await db.handle.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
  const byEmail = async (email: string) => (await db.handle.db.select().from(staff).where(eq(staff.workEmail, email)))[0]!;

  before(async () => {
    db = await useTestDatabase();
    await seedDemoData(now);
    const [d] = await db.handle.db.select({ id: users.id }).from(users).where(eq(users.email, `dpo@${DOMAIN}`));
    const [m] = await db.handle.db.select({ id: users.id }).from(users).where(eq(users.email, `manager@${DOMAIN}`));
    dpo = { id: d!.id, role: "dpo" };
    manager = { id: m!.id, role: "manager" };
    // Courses may or may not be seeded by the courses module; these are the test's own.
    const [c] = await db.handle.db
      .insert(courses)
      .values({ title: "Staff test basics", validityMonths: 12, audience: "everyone", audienceChangedOn: "2020-01-01" })
      .returning({ id: courses.id });
    basicsId = c!.id;
  });
  after(() => db.cleanup());

  it("previews a CSV with per-row errors and writes nothing", async () => {
    const before = await countRows(staff);
    const preview = await previewStaffImport(STAFF_CSV);
    assert.ok(preview.ok);
    assert.equal(preview.rows.filter((r) => r.data).length, 2);
    assert.deepEqual(preview.rows[2]!.errors, ["Work email is not a valid address.", "Customer-facing must be yes or no (or true/false, 1/0)."]);
    assert.equal(await countRows(staff), before);
  });

  it("imports the valid rows once; a second import updates nothing and duplicates nothing", async () => {
    const before = await countRows(staff);
    const first = await importStaff(actor(), STAFF_CSV, TODAY);
    assert.ok(first.ok);
    assert.deepEqual(first.counts, { created: 2, updated: 0, unchanged: 0, skipped: 1 });
    assert.equal(await countRows(staff), before + 2);
    const anna = await byEmail(`anna.berg@${DOMAIN}`);
    assert.equal(anna.name, "Berg, Anna");
    assert.equal(anna.managerUserId, manager.id);
    const second = await importStaff(actor(), STAFF_CSV, TODAY);
    assert.ok(second.ok);
    assert.deepEqual(second.counts, { created: 0, updated: 0, unchanged: 2, skipped: 1 });
    assert.equal(await countRows(staff), before + 2);
    const audits = await db.handle.db.select().from(auditLog).where(eq(auditLog.action, "staff.import"));
    assert.equal(audits.length, 1);
    assert.ok(!JSON.stringify(audits[0]!.summary).includes("anna"));
  });

  it("an import that changes the team sets roleChangedOn; a name change does not", async () => {
    const changed = STAFF_CSV.replace(`Bo Ek,bo.ek@${DOMAIN},IT,`, `Bo Ek,BO.EK@${DOMAIN},Support,`).replace('"Berg, Anna"', "Anna Berg");
    const result = await importStaff(actor(), changed, "2026-11-30");
    assert.ok(result.ok);
    assert.deepEqual(result.counts, { created: 0, updated: 2, unchanged: 0, skipped: 1 });
    assert.equal((await byEmail(`bo.ek@${DOMAIN}`)).roleChangedOn, "2026-11-30");
    assert.equal((await byEmail(`anna.berg@${DOMAIN}`)).roleChangedOn, null);
  });

  it("a file that cannot be read writes nothing when confirmed", async () => {
    const before = await countRows(staff);
    const auditsBefore = (await db.handle.db.select().from(auditLog)).length;
    const bad = await importStaff(actor(), `name,work_email\r\nX,x@${DOMAIN}\r\n`, TODAY);
    assert.deepEqual(bad, refuse("invalid", "Missing columns: team, job_title, customer_facing, start_date."));
    const unterminated = await importStaff(actor(), `${HEAD}"Open quote,o@${DOMAIN},T,J,,yes,2024-01-01,\r\n`, TODAY);
    assert.equal(unterminated.ok, false);
    assert.equal(await countRows(staff), before);
    assert.equal((await db.handle.db.select().from(auditLog)).length, auditsBefore);
  });

  it("editing team, job title or customer contact sets roleChangedOn, audited by field name", async () => {
    const karin = await byEmail(`karin.lund@${DOMAIN}`);
    const input = staffFormSchema.parse({ name: karin.name, workEmail: karin.workEmail, team: karin.team, jobTitle: karin.jobTitle, startDate: karin.startDate, customerFacing: "on" });
    await updateStaff(actor(), karin.id, input, TODAY);
    const after = await byEmail(karin.workEmail);
    assert.equal(after.roleChangedOn, TODAY);
    assert.equal(after.customerFacing, true);
    const [entry] = await db.handle.db.select().from(auditLog).where(and(eq(auditLog.action, "staff.update"), eq(auditLog.entityId, karin.id)));
    assert.deepEqual(entry!.summary.changed, ["customerFacing"]);
    // Taking someone else's email is refused, not a database error.
    const taken = await updateStaff(actor(), karin.id, { ...input, workEmail: `sara.nystrom@${DOMAIN}` }, TODAY);
    assert.deepEqual(taken, refuse("taken", "Another person already has this work email.", "workEmail"));
    assert.deepEqual(
      await updateStaff(actor(), "00000000-0000-4000-8000-000000000000", input, TODAY),
      refuse("not_found", "This person is not in the directory any more."),
    );
    const typo = await createStaff(actor(), { ...input, workEmail: `SARA.NYSTROM@${DOMAIN}`.toLowerCase() });
    assert.deepEqual(typo, refuse("taken", "Another person already has this work email.", "workEmail"));
  });

  it("a manager sees only their team, and nobody else's person or certificate", async () => {
    const mine = await listStaff(manager, list, TODAY);
    assert.ok(mine.total >= 6);
    assert.ok(mine.rows.every((r) => r.managerName !== null));
    const all = await listStaff(dpo, list, TODAY);
    assert.ok(all.total > mine.total);
    const karin = await byEmail(`karin.lund@${DOMAIN}`);
    const karinBefore = (await listCompletionsForPerson(karin.id)).length;
    assert.equal(await getStaffById(manager, karin.id), null);
    assert.ok(await getStaffById(dpo, karin.id));
    const refused = await recordCompletion({ type: "user", id: manager.id }, manager, { staffId: karin.id, courseId: basicsId, completedOn: "2026-11-01", score: null });
    assert.deepEqual(refused, refuse("not_found", "This person is not in the directory, or not in your team."));
    assert.equal((await listCompletionsForPerson(karin.id)).length, karinBefore, "nothing was recorded for her");
  });

  it("records a completion with its certificate, refuses the same day twice, and withdraws with a reason", async () => {
    const sara = await byEmail(`sara.nystrom@${DOMAIN}`);
    const pdf = Buffer.from("%PDF-1.7\n% test certificate\n");
    const recorded = await recordCompletion({ type: "user", id: manager.id }, manager, { staffId: sara.id, courseId: basicsId, completedOn: "2026-11-01", score: 90 }, { fileName: "cert.pdf", mimeType: "application/pdf", bytes: pdf });
    assert.ok(recorded.ok);
    const [cert] = await db.handle.db.select().from(trainingCertificates).where(eq(trainingCertificates.completionId, recorded.id));
    assert.match(cert!.sha256, /^[0-9a-f]{64}$/);
    assert.equal(Buffer.compare(cert!.data, pdf), 0);
    assert.ok(await getCertificate(manager, sara.id, recorded.id));
    const karin = await byEmail(`karin.lund@${DOMAIN}`);
    assert.equal(await getCertificate(manager, karin.id, recorded.id), null);
    const statuses = await personCourseStatuses(sara, TODAY);
    assert.equal(statuses.find((s) => s.courseId === basicsId)?.status.state, "current");

    const again = await recordCompletion(actor(), dpo, { staffId: sara.id, courseId: basicsId, completedOn: "2026-11-01", score: null });
    assert.deepEqual(again, refuse("taken", "This course is already recorded as completed on this day.", "completedOn"));

    const withdrawn = await withdrawCompletion({ type: "user", id: manager.id }, manager, { staffId: sara.id, completionId: recorded.id, reason: "Wrong person ticked" });
    assert.ok(withdrawn.ok);
    const history = await listCompletionsForPerson(sara.id);
    assert.equal(history[0]!.withdrawnReason, "Wrong person ticked");
    assert.deepEqual(await withdrawCompletion(actor(), dpo, { staffId: sara.id, completionId: recorded.id, reason: "again" }), refuse("conflict", "This completion was already withdrawn."));
    // Withdrawn, the day is free again: record it correctly.
    assert.ok((await recordCompletion(actor(), dpo, { staffId: sara.id, courseId: basicsId, completedOn: "2026-11-01", score: 95 })).ok);
    const audits = await db.handle.db.select({ action: auditLog.action, summary: auditLog.summary }).from(auditLog).where(eq(auditLog.entityId, sara.id));
    assert.deepEqual(audits.map((a) => a.action), ["training_completion.record", "training_completion.withdraw", "training_completion.record"]);
    assert.ok(!JSON.stringify(audits).includes("Wrong person"));
  });

  it("imports completions once: a second import of the same file adds nothing", async () => {
    const csv = `work_email,course,completed_on,score\r\nomar.haddad@${DOMAIN},STAFF TEST BASICS,2026-10-01,80\r\nkarin.lund@${DOMAIN},Staff test basics,2026-10-02,\r\nnobody@${DOMAIN},Staff test basics,2026-10-02,\r\n`;
    const before = await countRows(trainingCompletions);
    const preview = await previewCompletionImport(dpo, csv, TODAY);
    assert.ok(preview.ok);
    assert.equal(await countRows(trainingCompletions), before);
    const first = await importCompletions(actor(), dpo, csv, TODAY);
    assert.deepEqual(first.ok && first.counts, { created: 2, alreadyThere: 0, skipped: 1 });
    const second = await importCompletions(actor(), dpo, csv, TODAY);
    assert.deepEqual(second.ok && second.counts, { created: 0, alreadyThere: 2, skipped: 1 });
    assert.equal(await countRows(trainingCompletions), before + 2);
  });

  it("a manager's completion import refuses rows for other teams", async () => {
    const csv = `work_email,course,completed_on\r\nelin.sjoberg@${DOMAIN},Staff test basics,2026-10-03\r\nlisa.persson@${DOMAIN},Staff test basics,2026-10-03\r\n`;
    const lisa = await byEmail(`lisa.persson@${DOMAIN}`);
    const lisaBefore = (await listCompletionsForPerson(lisa.id)).length;
    const result = await importCompletions({ type: "user", id: manager.id }, manager, csv, TODAY);
    assert.deepEqual(result.ok && result.counts, { created: 1, alreadyThere: 0, skipped: 1 });
    assert.equal((await listCompletionsForPerson(lisa.id)).length, lisaBefore, "nothing was imported for another team");
  });

  it("the database refuses a score out of range even if a caller skips the checks", async () => {
    const sara = await byEmail(`sara.nystrom@${DOMAIN}`);
    await assert.rejects(
      db.handle.db.insert(trainingCompletions).values({ staffId: sara.id, courseId: basicsId, completedOn: "2026-01-01", score: 101 }),
      dbErrorMatching(/training_completions_score_range/),
    );
  });

  it("reduces leavers past the retention period: history kept, identifying details cleared", async () => {
    const bo = await byEmail(`bo.ek@${DOMAIN}`);
    await db.handle.db.update(staff).set({ leaveDate: "2024-06-30" }).where(eq(staff.id, bo.id));
    await recordCompletion(actor(), dpo, { staffId: bo.id, courseId: basicsId, completedOn: "2024-05-01", score: null });
    // The seeded leaver left 60 days ago: kept as is.
    const nils = await byEmail(`nils.aberg@${DOMAIN}`);
    const result = await reduceLeavers(actor(), TODAY);
    assert.equal(result.reduced, 1);
    const reduced = (await db.handle.db.select().from(staff).where(eq(staff.id, bo.id)))[0]!;
    assert.equal(reduced.workEmail, `reduced-${bo.id}@reduced.invalid`);
    assert.deepEqual([reduced.team, reduced.jobTitle, reduced.managerUserId, reduced.name, reduced.startDate], ["", "", null, "Bo Ek", bo.startDate]);
    assert.ok(reduced.reducedAt);
    assert.equal((await listCompletionsForPerson(bo.id)).length, 1);
    assert.equal((await db.handle.db.select().from(staff).where(eq(staff.id, nils.id)))[0]!.reducedAt, null);
    const [entry] = await db.handle.db.select().from(auditLog).where(eq(auditLog.action, "staff.reduce_leavers"));
    assert.deepEqual(entry!.summary, { reduced: 1, retentionMonths: 24 });
    assert.equal((await reduceLeavers(actor(), TODAY)).reduced, 0);
    // Leavers drop out of the current list.
    const current = await listStaff(dpo, { ...list, who: "current" }, TODAY);
    assert.ok(!current.rows.some((r) => r.id === bo.id || r.id === nils.id));
    assert.equal((await db.handle.db.select().from(trainingCompletions).where(and(eq(trainingCompletions.staffId, bo.id), isNull(trainingCompletions.withdrawnAt)))).length, 1);
  });
});
