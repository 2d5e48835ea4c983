import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createHash } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { listLegalQueue, getAgreementReviews, saveReview, addAgreementFile, createAgreement, getAgreement, getAgreementFile, listAgreementsForProcessor, sendToLegalReview, updateAgreement, createProcessor, getProcessorById, listProcessorsForActivity, setProcessorArchived, updateProcessor, countProcessorsByAgreementStatus, listProcessors, type ProcessorListParams, removeSubProcessor, saveSubProcessor, createNotice, decideNotice, listNoticesForProcessor, listPendingNotices } from "@/db/queries/processors";
import { listEntityHistory, verifyAuditChain } from "@/db/queries/audit";
import { agreementFiles, agreements, auditLog, dataCategories, processingActivities, processors, users } from "@/db/schema";
import { demoAgreementPdf, seedProcessors } from "@/db/seed/processors";
import { seedDemoData } from "@/db/seed/run";
import { agreementFormSchema, processorFormSchema, subProcessorFormSchema, type ProcessorInput } from "@/lib/processors/form-schema";
import { MAX_AGREEMENT_BYTES } from "@/lib/processors/files";
import { answerField, CHECKLIST_ITEMS, emptyChecklist, type Checklist } from "@/lib/processors/review";
import type { ReviewInput } from "@/lib/processors/review-schema";
import { addDays } from "@/lib/time";
import type { ActingUser } from "@/lib/auth/roles";
import { refuse } from "@/lib/outcome";
import { useTestDatabase } from "../helpers/db";

const now = new Date("2026-11-29T12:00:00Z");
const TODAY = "2026-11-29";

function parseProcessor(values: Record<string, string | string[]>): ProcessorInput {
  const r = processorFormSchema(TODAY).safeParse(values);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data;
}

function fullChecklist(): Checklist {
  const c = emptyChecklist();
  for (const item of CHECKLIST_ITEMS) c[item] = { answer: "present", note: "", clauseReference: `§ ${item}` };
  return c;
}

