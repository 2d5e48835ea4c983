import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, eq, inArray } from "drizzle-orm";
import { withAudit, type Actor } from "@/db/queries/audit";
import { addHoliday, updateRequestSettings, getRequestById, listRequests, recordRequest, type NewRequestInput, listRequestEvents, reduceClosedRequests, requestOverview, checkVerificationCode, sendVerificationCode, verificationTargets, confirmPublicRequest, getConfirmation, INTAKE_LIMIT_PER_ADDRESS, INTAKE_LIMIT_PER_EMAIL, purgeRequestIntake, submitPublicRequest, extendRequest, recordExtensionTold, addRequestNote, assignRequest, changeRequestStatus, completeRequest, rejectRequest, verifyRequestIdentity } from "@/db/queries/requests";
import { deliverOutbox, listOutbox } from "@/db/queries/outbox";
import { auditLog, dataSubjects, holidays, outbox, requestConfirmations, requestIntakeAttempts, subjectIdentifiers, subjectRequests, users } from "@/db/schema";
import { seedFoundation } from "@/db/seed/foundation";
import { seedRequests } from "@/db/seed/requests";
import { useTestDatabase } from "../helpers/db";

const now = new Date("2026-02-10T09:00:00Z");
const SECRET_NAME = "Zelda Quist-Moreau";
const SECRET_EMAIL = "zelda.quist@example.org";
const SECRET_PHONE = "+46701740699";
const SECRET_TEXT = "my cat Mittens knows my password";

async function outboxFor(to: string) {
  const { rows } = await listOutbox({ page: 1, pageSize: 200 });
  return rows.filter((r) => r.toAddress === to);
}

