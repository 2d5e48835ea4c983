import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { desc, eq, inArray } from "drizzle-orm";
import { createCourse, getCourseById, updateCourse, lastReminders, sendReminders, completionTrend, loadTrainingMatrix, overdueRows, ratesByCourse, ratesByTeam, summarizeMatrix } from "@/db/queries/training";
import { deliverOutbox, listOutbox } from "@/db/queries/outbox";
import { auditLog, courses, outbox, staff, trainingCompletions, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed/run";
import { parseEnv } from "@/lib/env";
import { smtpSender } from "@/lib/mail/send";
import { courseFormSchema, type CourseInput } from "@/lib/training/course-schema";
import { addDays } from "@/lib/time";
import type { ActingUser } from "@/lib/auth/roles";
import { refuse } from "@/lib/outcome";
import { useTestDatabase } from "../helpers/db";

const now = new Date("2026-11-29T12:00:00Z");
const today = "2026-11-29";
const email = (local: string) => `${local}@northwind-outdoor.example`;

function course(over: Record<string, unknown>): CourseInput {
  const r = courseFormSchema.safeParse({ durationMinutes: "20", validityMonths: "12", dueWithinDays: "21", active: "on", audience: "everyone", ...over });
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data;
}

describe("training: courses, status, reminders, outbox", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let dpo: ActingUser;
  let manager: ActingUser;
  before(async () => {
    delete process.env.SMTP_URL;
    db = await useTestDatabase();
    await seedDemoData(now);
    const all = await db.handle.db.select({ id: users.id, role: users.role, email: users.email }).from(users);
    dpo = all.find((u) => u.role === "dpo")!;
    manager = all.find((u) => u.email === email("manager"))!;
  });
  after(() => db.cleanup());

  it("the seed is idempotent", async () => {
    const count = async () => (await db.handle.db.select({ id: trainingCompletions.id }).from(trainingCompletions)).length;
    const before = await count();
    assert.ok(before > 10);
    assert.equal(await seedDemoData(now), 0);
    assert.equal(await seedDemoData(new Date("2026-12-15T12:00:00Z")), 0);
    assert.equal(await count(), before);
    assert.equal((await db.handle.db.select().from(courses)).length, 3);
  });

  it("computes the matrix from the seeded data: every state, and the leaver left out", async () => {
    const rows = await loadTrainingMatrix({ scope: dpo, today });
    const state = (person: string, title: string) => rows.find((r) => r.workEmail === email(person) && r.courseTitle === title)?.status.state;
    assert.equal(state("sara.nystrom", "GDPR basics"), "current");
    assert.equal(state("sara.nystrom", "Live chat and personal data"), "due_soon");
    assert.equal(state("omar.haddad", "GDPR basics"), "overdue");
    assert.equal(state("elin.sjoberg", "Live chat and personal data"), "overdue");
    assert.equal(state("jonas.ek", "GDPR basics"), "never_done");
    assert.equal(state("lisa.persson", "Breach handling"), "overdue");
    assert.equal(state("karin.lund", "Breach handling"), "current");
    // Not in the audience: no row at all.
    assert.equal(state("peter.olofsson", "Live chat and personal data"), undefined);
    assert.equal(state("sara.nystrom", "Breach handling"), undefined);
    // Nils left 60 days ago: his history stays, he is in no figure.
    assert.equal(rows.some((r) => r.workEmail === email("nils.aberg")), false);
    const summary = summarizeMatrix(rows, today);
    assert.equal(summary.people, 11);
    assert.ok(summary.overdue >= 5 && summary.expiringSoon >= 2);
    assert.ok(summary.rate! > 0 && summary.rate! < 1);
    assert.equal(ratesByCourse(rows)[0]!.label, "Live chat and personal data");
    assert.equal(ratesByTeam(rows).at(-1)!.customerFacing, false);
    assert.ok(overdueRows(rows).every((r, i, all) => i === 0 || all[i - 1]!.status.dueOn! <= r.status.dueOn!));
  });

  it("a withdrawn completion no longer counts", async () => {
    const [sara] = await db.handle.db.select({ id: staff.id }).from(staff).where(eq(staff.workEmail, email("sara.nystrom")));
    const [c] = await db.handle.db.select({ id: trainingCompletions.id }).from(trainingCompletions).where(eq(trainingCompletions.staffId, sara!.id)).orderBy(desc(trainingCompletions.completedOn)).limit(1);
    await db.handle.db.update(trainingCompletions).set({ withdrawnAt: now, withdrawnReason: "test" }).where(eq(trainingCompletions.id, c!.id));
    const rows = await loadTrainingMatrix({ scope: dpo, today });
    assert.equal(rows.find((r) => r.staffId === sara!.id && r.courseTitle === "GDPR basics")!.status.lastCompletedOn, addDays(today, -470));
    await db.handle.db.update(trainingCompletions).set({ withdrawnAt: null, withdrawnReason: null }).where(eq(trainingCompletions.id, c!.id));
  });

  it("a manager's matrix holds their team only", async () => {
    const rows = await loadTrainingMatrix({ scope: { id: manager.id, role: "manager" }, today });
    assert.ok(rows.length > 0);
    assert.deepEqual([...new Set(rows.map((r) => r.team))], ["Support"]);
    assert.ok(rows.every((r) => r.managerEmail === email("manager")));
    const trend = await completionTrend({ scope: { id: manager.id, role: "manager" }, today });
    assert.equal(trend.length, 12);
    assert.equal(trend.at(-1)!.month, "2026-11");
    assert.ok(trend.every((p) => p.rate === null || (p.rate >= 0 && p.rate <= 100)));
  });

  it("validates courses: a second course with the same title (any case) is refused", async () => {
    const r = await createCourse({ type: "user", id: dpo.id }, course({ title: "gdpr BASICS" }), today);
    assert.deepEqual(r, refuse("taken", "Another course already has this title.", "title"));
    assert.equal(courseFormSchema.safeParse({ title: "x", audience: "teams" }).success, false);
  });

  it("an audience change makes the new assignments due from that day, and is audited", async () => {
    const actor = { type: "user" as const, id: dpo.id };
    const created = await createCourse(actor, course({ title: "Chat escalation", audience: "teams", audienceTeams: "IT" }), "2026-01-01");
    assert.ok(created.ok);
    const id = created.id;
    const rowsFor = async (day: string) => (await loadTrainingMatrix({ scope: dpo, today: day })).filter((r) => r.courseId === id);
    // IT people since January: overdue by now.
    assert.ok((await rowsFor(today)).every((r) => r.team === "IT" && r.status.state === "overdue"));

    // An edit that leaves the audience alone keeps the date.
    await updateCourse(actor, id, course({ title: "Chat escalation", description: "Now with a description", audience: "teams", audienceTeams: "it" }), today);
    assert.equal((await getCourseById(id))!.audienceChangedOn, "2026-01-01");

    await updateCourse(actor, id, course({ title: "Chat escalation", description: "Now with a description", audience: "customer_facing" }), today);
    assert.equal((await getCourseById(id))!.audienceChangedOn, today);
    const after = await rowsFor(today);
    const sara = after.find((r) => r.workEmail === email("sara.nystrom"))!;
    assert.equal(sara.status.state, "never_done");
    assert.equal(sara.status.dueOn, addDays(today, 21));
    assert.equal(after.some((r) => r.team === "IT"), false);

    const entries = await db.handle.db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.id);
    assert.deepEqual(entries.map((e) => e.action), ["course.create", "course.update", "course.update"]);
    assert.deepEqual(entries.at(-1)!.summary, { changed: ["audience", "audienceTeams"], audienceChanged: true });
    assert.deepEqual(await updateCourse(actor, "00000000-0000-4000-8000-000000000000", course({ title: "Nope" }), today), refuse("not_found", "This course does not exist any more."));
    // Keep the rest of the file's figures as seeded.
    await db.handle.db.update(courses).set({ active: false }).where(eq(courses.id, id));
  });

  it("reminds a manager's overdue team once a week per person and course, queued without SMTP", async () => {
    assert.equal(smtpSender(), null);
    const scope: ActingUser = { id: manager.id, role: "manager" };
    const actor = { type: "user" as const, id: manager.id };
    const overdue = overdueRows(await loadTrainingMatrix({ scope, today }));
    assert.ok(overdue.length >= 2);

    // A pair outside the manager's team is ignored, not reminded.
    const [karin] = await db.handle.db.select({ id: staff.id }).from(staff).where(eq(staff.workEmail, email("karin.lund")));
    const outside = await sendReminders(actor, { scope, today, now, only: [{ staffId: karin!.id, courseId: overdue[0]!.courseId }] });
    assert.deepEqual(outside, { ok: true, sent: 0, skipped: 0, outboxIds: [] });

    const first = await sendReminders(actor, { scope, today, now });
    assert.equal(first.sent, overdue.length);
    assert.equal(first.skipped, 0);
    // One e-mail to the person and one to their manager per reminder.
    assert.equal(first.outboxIds.length, overdue.length * 2);
    const messages = await db.handle.db.select().from(outbox).where(inArray(outbox.id, first.outboxIds));
    assert.ok(messages.every((m) => m.status === "queued" && m.attempts === 0));
    assert.ok(messages.some((m) => m.toAddress === email("manager")));
    assert.ok(messages.some((m) => m.toAddress === overdue[0]!.workEmail && m.body.includes(overdue[0]!.courseTitle) && m.body.includes(overdue[0]!.status.dueOn!)));
    assert.ok(messages.every((m) => !m.body.includes("@")));

    const [entry] = await db.handle.db.select().from(auditLog).where(eq(auditLog.action, "training_reminder.send")).orderBy(desc(auditLog.id)).limit(1);
    assert.equal((entry!.summary as { sent: number }).sent, overdue.length);
    assert.doesNotMatch(JSON.stringify(entry!.summary), /@/);

    const again = await sendReminders(actor, { scope, today, now: new Date(now.getTime() + 6 * 86_400_000) });
    assert.deepEqual([again.sent, again.skipped, again.outboxIds.length], [0, overdue.length, 0]);
    const last = await lastReminders(scope);
    assert.equal(last.get(`${overdue[0]!.staffId}:${overdue[0]!.courseId}`)?.getTime(), now.getTime());

    const weekLater = await sendReminders(actor, { scope, today, now: new Date(now.getTime() + 8 * 86_400_000), only: [{ staffId: overdue[0]!.staffId, courseId: overdue[0]!.courseId }] });
    assert.deepEqual([weekLater.sent, weekLater.skipped], [1, 0]);
  });

  it("delivers queued messages: a failure is kept without the address, a retry sends", async () => {
    const { counts } = await listOutbox({ page: 1, pageSize: 10 });
    assert.ok(counts.queued > 0);
    const failing = await deliverOutbox({
      limit: 1,
      send: async (m) => {
        throw Object.assign(new Error(`550 <${m.to}> rejected`), { code: "EENVELOPE", responseCode: 550 });
      },
    });
    assert.deepEqual(failing, { sent: 0, failed: 1 });
    const [failed] = await db.handle.db.select().from(outbox).where(eq(outbox.status, "failed"));
    assert.equal(failed!.attempts, 1);
    assert.doesNotMatch(failed!.lastError!, /@/);

    const seen: string[] = [];
    const ok = await deliverOutbox({ ids: [failed!.id], send: async (m) => void seen.push(m.subject) });
    assert.deepEqual(ok, { sent: 1, failed: 0 });
    const [sent] = await db.handle.db.select().from(outbox).where(eq(outbox.id, failed!.id));
    assert.deepEqual([sent!.status, sent!.attempts, sent!.lastError], ["sent", 2, null]);
    assert.ok(sent!.sentAt);
    assert.equal((await deliverOutbox({ ids: [failed!.id], send: async () => assert.fail("sent twice") })).sent, 0);
  });

  it("reads SMTP_URL and MAIL_FROM from the configuration", () => {
    assert.equal(parseEnv({}).MAIL_FROM, "dpo-desk@localhost");
    assert.equal(parseEnv({ SMTP_URL: "smtps://u:p@mail.example.com:465", MAIL_FROM: "dpo@example.com" }).SMTP_URL, "smtps://u:p@mail.example.com:465");
    assert.throws(() => parseEnv({ SMTP_URL: "http://mail.example.com" }), /SMTP_URL/);
    assert.throws(() => parseEnv({ MAIL_FROM: "not an address" }), /MAIL_FROM/);
    assert.throws(() => parseEnv({ MAIL_FROM: "a@b\r\nBcc: c@d" }), /MAIL_FROM/);
  });
});