describe("processors, agreements and legal review", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let dpo: ActingUser;
  let legal: ActingUser;
  let manager: ActingUser;
  let viewer: ActingUser;
  const activity: Record<string, string> = {};
  const category: Record<string, string> = {};
  const list = (over: Partial<ProcessorListParams> = {}) => listProcessors({ archived: "active", sort: "name", page: 1, pageSize: 100, today: TODAY, ...over });
  const auditFor = (entityId: string) => db.handle.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id);

  before(async () => {
    db = await useTestDatabase();
    await seedDemoData(now);
    const people = await db.handle.db.select({ id: users.id, role: users.role }).from(users);
    const byRole = (role: string) => people.find((u) => u.role === role)! as ActingUser;
    [dpo, legal, manager, viewer] = [byRole("dpo"), byRole("legal"), byRole("manager"), byRole("viewer")];
    for (const r of await db.handle.db.select({ id: processingActivities.id, name: processingActivities.name }).from(processingActivities)) activity[r.name] = r.id;
    for (const r of await db.handle.db.select({ id: dataCategories.id, name: dataCategories.name }).from(dataCategories)) category[r.name] = r.id;
  });
  after(() => db.cleanup());

  it("seeds five processors with a mix of agreement statuses, idempotently", async () => {
    const all = await list();
    assert.equal(all.total, 5);
    const status = Object.fromEntries(all.rows.map((r) => [r.name, r.agreementStatus]));
    assert.deepEqual(status, {
      "Metricly Analytics B.V.": "missing",
      "Nordhost AB": "signed",
      "Parley Chat Cloud GmbH": "signed",
      "Pipeline CRM Inc.": "in_legal_review",
      "Sendwell Email SAS": "signed",
    });
    const parleyRow = all.rows.find((r) => r.name === "Parley Chat Cloud GmbH")!;
    assert.deepEqual([parleyRow.activityCount, parleyRow.subProcessorCount, parleyRow.pendingNotices], [2, 2, 1]);
    assert.equal(await getDb().transaction((tx) => seedProcessors(tx, TODAY)), 0);
    assert.equal((await list()).total, 5);
    const chat = await listProcessorsForActivity(activity["Website live chat support"]!, TODAY);
    assert.deepEqual(chat.map((p) => p.name), ["Parley Chat Cloud GmbH", "Sendwell Email SAS"]);
    const pending = await listPendingNotices();
    assert.equal(pending.length, 1);
    assert.equal(pending[0]!.objectionDeadline, addDays(TODAY, 4));
    // The demo file is a real PDF with a correct hash.
    const parley = all.rows.find((r) => r.name === "Parley Chat Cloud GmbH")!;
    const [ag] = await listAgreementsForProcessor(parley.id);
    const file = await getAgreementFile(viewer, parley.id, ag!.id, ag!.files[0]!.id);
    assert.ok(file!.data.subarray(0, 5).equals(Buffer.from("%PDF-")));
    assert.ok(file!.data.toString("latin1").trimEnd().endsWith("%%EOF"));
    assert.equal(createHash("sha256").update(file!.data).digest("hex"), file!.sha256);
    assert.equal(ag!.reviews[0]!.decision, "approved");
  });

  it("creates a processor linked to activities and data categories, and audits it", async () => {
    const input = parseProcessor({
      name: "Helpbot Ltd",
      service: "Chatbot answers outside opening hours",
      country: "GB",
      transferMechanism: "adequacy",
      riskRating: "medium",
      riskReasoning: "Reads chat messages",
      activityIds: [activity["Website live chat support"]!, activity["Chatbot training on anonymised transcripts"]!],
      dataCategoryIds: category["Chat transcripts"]!,
    });
    const created = await createProcessor(dpo, input);
    assert.ok(created.ok);
    const detail = await getProcessorById(created.id);
    assert.deepEqual(detail!.activities.map((a) => a.name), ["Chatbot training on anonymised transcripts", "Website live chat support"]);
    assert.deepEqual(detail!.dataCategories.map((c) => c.name), ["Chat transcripts"]);
    const [entry] = await auditFor(created.id);
    assert.equal(entry!.action, "processor.create");
    assert.equal(entry!.entityType, "processor");
    assert.deepEqual((await createProcessor(legal, { ...input, name: "HELPBOT LTD" })), refuse("taken", "Another processor already has this name.", "name"));
    const linked = await listProcessorsForActivity(activity["Website live chat support"]!, TODAY);
    assert.ok(linked.some((p) => p.name === "Helpbot Ltd" && p.agreementStatus === "missing"));
  });

  it("the manager and the viewer are refused every write by the queries themselves", async () => {
    const [before] = await db.handle.db.select({ n: count() }).from(processors);
    const input = parseProcessor({ name: "Refused Co", service: "x", country: "SE" });
    assert.deepEqual(await createProcessor(manager, input), refuse("forbidden", "Your role is not allowed to do this."));
    assert.deepEqual(await createProcessor(viewer, input), refuse("forbidden", "Your role is not allowed to do this."));
    const target = (await list({ search: "Nordhost" })).rows[0]!;
    assert.deepEqual(await updateProcessor(manager, target.id, input), refuse("forbidden", "Your role is not allowed to do this."));
    assert.deepEqual(await setProcessorArchived(manager, target.id, true), refuse("forbidden", "Your role is not allowed to do this."));
    assert.deepEqual(await createAgreement(manager, { processorId: target.id, title: "x", status: "draft", signedOn: null, startsOn: null, endsOn: null, reviewBy: null, notes: "" }), refuse("forbidden", "Your role is not allowed to do this."));
    const [ag] = await listAgreementsForProcessor(target.id);
    assert.deepEqual(await addAgreementFile(manager, { processorId: target.id, agreementId: ag!.id, fileName: "a.pdf", bytes: demoAgreementPdf(["x"]) }), refuse("forbidden", "Your role is not allowed to do this."));
    assert.deepEqual(await sendToLegalReview(manager, target.id, ag!.id), refuse("forbidden", "Your role is not allowed to do this."));
    const pipeline = (await list({ search: "Pipeline" })).rows[0]!;
    const open = (await getAgreementReviews(pipeline.id, (await listAgreementsForProcessor(pipeline.id))[0]!.id))!.open!;
    const review: ReviewInput = { processorId: pipeline.id, agreementId: (await listAgreementsForProcessor(pipeline.id))[0]!.id, reviewId: open.id, step: "approve", summary: "", signedOn: TODAY, checklist: fullChecklist() };
    assert.deepEqual(await saveReview(manager, review), refuse("forbidden", "Your role is not allowed to do this."));
    assert.deepEqual(await saveReview(viewer, review), refuse("forbidden", "Your role is not allowed to do this."));
    assert.deepEqual(await createNotice(manager, { processorId: target.id, receivedOn: TODAY, description: "x", objectionDeadline: TODAY }), refuse("forbidden", "Your role is not allowed to do this."));
    const [afterCount] = await db.handle.db.select({ n: count() }).from(processors);
    assert.equal(afterCount!.n, before!.n);
    assert.equal((await getAgreementReviews(pipeline.id, review.agreementId))!.open!.id, open.id, "the review is still open");
  });

  it("an edit replaces the links and is audited by field names and ids; archiving hides it", async () => {
    const target = (await list({ search: "Helpbot" })).rows[0]!;
    const result = await updateProcessor(legal, target.id, parseProcessor({
      name: "Helpbot Ltd",
      service: "Chatbot answers outside opening hours",
      country: "US",
      transferMechanism: "scc",
      tiaDate: "2026-10-01",
      riskRating: "high",
      riskReasoning: "Moved to the US",
      activityIds: [activity["Website live chat support"]!],
      dataCategoryIds: [category["Chat transcripts"]!, category["Contact details"]!],
    }));
    assert.ok(result.ok);
    assert.deepEqual(result.changed, ["activityIds", "country", "dataCategoryIds", "riskRating", "riskReasoning", "tiaDate", "transferMechanism"]);
    const entry = (await auditFor(target.id)).find((e) => e.action === "processor.update")!;
    assert.deepEqual(entry.summary.transferMechanism, { from: "adequacy", to: "scc" });
    assert.deepEqual(entry.summary.activityIds, { added: [], removed: [activity["Chatbot training on anonymised transcripts"]] });
    assert.ok(!JSON.stringify(entry.summary).includes("Moved to the US"), "free text is audited by name only");
    assert.deepEqual(await updateProcessor(dpo, "00000000-0000-4000-8000-000000000000", parseProcessor({ name: "X", service: "y", country: "SE" })), refuse("not_found", "This processor does not exist any more."));
    assert.deepEqual(await updateProcessor(dpo, target.id, parseProcessor({ name: "nordhost ab", service: "y", country: "SE" })), refuse("taken", "Another processor already has this name.", "name"));
    const stale = await updateProcessor(dpo, target.id, parseProcessor({ name: "Helpbot Ltd", service: "y", country: "SE", activityIds: ["00000000-0000-4000-8000-000000000000"] }));
    assert.deepEqual(stale, refuse("invalid", "A chosen activity no longer exists or was archived. Reload the page.", "activityIds"));

    assert.deepEqual(await setProcessorArchived(dpo, target.id, true), { ok: true });
    assert.deepEqual(await setProcessorArchived(dpo, target.id, true), refuse("not_found", "This processor is already archived, or gone."));
    assert.ok(!(await list()).rows.some((r) => r.id === target.id));
    assert.deepEqual((await list({ archived: "archived" })).rows.map((r) => r.id), [target.id]);
    assert.deepEqual(await setProcessorArchived(dpo, target.id, false), { ok: true });
    const history = (await listEntityHistory("processor", target.id)).map((e) => e.action);
    assert.deepEqual(history, ["processor.create", "processor.update", "processor.archive", "processor.restore"]);
  });

  it("filters by country, EEA, agreement status, risk and search; sorts and pages on the server", async () => {
    assert.deepEqual((await list({ eea: "out" })).rows.map((r) => r.name), ["Helpbot Ltd", "Pipeline CRM Inc."]);
    assert.equal((await list({ eea: "in" })).total, 4);
    assert.deepEqual((await list({ country: "SE" })).rows.map((r) => r.name), ["Nordhost AB"]);
    assert.deepEqual((await list({ status: "missing" })).rows.map((r) => r.name), ["Helpbot Ltd", "Metricly Analytics B.V."]);
    assert.deepEqual((await list({ status: "in_legal_review" })).rows.map((r) => r.name), ["Pipeline CRM Inc."]);
    assert.deepEqual((await list({ risk: "high" })).rows.map((r) => r.name), ["Helpbot Ltd", "Pipeline CRM Inc."]);
    assert.deepEqual((await list({ search: "e-mail" })).rows.map((r) => r.name), ["Sendwell Email SAS"], "searches the service too");
    assert.equal((await list({ search: "100%_" })).total, 0);
    const byRisk = (await list({ sort: "risk" })).rows.map((r) => r.riskRating);
    assert.deepEqual(byRisk, ["high", "high", "medium", "medium", "low", "low"]);
    const worst = (await list({ sort: "status" })).rows.map((r) => r.agreementStatus);
    assert.deepEqual(worst, ["missing", "missing", "in_legal_review", "signed", "signed", "signed"]);
    const all = await list();
    const page2 = await list({ page: 2, pageSize: 4 });
    assert.deepEqual(page2.rows.map((r) => r.id), all.rows.slice(4).map((r) => r.id));
    const counts = Object.fromEntries((await countProcessorsByAgreementStatus(TODAY)).map((c) => [c.status, c.count]));
    assert.deepEqual(counts, { missing: 2, draft: 0, in_legal_review: 1, signed: 3, expired: 0, terminated: 0 });
    // Past its end date, a signed agreement counts as expired.
    const later = Object.fromEntries((await countProcessorsByAgreementStatus(addDays(TODAY, 41))).map((c) => [c.status, c.count]));
    assert.equal(later.expired, 1);
    assert.equal((await listProcessors({ archived: "active", sort: "name", page: 1, pageSize: 100, today: addDays(TODAY, 41), status: "expired" })).rows[0]!.name, "Sendwell Email SAS");
  });

  it("adds, edits and removes sub-processors inline", async () => {
    const target = (await list({ search: "Metricly" })).rows[0]!;
    const parse = (v: Record<string, string>) => subProcessorFormSchema(TODAY).parse({ processorId: target.id, addedOn: TODAY, ...v });
    const added = await saveSubProcessor(legal, parse({ name: "Clickhouse Cloud", service: "Analytics database", country: "US", transferMechanism: "scc" }));
    assert.ok(added.ok);
    const edited = await saveSubProcessor(legal, parse({ id: added.id, name: "Clickhouse Cloud EU", service: "Analytics database", country: "IE" }));
    assert.ok(edited.ok);
    const detail = await getProcessorById(target.id);
    assert.deepEqual(detail!.subProcessors.map((s) => [s.name, s.country, s.transferMechanism]), [["Clickhouse Cloud EU", "IE", "none_needed"]]);
    const other = (await list({ search: "Nordhost" })).rows[0]!;
    assert.deepEqual(await removeSubProcessor(legal, other.id, added.id), refuse("not_found", "This sub-processor was already removed."), "another processor's sub-processor is out of reach");
    assert.deepEqual(await removeSubProcessor(legal, target.id, added.id), { ok: true });
    assert.equal((await getProcessorById(target.id))!.subProcessors.length, 0);
    const actions = (await auditFor(target.id)).map((e) => e.action);
    assert.deepEqual(actions.slice(-3), ["processor.sub_processor_add", "processor.sub_processor_update", "processor.sub_processor_remove"]);
  });

  it("stores file versions with their hash; refuses non-PDFs, empty and oversized files", async () => {
    const target = (await list({ search: "Metricly" })).rows[0]!;
    const [ag] = await listAgreementsForProcessor(target.id);
    const v1 = demoAgreementPdf(["Metricly DPA draft 1"]);
    const first = await addAgreementFile(dpo, { processorId: target.id, agreementId: ag!.id, fileName: "metricly.pdf", bytes: v1 });
    assert.ok(first.ok);
    assert.equal(first.version, 1);
    assert.equal(first.sha256, createHash("sha256").update(v1).digest("hex"));
    const second = await addAgreementFile(legal, { processorId: target.id, agreementId: ag!.id, fileName: "../metricly v2.pdf", bytes: demoAgreementPdf(["Metricly DPA draft 2"]) });
    assert.ok(second.ok && second.version === 2);
    const html = Buffer.from("<html>not a pdf</html>");
    assert.deepEqual(await addAgreementFile(dpo, { processorId: target.id, agreementId: ag!.id, fileName: "evil.pdf", bytes: html }), refuse("invalid", "Only PDF files are accepted: this file is not a PDF.", "file"));
    assert.equal((await addAgreementFile(dpo, { processorId: target.id, agreementId: ag!.id, fileName: "e.pdf", bytes: Buffer.alloc(0) })).ok, false);
    const big = Buffer.alloc(MAX_AGREEMENT_BYTES + 1, 0x20);
    big.write("%PDF-1.7");
    assert.deepEqual(await addAgreementFile(dpo, { processorId: target.id, agreementId: ag!.id, fileName: "big.pdf", bytes: big }), refuse("invalid", "The file is larger than 5 MB.", "file"));
    const other = (await list({ search: "Nordhost" })).rows[0]!;
    assert.deepEqual(await addAgreementFile(dpo, { processorId: other.id, agreementId: ag!.id, fileName: "x.pdf", bytes: v1 }), refuse("not_found", "This agreement or its processor does not exist any more."));

    const [withFiles] = await listAgreementsForProcessor(target.id);
    assert.deepEqual(withFiles!.files.map((f) => [f.version, f.fileName]), [[2, "metricly v2.pdf"], [1, "metricly.pdf"]]);
    const stored = await getAgreementFile(manager, target.id, ag!.id, first.id);
    assert.ok(stored!.data.equals(v1), "every role that reads processors may download");
    assert.equal(await getAgreementFile(manager, other.id, ag!.id, first.id), null, "a file is found only under its own processor");
    const [files] = await db.handle.db.select({ n: count() }).from(agreementFiles).where(eq(agreementFiles.agreementId, ag!.id));
    assert.equal(files!.n, 2);
    const upload = (await auditFor(target.id)).filter((e) => e.action === "agreement.file_upload").map((e) => e.summary.version);
    assert.deepEqual(upload, [1, 2]);
  });

  it("the agreement form cannot set signed or in legal review", async () => {
    const target = (await list({ search: "Metricly" })).rows[0]!;
    const parse = (v: Record<string, string>) => agreementFormSchema(TODAY).parse({ processorId: target.id, title: "Metricly DPA", ...v });
    const refused = await createAgreement(dpo, parse({ status: "signed", signedOn: "2026-11-01" }));
    assert.equal(refused.ok, false);
    assert.deepEqual(!refused.ok && [refused.code, refused.field], ["invalid", "status"]);
    const [ag] = await listAgreementsForProcessor(target.id);
    const update = await updateAgreement(dpo, ag!.id, parse({ status: "signed", signedOn: "2026-11-01" }));
    assert.ok(!update.ok && update.code === "conflict" && update.field === "status");
    assert.ok(!(await updateAgreement(dpo, ag!.id, parse({ status: "in_legal_review" }))).ok);
    assert.ok((await updateAgreement(dpo, ag!.id, parse({ status: "draft", endsOn: "2028-01-01" }))).ok);
    assert.equal((await getAgreement(target.id, ag!.id))!.status, "draft");
    assert.equal(await getAgreement(target.id, "00000000-0000-4000-8000-000000000000"), null);
  });

  it("review workflow: a missing item forces sending back, which returns the agreement to draft; approval signs it", async () => {
    const target = (await list({ search: "Metricly" })).rows[0]!;
    const [ag] = await listAgreementsForProcessor(target.id);
    const sent = await sendToLegalReview(dpo, target.id, ag!.id);
    assert.ok(sent.ok);
    assert.equal((await getAgreement(target.id, ag!.id))!.status, "in_legal_review");
    assert.ok(!(await sendToLegalReview(dpo, target.id, ag!.id)).ok, "already in review");
    const queue = await listLegalQueue(TODAY);
    assert.ok(queue.waiting.some((w) => w.agreementId === ag!.id && w.reviewId === sent.id));
    const reviewId = sent.id;
    const base: ReviewInput = { processorId: target.id, agreementId: ag!.id, reviewId, step: "save", summary: "", signedOn: null, checklist: fullChecklist() };

    const withMissing = fullChecklist();
    withMissing.clause_h = { answer: "missing", note: "No audit clause", clauseReference: "" };
    const refused = await saveReview(legal, { ...base, step: "approve", signedOn: TODAY, checklist: withMissing });
    assert.deepEqual(refused.ok ? null : [refused.code, refused.field], ["invalid", answerField("clause_h")]);
    assert.equal((await getAgreement(target.id, ag!.id))!.status, "in_legal_review", "nothing changed");

    const saved = await saveReview(legal, { ...base, checklist: withMissing });
    assert.deepEqual(saved, { ok: true, decided: false, status: "in_legal_review" });
    const progress = (await getAgreementReviews(target.id, ag!.id))!.open!;
    assert.deepEqual(progress.progress, { answered: 14, missing: 1, accepted: 0, total: 14 });
    assert.equal(progress.checklist.clause_h.note, "No audit clause");
    assert.equal(progress.fileVersion, 2, "the review names the latest file version");

    assert.ok(!(await saveReview(legal, { ...base, step: "send_back", checklist: withMissing })).ok, "sending back needs a summary");
    const back = await saveReview(legal, { ...base, step: "send_back", summary: "Add Art. 28(3)(h) audit rights.", checklist: withMissing });
    assert.deepEqual(back, { ok: true, decided: true, status: "draft" });
    assert.equal((await getAgreement(target.id, ag!.id))!.status, "draft");
    assert.ok(!(await saveReview(legal, { ...base, step: "approve", signedOn: TODAY })).ok, "a decided review is closed");

    const again = await sendToLegalReview(legal, target.id, ag!.id);
    assert.ok(again.ok);
    const approved = await saveReview(dpo, { ...base, reviewId: again.id, step: "approve", signedOn: "2026-11-20", summary: "All terms present." });
    assert.deepEqual(approved, { ok: true, decided: true, status: "signed" });
    const signed = (await getAgreement(target.id, ag!.id))!;
    assert.deepEqual([signed.status, signed.signedOn], ["signed", "2026-11-20"]);
    const reviews = await getAgreementReviews(target.id, ag!.id);
    assert.equal(reviews!.open, null);
    assert.deepEqual(reviews!.past.map((r) => r.decision), ["approved", "sent_back"]);
    assert.equal((await list({ search: "Metricly" })).rows[0]!.agreementStatus, "signed");
    const actions = (await auditFor(target.id)).map((e) => e.action).filter((a) => a.startsWith("agreement.review"));
    assert.deepEqual(actions, ["agreement.review_request", "agreement.review_save", "agreement.review_decide", "agreement.review_request", "agreement.review_decide"]);
    const decide = (await auditFor(target.id)).filter((e) => e.action === "agreement.review_decide").map((e) => e.summary.decision);
    assert.deepEqual(decide, ["sent_back", "approved"]);
    assert.ok(!(await sendToLegalReview(dpo, target.id, ag!.id)).ok, "a signed agreement is not reviewed again");
  });

  it("the legal queue lists reviews waiting, agreements expiring within 60 days, and pending notices", async () => {
    const queue = await listLegalQueue(TODAY);
    assert.deepEqual(queue.waiting.map((w) => w.processorName), ["Pipeline CRM Inc."]);
    assert.equal(queue.waiting[0]!.answered, 5);
    assert.deepEqual(queue.expiring.map((e) => [e.processorName, e.deadline.kind, e.deadline.daysLeft]), [["Sendwell Email SAS", "ends", 40]]);
    assert.deepEqual(queue.notices.map((n) => n.processorName), ["Parley Chat Cloud GmbH"]);
    // Six months on, Nordhost's review date comes into the window; Sendwell has expired and left it.
    const later = await listLegalQueue(addDays(TODAY, 150));
    assert.deepEqual(later.expiring.map((e) => e.processorName), ["Nordhost AB"]);
  });

  it("records a sub-processor notice and legal's decision, once", async () => {
    const target = (await list({ search: "Nordhost" })).rows[0]!;
    const created = await createNotice(dpo, { processorId: target.id, receivedOn: TODAY, description: "Adds a backup site in Norway", objectionDeadline: addDays(TODAY, 14) });
    assert.ok(created.ok);
    assert.equal((await listPendingNotices()).length, 2);
    assert.deepEqual(await decideNotice(manager, { processorId: target.id, noticeId: created.id, decision: "no_objection", note: "" }), refuse("forbidden", "Your role is not allowed to do this."));
    assert.ok((await decideNotice(legal, { processorId: target.id, noticeId: created.id, decision: "objected", note: "Norway site lacks ISO 27001" })).ok);
    const again = await decideNotice(legal, { processorId: target.id, noticeId: created.id, decision: "no_objection", note: "" });
    assert.deepEqual(again, refuse("conflict", "This notice was already decided."));
    const [notice] = await listNoticesForProcessor(target.id);
    assert.deepEqual([notice!.decision, notice!.decidedByName], ["objected", "Leo Andersson"]);
    assert.equal((await listPendingNotices()).length, 1);
  });

  it("keeps agreements when someone tries to delete their processor, and the audit chain holds", async () => {
    const target = (await list({ search: "Nordhost" })).rows[0]!;
    await assert.rejects(db.handle.db.delete(processors).where(eq(processors.id, target.id)));
    const [left] = await db.handle.db.select({ n: count() }).from(agreements).where(and(eq(agreements.processorId, target.id)));
    assert.equal(left!.n, 1);
    assert.equal((await verifyAuditChain()).ok, true);
  });
});