describe("subject requests", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let dpo: Actor;
  let dpoId: string;
  before(async () => {
    db = await useTestDatabase();
    await withAudit({ type: "system" }, (tx) => seedFoundation(tx), () => []);
    const [u] = await db.handle.db.select({ id: users.id }).from(users).where(eq(users.role, "dpo"));
    dpoId = u!.id;
    dpo = { type: "user", id: dpoId };
  });
  after(() => db.cleanup());

  const staffInput = (over: Partial<NewRequestInput & { acknowledge: boolean }> = {}): NewRequestInput & { acknowledge: boolean } => ({
    type: "access",
    channel: "email",
    submittedAt: new Date("2026-01-31T10:00:00Z"),
    receivedAt: new Date("2026-01-31T10:00:00Z"),
    subjectName: SECRET_NAME,
    subjectEmail: SECRET_EMAIL,
    subjectPhone: SECRET_PHONE,
    details: SECRET_TEXT,
    acknowledge: false,
    ...over,
  });

  async function record(over: Partial<NewRequestInput & { acknowledge: boolean }> = {}) {
    const r = await recordRequest(dpo, staffInput(over));
    if (!r.ok) throw new Error(r.message);
    return r;
  }

  it("seeds Swedish holidays and demo requests once", async () => {
    const first = await withAudit({ type: "system" }, (tx) => seedRequests(tx, now), () => []);
    assert.ok(first > 40);
    const se = await db.handle.db.select({ date: holidays.date, name: holidays.name }).from(holidays).where(eq(holidays.country, "SE"));
    const byDate = new Map(se.map((h) => [h.date, h.name]));
    assert.equal(byDate.get("2025-04-18"), "Långfredagen");
    assert.equal(byDate.get("2026-05-14"), "Kristi himmelfärdsdag");
    assert.equal(byDate.get("2027-06-25"), "Midsommarafton (de facto)");
    assert.equal(await withAudit({ type: "system" }, (tx) => seedRequests(tx, now), () => []), 0);
    const demo = await listRequests({ today: "2026-02-10", sort: "due_asc", page: 1, pageSize: 50 });
    assert.equal(demo.total, 8);
  });

  it("computes the overview figures in SQL", async () => {
    const o = await requestOverview(now, "Europe/Stockholm");
    assert.equal(o.open, 5);
    assert.deepEqual(o.openByType, { access: 2, erasure: 1, rectification: 1, restriction: 0, portability: 0, objection: 1 });
    assert.equal(o.overdue, 1, "DSR-DEMO-4 was due on 3 February");
    assert.equal(o.dueThisWeek, 1, "DSR-DEMO-3 is due on 16 February");
    assert.equal(o.answeredPerMonth.length, 12);
    assert.equal(o.answeredPerMonth.at(-1)!.month, "2026-02");
    assert.deepEqual(o.answeredPerMonth.find((m) => m.month === "2025-08"), { month: "2025-08", inTime: 0, late: 1 });
    assert.equal(o.answeredPerMonth.reduce((s, m) => s + m.inTime, 0), 2);
    assert.equal(o.medianDaysToAnswer, 25);
    assert.ok(Math.abs(o.answeredInTimeShare! - 2 / 3) < 1e-9);
  });

  it("records a request received in the past, with its due date explained and the person linked", async () => {
    const [subject] = await db.handle.db.insert(dataSubjects).values({ displayName: "Z" }).returning({ id: dataSubjects.id });
    await db.handle.db.insert(subjectIdentifiers).values({ subjectId: subject!.id, kind: "email", value: SECRET_EMAIL, origin: "visitor" });
    const r = await record({ acknowledge: true });
    assert.ok(r.ok);
    assert.match(r.request.reference, /^DSR-2026-\d{4}$/);
    assert.equal(r.request.dueDate, "2026-03-02");
    assert.deepEqual(r.request.clockSteps.due, ["received 31 January 2026", "28 February 2026 (no 31st in February)", "Monday 2 March 2026 (weekend)"]);
    assert.equal(r.request.dataSubjectId, subject!.id);
    assert.equal(r.request.status, "received");
    assert.equal(r.outboxIds.length, 1);
    const [ack] = await outboxFor(SECRET_EMAIL);
    assert.match(ack!.body, new RegExp(`reference is ${r.request.reference}`));
    assert.match(ack!.body, /Monday 2 March 2026/);
    const second = await record({ subjectEmail: null, subjectPhone: null });
    assert.equal(Number(second.request.reference.slice(-4)), Number(r.request.reference.slice(-4)) + 1);
    assert.equal(second.request.dataSubjectId, null);
  });

  it("takes a public request in only once the e-mailed code comes back", async () => {
    const email = "web.person@example.org";
    const submitted = new Date(now.getTime() - 2 * 3_600_000);
    const s = await submitPublicRequest({ type: "erasure", name: "Webb Person", email, phone: null, details: "" }, { clientAddress: "198.51.100.7", now: submitted });
    assert.ok(s.ok);
    const [c] = await db.handle.db.select().from(requestConfirmations).where(eq(requestConfirmations.id, s.confirmationId));
    const [mail] = await outboxFor(email);
    const code = /(\d{6})/.exec(mail!.subject)![1]!;
    assert.match(c!.codeHash, /^[0-9a-f]{64}$/);
    assert.ok(!JSON.stringify(c).includes(code), "the code is not stored in plain text");
    assert.equal((await listRequests({ today: "2026-02-10", sort: "due_asc", page: 1, pageSize: 100, type: "erasure", status: "received" })).rows.length, 0);

    const wrong = code === "000000" ? "111111" : "000000";
    const bad = await confirmPublicRequest(s.confirmationId, wrong, now);
    assert.ok(!bad.ok && /4 tries left/.test(bad.message));
    assert.equal((await getConfirmation(s.confirmationId))!.attempts, 1);

    const ok = await confirmPublicRequest(s.confirmationId, code, now);
    assert.ok(ok.ok);
    const req = await getRequestById(ok.requestId);
    assert.equal(req!.status, "received");
    assert.equal(req!.channel, "web_form");
    assert.equal(req!.receivedAt.toISOString(), now.toISOString(), "the clock starts at the confirmation");
    assert.equal(req!.submittedAt.toISOString(), submitted.toISOString(), "the first sending is kept");
    assert.equal(req!.dueDate, "2026-03-10");
    assert.ok(req!.emailConfirmedAt);
    const view = await getConfirmation(s.confirmationId);
    assert.equal(view!.reference, ok.reference);
    assert.equal(view!.email, "", "the pending copy of the details is blanked");
    const ack = (await outboxFor(email)).find((m) => m.subject.includes(ok.reference));
    assert.match(ack!.body, /by Tuesday 10 March 2026/);
    const again = await confirmPublicRequest(s.confirmationId, code, now);
    assert.ok(!again.ok && again.code === "conflict");
    const audit = await db.handle.db.select().from(auditLog).where(and(eq(auditLog.entityType, "request_confirmation"), eq(auditLog.entityId, s.confirmationId)));
    assert.deepEqual(audit.map((a) => a.action).sort(), ["request_intake.code_failed", "request_intake.submit"]);
  });

  it("refuses an expired code and voids a code after five wrong tries", async () => {
    const s = await submitPublicRequest({ type: "access", name: "Late Person", email: "late@example.org", phone: null, details: "" }, { clientAddress: "198.51.100.8", now: new Date(now.getTime() - 25 * 3_600_000) });
    assert.ok(s.ok);
    const code = /(\d{6})/.exec((await outboxFor("late@example.org"))[0]!.subject)![1]!;
    const late = await confirmPublicRequest(s.confirmationId, code, now);
    assert.ok(!late.ok && /expired/.test(late.message));

    const t = await submitPublicRequest({ type: "access", name: "Guessing Person", email: "guess@example.org", phone: null, details: "" }, { clientAddress: "198.51.100.9", now });
    assert.ok(t.ok);
    const real = /(\d{6})/.exec((await outboxFor("guess@example.org"))[0]!.subject)![1]!;
    const wrong = real === "123456" ? "654321" : "123456";
    for (let i = 0; i < 5; i++) assert.equal((await confirmPublicRequest(t.confirmationId, wrong, now)).ok, false);
    const blocked = await confirmPublicRequest(t.confirmationId, real, now);
    assert.ok(!blocked.ok && /Too many wrong codes/.test(blocked.message));
  });

  it("rate-limits submissions per e-mail and per client address, storing neither", async () => {
    const send = (email: string, address: string, at = now) => submitPublicRequest({ type: "access", name: "R", email, phone: null, details: "" }, { clientAddress: address, now: at });
    for (let i = 0; i < INTAKE_LIMIT_PER_EMAIL; i++) assert.ok((await send("limit@example.org", `203.0.113.${i + 1}`)).ok);
    const blocked = await send("limit@example.org", "203.0.113.99");
    assert.ok(!blocked.ok && /Too many requests/.test(blocked.message));
    for (let i = 0; i < INTAKE_LIMIT_PER_ADDRESS; i++) assert.ok((await send(`p${i}@example.org`, "192.0.2.50")).ok);
    assert.equal((await send("fresh@example.org", "192.0.2.50")).ok, false);
    // An hour later the window has passed.
    assert.ok((await send("limit@example.org", "192.0.2.50", new Date(now.getTime() + 61 * 60_000))).ok);
    const keys = await db.handle.db.select({ keyHash: requestIntakeAttempts.keyHash }).from(requestIntakeAttempts);
    assert.ok(keys.every((k) => /^[0-9a-f]{64}$/.test(k.keyHash)));
    assert.ok(!JSON.stringify(keys).includes("limit@"));
  });

  it("refuses an extension after the first month or without the person told, and writes nothing", async () => {
    const noEmail = await record({ subjectEmail: null });
    const id = noEmail.request.id;
    const auditBefore = (await db.handle.db.select().from(auditLog).where(eq(auditLog.entityId, id))).length;
    const inMonth = new Date("2026-02-20T10:00:00Z");
    const notTold = await extendRequest(dpo, id, { reason: "Large volume", toldAt: null, toldHow: "" }, inMonth);
    assert.ok(!notTold.ok && /must be told/.test(notTold.message));
    const noReason = await extendRequest(dpo, id, { reason: "", toldAt: inMonth, toldHow: "phone" }, inMonth);
    assert.ok(!noReason.ok && noReason.field === "reason");
    const afterMonth = new Date("2026-03-03T08:00:00Z");
    const late = await extendRequest(dpo, id, { reason: "Large volume", toldAt: afterMonth, toldHow: "phone" }, afterMonth);
    assert.ok(!late.ok && /first month has ended/.test(late.message));
    const toldLate = await extendRequest(dpo, id, { reason: "Large volume", toldAt: afterMonth, toldHow: "phone" }, inMonth);
    assert.equal(toldLate.ok, false);
    const beforeReceipt = await extendRequest(dpo, id, { reason: "Large volume", toldAt: new Date("1900-01-01T00:00:00Z"), toldHow: "phone" }, inMonth);
    assert.ok(!beforeReceipt.ok && beforeReceipt.field === "toldAt" && /before the request was received/.test(beforeReceipt.message));
    assert.equal((await getRequestById(id))!.extendedDueDate, null);
    assert.equal((await db.handle.db.select().from(auditLog).where(eq(auditLog.entityId, id))).length, auditBefore, "refusals leave no audit entry");

    const ok = await extendRequest(dpo, id, { reason: "Large volume", toldAt: new Date("2026-02-19T10:00:00Z"), toldHow: "by phone" }, inMonth);
    assert.ok(ok.ok);
    const extended = await getRequestById(id);
    assert.equal(extended!.extendedDueDate, "2026-04-30");
    assert.equal(extended!.effectiveDueDate, "2026-04-30");
    const twice = await extendRequest(dpo, id, { reason: "More", toldAt: inMonth, toldHow: "phone" }, inMonth);
    assert.ok(!twice.ok && /already been extended/.test(twice.message));
  });

  it("sends the extension notice itself when there is an e-mail address", async () => {
    const r = await record({ subjectEmail: "notice@example.org" });
    const res = await extendRequest(dpo, r.request.id, { reason: "Chats under two identities to match", toldAt: null, toldHow: "" }, new Date("2026-02-27T10:00:00Z"));
    assert.ok(res.ok && res.outboxIds.length === 1);
    const [notice] = await outboxFor("notice@example.org");
    assert.match(notice!.body, /Chats under two identities to match/);
    assert.match(notice!.body, /Thursday 30 April 2026/);
    // Art. 12(3): a notice in the outbox has told nobody yet. The person is told when the mail server takes it.
    const queued = (await getRequestById(r.request.id))!;
    assert.equal(queued.extensionNotifiedAt, null);
    assert.equal(queued.extensionToldAt, null);
    const delivered = await deliverOutbox({ send: async () => {}, ids: res.ok ? res.outboxIds : [] });
    assert.equal(delivered.sent, 1);
    const [sent] = await db.handle.db.select({ sentAt: outbox.sentAt }).from(outbox).where(eq(outbox.id, res.ok ? res.outboxIds[0]! : -1));
    assert.equal((await getRequestById(r.request.id))!.extensionToldAt!.toISOString(), sent!.sentAt!.toISOString());
    const again = await recordExtensionTold(dpo, r.request.id, { toldAt: new Date("2026-02-27T11:00:00Z"), toldHow: "by phone" }, new Date("2026-02-27T12:00:00Z"));
    assert.ok(!again.ok && /already recorded as told/.test(again.message));
  });

  it("records a notice given another way when the e-mail failed, with a date neither before receipt nor in the future", async () => {
    const r = await record({ subjectEmail: "bounce@example.org" });
    const id = r.request.id;
    const at = new Date("2026-02-27T10:00:00Z");
    const res = await extendRequest(dpo, id, { reason: "Two identities to match", toldAt: null, toldHow: "" }, at);
    assert.ok(res.ok);
    const failed = await deliverOutbox({ send: async () => { throw new Error("550 mailbox unavailable"); }, ids: res.outboxIds });
    assert.equal(failed.failed, 1);
    assert.equal((await getRequestById(id))!.extensionToldAt, null, "a failed e-mail told nobody");

    const auditBefore = (await db.handle.db.select().from(auditLog).where(eq(auditLog.entityId, id))).length;
    const early = await recordExtensionTold(dpo, id, { toldAt: new Date("1900-01-01T00:00:00Z"), toldHow: "by phone" }, at);
    assert.ok(!early.ok && early.field === "toldAt" && /before the request was received/.test(early.message));
    const future = await recordExtensionTold(dpo, id, { toldAt: new Date("2026-03-01T10:00:00Z"), toldHow: "by phone" }, at);
    assert.ok(!future.ok && /future/.test(future.message));
    assert.equal((await db.handle.db.select().from(auditLog).where(eq(auditLog.entityId, id))).length, auditBefore, "refusals write nothing");

    const told = await recordExtensionTold(dpo, id, { toldAt: new Date("2026-02-27T11:30:00Z"), toldHow: "by phone" }, new Date("2026-02-27T12:00:00Z"));
    assert.ok(told.ok);
    assert.equal((await getRequestById(id))!.extensionToldAt!.toISOString(), "2026-02-27T11:30:00.000Z");
    const entries = await db.handle.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, "request.extension_told")));
    assert.equal(entries.length, 1);
    assert.ok(!JSON.stringify(entries[0]!.summary).includes("bounce@"), "the audit entry holds no address");

    const notExtended = await record({ subjectEmail: null });
    const nothing = await recordExtensionTold(dpo, notExtended.request.id, { toldAt: at, toldHow: "by phone" }, at);
    assert.ok(!nothing.ok && /was not extended/.test(nothing.message));
  });

  it("moves through the statuses, pausing the clock while identity is checked when the setting is on", async () => {
    await updateRequestSettings(dpo, { pauseWhileVerifying: true, closedRetentionYears: 3 });
    const r = await record({ receivedAt: new Date("2026-03-10T09:00:00Z"), submittedAt: new Date("2026-03-10T09:00:00Z") });
    const id = r.request.id;
    assert.equal(r.request.dueDate, "2026-04-10");
    assert.ok((await changeRequestStatus(dpo, id, "verifying_identity", new Date("2026-03-11T09:00:00Z"))).ok);
    assert.ok((await getRequestById(id))!.clockPausedAt);
    const early = await changeRequestStatus(dpo, id, "in_progress", new Date("2026-03-12T09:00:00Z"));
    assert.ok(!early.ok && /identity was verified/.test(early.message));
    assert.ok((await verifyRequestIdentity(dpo, id, { method: "matching_details", notes: "" }, new Date("2026-03-16T09:00:00Z"))).ok);
    const resumed = await getRequestById(id);
    assert.equal(resumed!.status, "in_progress");
    assert.equal(resumed!.clockPausedAt, null);
    assert.equal(resumed!.pausedDays, 5);
    assert.equal(resumed!.effectiveDueDate, "2026-04-15");
    assert.ok(resumed!.clockSteps.due.some((s) => s.includes("+5 days paused")));
    assert.ok((await assignRequest(dpo, id, dpoId)).ok);
    assert.ok((await addRequestNote(dpo, id, SECRET_TEXT)).ok);
    assert.ok((await completeRequest(dpo, id, { outcome: "Copy sent by e-mail." }, new Date("2026-03-20T09:00:00Z"))).ok);
    const done = await getRequestById(id);
    assert.equal(done!.status, "completed");
    assert.ok(done!.closedAt && done!.completedAt);
    const reopen = await changeRequestStatus(dpo, id, "in_progress");
    assert.ok(!reopen.ok && /closed/.test(reopen.message));
    const types = (await listRequestEvents(id)).map((e) => e.type);
    for (const t of ["created", "clock_paused", "clock_resumed", "identity_verified", "assigned", "note", "status_changed"]) assert.ok(types.includes(t as never), t);
    await updateRequestSettings(dpo, { pauseWhileVerifying: false, closedRetentionYears: 3 });
  });

  it("rejects with the Art. 12(4) reasons and the right to complain, and refuses to complete a request not in progress", async () => {
    const r = await record({ subjectEmail: "refused@example.org" });
    const early = await completeRequest(dpo, r.request.id, { outcome: "x" });
    assert.ok(!early.ok && /in progress/.test(early.message));
    const res = await rejectRequest(dpo, r.request.id, { ground: "excessive", reasons: "Fourth identical request this month.", notify: true }, new Date("2026-02-12T10:00:00Z"));
    assert.ok(res.ok && res.outboxIds.length === 1);
    const row = await getRequestById(r.request.id);
    assert.equal(row!.status, "rejected");
    assert.equal(row!.rejectionGround, "excessive");
    const [letter] = await outboxFor("refused@example.org");
    assert.match(letter!.body, /Fourth identical request this month\./);
    assert.match(letter!.body, /Integritetsskyddsmyndigheten/);
    const noEmail = await record({ subjectEmail: null });
    const cannot = await rejectRequest(dpo, noEmail.request.id, { ground: "other", reasons: "x", notify: true });
    assert.ok(!cannot.ok && cannot.field === "notify");
  });

  it("sends identity codes only to addresses already held, and verifies with the code", async () => {
    const typed = await record({ subjectEmail: "stranger-typed@example.org" });
    assert.deepEqual(await verificationTargets(typed.request), [], "an unconfirmed, unheld address is not a target");
    const refused = await sendVerificationCode(dpo, typed.request.id, "stranger-typed@example.org");
    assert.ok(!refused.ok && /already in the data we hold/.test(refused.message));
    assert.equal((await outboxFor("stranger-typed@example.org")).length, 0);

    const held = await record({ subjectEmail: SECRET_EMAIL });
    const targets = await verificationTargets(held.request);
    assert.deepEqual(targets, [{ address: SECRET_EMAIL, source: "chat_data" }]);
    const sent = await sendVerificationCode(dpo, held.request.id, SECRET_EMAIL.toUpperCase());
    assert.ok(sent.ok);
    const mail = (await outboxFor(SECRET_EMAIL)).find((m) => m.subject.includes("identity check code"));
    const code = /: (\d{6})\n/.exec(mail!.body)![1]!;
    const wrong = await checkVerificationCode(dpo, held.request.id, code === "999999" ? "999998" : "999999");
    assert.ok(!wrong.ok && /4 tries left/.test(wrong.message));
    const right = await checkVerificationCode(dpo, held.request.id, code);
    assert.ok(right.ok);
    const row = await getRequestById(held.request.id);
    assert.equal(row!.identityVerificationMethod, "code_to_held_identifier");
    assert.equal(row!.status, "in_progress");
    const actions = (await db.handle.db.select({ action: auditLog.action, summary: auditLog.summary }).from(auditLog).where(eq(auditLog.entityId, held.request.id)).orderBy(auditLog.id)).map((a) => a.action);
    assert.deepEqual(actions.filter((a) => a.startsWith("request.verification")), ["request.verification_code_sent", "request.verification_code_checked", "request.verification_code_checked"]);
  });

  it("recomputes open requests when a holiday is added, and leaves closed ones alone", async () => {
    const r = await record({ receivedAt: new Date("2026-02-17T09:00:00Z"), submittedAt: new Date("2026-02-17T09:00:00Z") });
    assert.equal(r.request.effectiveDueDate, "2026-03-17");
    const added = await addHoliday(dpo, { date: "2026-03-17", name: "Company day" });
    assert.ok(added.ok && added.moved >= 1);
    const moved = await getRequestById(r.request.id);
    assert.equal(moved!.effectiveDueDate, "2026-03-18");
    assert.ok(moved!.clockSteps.due.at(-1)!.includes("Company day"));
    assert.ok((await listRequestEvents(r.request.id)).some((e) => e.type === "due_date_recomputed"));
    const dup = await addHoliday(dpo, { date: "2026-03-17", name: "Again" });
    assert.ok(!dup.ok);
  });

  it("filters, sorts and pages the queue on the server", async () => {
    const today = "2026-02-10";
    const all = await listRequests({ today, sort: "due_asc", page: 1, pageSize: 100 });
    const dues = all.rows.map((r) => r.effectiveDueDate);
    assert.deepEqual(dues, [...dues].sort());
    const open = await listRequests({ today, status: "open", sort: "due_asc", page: 1, pageSize: 100 });
    assert.ok(open.rows.every((r) => ["received", "verifying_identity", "in_progress"].includes(r.status)));
    const overdue = await listRequests({ today, overdue: true, sort: "due_asc", page: 1, pageSize: 100 });
    assert.ok(overdue.rows.length > 0 && overdue.rows.every((r) => r.effectiveDueDate < today && !r.closedAt));
    const rect = await listRequests({ today, type: "rectification", sort: "due_asc", page: 1, pageSize: 100 });
    assert.ok(rect.rows.every((r) => r.type === "rectification") && rect.total >= 1);
    const mine = await listRequests({ today, assignee: dpoId, sort: "due_asc", page: 1, pageSize: 100 });
    assert.ok(mine.rows.every((r) => r.assigneeName === "Dana Lindqvist"));
    const none = await listRequests({ today, assignee: "none", sort: "due_asc", page: 1, pageSize: 100 });
    assert.ok(none.rows.every((r) => r.assigneeName === null));
    const page2 = await listRequests({ today, sort: "due_asc", page: 2, pageSize: 3 });
    assert.deepEqual(page2.rows.map((r) => r.id), all.rows.slice(3, 6).map((r) => r.id));
  });

  it("keeps the requester's name, e-mail, phone and words out of every audit summary", async () => {
    const entries = await db.handle.db
      .select({ action: auditLog.action, summary: auditLog.summary })
      .from(auditLog)
      .where(inArray(auditLog.entityType, ["subject_request", "request_confirmation", "request_suggestion", "holiday", "request_settings"]));
    assert.ok(entries.length > 20);
    const text = JSON.stringify(entries);
    for (const secret of [SECRET_NAME, SECRET_EMAIL, SECRET_PHONE, SECRET_TEXT, "Webb Person", "web.person@example.org", "Fourth identical", "Large volume", "Copy sent"]) {
      assert.ok(!text.includes(secret), `audit holds ${secret}`);
    }
  });

  it("reduces requests closed longer ago than the retention period to statistics, once", async () => {
    // DSR-DEMO-8 was closed in August 2025; three years later it is reduced, its figures kept.
    const later = new Date("2028-09-01T00:00:00Z");
    const r = await reduceClosedRequests(dpo, later);
    assert.ok(r.reduced >= 1);
    const [demo8] = await db.handle.db.select().from(subjectRequests).where(eq(subjectRequests.reference, "DSR-DEMO-8"));
    assert.equal(demo8!.subjectName, null);
    assert.equal(demo8!.subjectEmail, null);
    assert.equal(demo8!.details, "");
    assert.equal(demo8!.dataSubjectId, null);
    assert.equal(demo8!.type, "access");
    assert.ok(demo8!.closedAt && demo8!.receivedAt);
    const events = await listRequestEvents(demo8!.id);
    assert.deepEqual(events.map((e) => e.type), ["note"]);
    assert.match(events[0]!.text, /Reduced to statistics/);
    const open = await db.handle.db.select().from(subjectRequests).where(eq(subjectRequests.reference, "DSR-DEMO-1"));
    assert.equal(open[0]!.subjectName, "Chloe Martin", "open requests are never reduced");
    assert.deepEqual(await reduceClosedRequests(dpo, later), { reduced: 0 });
  });

  it("purges expired and old confirmations with their details", async () => {
    const before = await db.handle.db.select({ id: requestConfirmations.id }).from(requestConfirmations);
    const r = await purgeRequestIntake(new Date(now.getTime() + 30 * 24 * 3_600_000));
    assert.equal(r.confirmations, before.length);
    assert.equal((await db.handle.db.select().from(requestConfirmations)).length, 0);
    assert.equal((await db.handle.db.select().from(requestIntakeAttempts)).length, 0);
    const stillThere = await db.handle.db.select({ id: subjectRequests.id }).from(subjectRequests).where(eq(subjectRequests.channel, "web_form"));
    assert.ok(stillThere.length >= 1, "confirmed requests stay");
    assert.ok((await db.handle.db.select().from(outbox)).length > 0);
  });
});
