import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { desc, eq, inArray } from "drizzle-orm";
import { getAgreementReviews, saveReview, addAgreementFile, createAgreement, sendToLegalReview, updateAgreement, createProcessor, setProcessorArchived, updateProcessor, saveSubProcessor } from "@/db/queries/processors";
import type { ActingUser } from "@/lib/auth/roles";
import { countGapsByKind, listGaps } from "@/db/queries/gaps";
import { addActivityTransfer, createActivity, setActivityArchived, updateActivity } from "@/db/queries/inventory";
import { createRetentionRule } from "@/db/queries/retention";
import { agreementReviewItems, auditLog, dataCategories, securityMeasures, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed/run";
import { activityFormSchema, transferFormSchema, type ActivityInput } from "@/lib/inventory/form-schema";
import { agreementFormSchema, processorFormSchema, subProcessorFormSchema, type ProcessorInput } from "@/lib/processors/form-schema";
import { CHECKLIST_ITEMS, emptyChecklist, ITEMS_ADDED_LATER } from "@/lib/processors/review";
import { ruleFormSchema } from "@/lib/retention/rule-schema";
import { addDays, todayIn } from "@/lib/time";
import type { GapKind } from "@/lib/gaps/types";
import { useTestDatabase } from "../helpers/db";

// The workflow's own checks (signing dates not in the future) use the real date, so the test does too.
const TODAY = todayIn("Europe/Stockholm");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

function parsed<T>(r: { success: true; data: T } | { success: false; error: unknown }): T {
  if (!r.success) throw new Error(JSON.stringify(r.error));
  return r.data;
}

describe("gaps computed from the record", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let dpo: ActingUser;
  let actor: { type: "user"; id: string };
  let special: Set<string>;
  let measureId: string;
  let notesCategoryId: string;

  const gaps = async (kind?: GapKind) => (await listGaps({ today: TODAY, kind })).gaps;
  const keysOf = async (kind?: GapKind) => (await gaps(kind)).map((g) => g.key).sort();
  const activityInput = (over: Record<string, string | string[]> = {}): ActivityInput =>
    parsed(activityFormSchema(special).safeParse({ name: "Chat support", purposes: "Answer questions.", legalBasis: "contract", retention: "12 months.", measureIds: [measureId], dpiaStatus: "not_needed", ...over }));
  const processorInput = (over: Record<string, string | string[]> = {}): ProcessorInput =>
    parsed(processorFormSchema(TODAY).safeParse({ name: "Ticketdesk GmbH", service: "Ticketing", country: "DE", ...over }));

  before(async () => {
    db = await useTestDatabase();
    const [user] = await db.handle.db.insert(users).values({ email: "dpo@gaps.test", name: "Dana DPO", role: "dpo", passwordHash: "not-used" }).returning({ id: users.id });
    dpo = { id: user!.id, role: "dpo" };
    actor = { type: "user", id: user!.id };
    const [m] = await db.handle.db.insert(securityMeasures).values({ name: "TLS everywhere", kind: "technical", status: "in_place" }).returning({ id: securityMeasures.id });
    measureId = m!.id;
    const [c] = await db.handle.db.insert(dataCategories).values({ name: "Support notes" }).returning({ id: dataCategories.id });
    notesCategoryId = c!.id;
    special = new Set();
  });
  after(() => db.cleanup());

  it("an empty record has no gaps, and the overview counts every kind as zero", async () => {
    assert.deepEqual(await gaps(), []);
    const counts = await countGapsByKind(TODAY);
    assert.equal(counts.length, 9);
    assert.ok(counts.every((c) => c.count === 0 && c.high === 0));
  });

  let activityId: string;
  let processorId: string;
  let agreementId: string;

  it("a complete activity has none; linking a processor without an agreement is a gap that leads to the processor", async () => {
    const created = await createActivity(actor, activityInput({ dataCategoryIds: [notesCategoryId] }));
    assert.ok(created.ok);
    activityId = created.id;
    assert.deepEqual(await gaps(), []);

    const p = await createProcessor(dpo, processorInput({ activityIds: [activityId] }));
    assert.ok(p.ok);
    processorId = p.id;
    const [gap, ...rest] = await gaps();
    assert.equal(rest.length, 0);
    assert.equal(gap!.kind, "processor_agreement");
    assert.equal(gap!.severity, "high");
    assert.equal(gap!.subject.id, processorId);
    assert.equal(gap!.fixUrl, `/processors/${processorId}#agreements-title`);
    assert.match(gap!.message, /“Ticketdesk GmbH” receives personal data from “Chat support”, but no agreement is on record/);
  });

  it("the gap stays through draft and legal review, and is gone once the agreement is signed", async () => {
    const agreement = parsed(agreementFormSchema(TODAY).safeParse({ processorId, title: "Ticketdesk DPA", status: "draft" }));
    const created = await createAgreement(dpo, agreement);
    assert.ok(created.ok);
    agreementId = created.id;
    assert.match((await gaps("processor_agreement"))[0]!.message, /only a draft agreement/);

    assert.ok((await addAgreementFile(dpo, { processorId, agreementId, fileName: "dpa.pdf", bytes: PDF })).ok);
    assert.ok((await sendToLegalReview(dpo, processorId, agreementId)).ok);
    assert.match((await gaps("processor_agreement"))[0]!.message, /still in legal review/);

    const open = (await getAgreementReviews(processorId, agreementId))!.open!;
    const checklist = emptyChecklist();
    for (const item of CHECKLIST_ITEMS) checklist[item] = { answer: "present", note: "", clauseReference: `§ ${item}` };
    const decided = await saveReview(dpo, { processorId, agreementId, reviewId: open.id, step: "approve", summary: "", signedOn: TODAY, checklist });
    assert.deepEqual(decided, { ok: true, decided: true, status: "signed" });
    assert.deepEqual(await gaps(), []);
  });

  it("an agreement ending within 60 days is a gap until it runs longer; past its end, rule 1 reports it", async () => {
    const edit = (endsOn: string) =>
      updateAgreement(dpo, agreementId, parsed(agreementFormSchema(TODAY).safeParse({ processorId, title: "Ticketdesk DPA", status: "signed", signedOn: TODAY, endsOn })));
    assert.ok((await edit(addDays(TODAY, 30))).ok);
    const [expiring, ...none] = await gaps();
    assert.equal(none.length, 0);
    assert.equal(expiring!.kind, "agreement_expiry");
    assert.equal(expiring!.severity, "medium");
    assert.equal(expiring!.fixUrl, `/processors/${processorId}#agreement-${agreementId}`);
    assert.match(expiring!.message, /“Ticketdesk DPA” with “Ticketdesk GmbH” ends on .*, in 30 days/);

    assert.ok((await edit(addDays(TODAY, 61))).ok);
    assert.deepEqual(await gaps(), []);

    // Asked for a later day, the same data shows what the organisation will face then.
    const later = await listGaps({ today: addDays(TODAY, 62) });
    assert.deepEqual(later.gaps.map((g) => g.kind), ["processor_agreement"]);
    assert.match(later.gaps[0]!.message, /its agreement expired on/);
  });

  it("transfers without a mechanism: on the activity, on a processor outside the EEA, on a sub-processor", async () => {
    const transfer = parsed(transferFormSchema.safeParse({ activityId, recipient: "Acme Analytics Inc.", country: "US", mechanism: "none" }));
    assert.ok((await addActivityTransfer(actor, transfer)).ok);
    const us = await createProcessor(dpo, processorInput({ name: "Cloudmail Inc.", country: "US" }));
    assert.ok(us.ok);
    const sub = parsed(subProcessorFormSchema(TODAY).safeParse({ processorId, name: "Rackspace LLC", country: "US", addedOn: TODAY }));
    assert.ok((await saveSubProcessor(dpo, sub)).ok);

    const found = await gaps("transfer_mechanism");
    assert.deepEqual(found.map((g) => [g.subject.name, g.severity, g.fixUrl]).sort(), [
      ["Chat support", "high", `/inventory/${activityId}`],
      ["Cloudmail Inc.", "high", `/processors/${us.id}/edit`],
      ["Ticketdesk GmbH", "high", `/processors/${processorId}#sub-processors-title`],
    ]);
    assert.ok(found.some((g) => /Acme Analytics Inc\. in US \(United States\)/.test(g.message)));

    // With standard contractual clauses and their assessment, the processor's own transfer is covered.
    const fixed = await updateProcessor(dpo, us.id, processorInput({ name: "Cloudmail Inc.", country: "US", transferMechanism: "scc", tiaDate: TODAY }));
    assert.ok(fixed.ok);
    assert.equal((await gaps("transfer_mechanism")).length, 2);
    // Cloudmail receives data from no activity: no agreement gap for it.
    assert.equal((await gaps("processor_agreement")).length, 0);
  });

  it("an activity without legal basis, retention or measures, with a DPIA needed, has one gap for each", async () => {
    const created = await createActivity(actor, activityInput({ name: "Newsletter", legalBasis: "", retention: "", measureIds: [], dpiaStatus: "needed" }));
    assert.ok(created.ok);
    const id = created.id;
    const found = (await gaps()).filter((g) => g.subject.id === id);
    assert.deepEqual(found.map((g) => [g.kind, g.severity]), [
      ["legal_basis", "high"],
      ["dpia", "high"],
      ["retention", "medium"],
      ["security_measures", "medium"],
    ]);
    assert.ok(found.every((g) => g.fixUrl === `/inventory/${id}/edit`));

    const fixed = await updateActivity(actor, id, activityInput({ name: "Newsletter", legalBasis: "consent", retention: "Until consent is withdrawn.", dpiaStatus: "in_progress" }));
    assert.ok(fixed.ok);
    const left = (await gaps()).filter((g) => g.subject.id === id);
    assert.deepEqual(left.map((g) => [g.kind, g.severity]), [["dpia", "medium"]]);
    await updateActivity(actor, id, activityInput({ name: "Newsletter", legalBasis: "consent", retention: "Until consent is withdrawn.", dpiaStatus: "done" }));
    assert.equal((await gaps()).filter((g) => g.subject.id === id).length, 0);
  });

  it("a category marked special afterwards makes its activities need an Art. 9 condition", async () => {
    await db.handle.db.update(dataCategories).set({ special: true }).where(eq(dataCategories.id, notesCategoryId));
    const [gap, ...rest] = await gaps("art9_condition");
    assert.equal(rest.length, 0);
    assert.equal(gap!.subject.id, activityId);
    assert.match(gap!.message, /special categories of data \(Support notes\) without an Art\. 9\(2\) condition/);
    special = new Set([notesCategoryId]);
    const saved = await updateActivity(actor, activityId, activityInput({ dataCategoryIds: [notesCategoryId], art9Condition: "explicit_consent" }));
    assert.ok(saved.ok);
    assert.deepEqual(await gaps("art9_condition"), []);
  });

  it("a chat activity without a period needs a linked retention rule, and has its retention once one is linked", async () => {
    const created = await createActivity(actor, activityInput({ name: "Chat analytics", retention: "", coversChat: "on" }));
    assert.ok(created.ok);
    const id = created.id;
    const gap = (await gaps("retention")).find((g) => g.subject.id === id);
    assert.equal(gap?.fixUrl, "/retention");
    const rule = parsed(ruleFormSchema.safeParse({ name: "Analytics transcripts", keepDays: "90", action: "delete", activityId: id }));
    assert.ok((await createRetentionRule(actor, rule)).ok);
    assert.equal((await gaps("retention")).find((g) => g.subject.id === id), undefined);
  });

  it("archived activities and processors are ignored, and the overview counts match the list", async () => {
    // The activity's transfer without a mechanism, and the processor's sub-processor outside the EEA.
    const transferKey = (await gaps("transfer_mechanism")).find((g) => g.subject.id === activityId)!.key;
    const subKey = (await gaps("transfer_mechanism")).find((g) => g.subject.id === processorId)!.key;
    assert.ok((await setActivityArchived(actor, activityId, true)).ok);
    const afterActivity = await keysOf();
    assert.ok(!afterActivity.includes(transferKey));
    assert.ok(afterActivity.includes(subKey));
    assert.ok((await setProcessorArchived(dpo, processorId, true)).ok);
    assert.ok(!(await keysOf()).includes(subKey));

    const { gaps: all, counts, total } = await listGaps({ today: TODAY });
    assert.equal(total, all.length);
    const overview = await countGapsByKind(TODAY);
    assert.deepEqual(overview, counts);
    for (const c of overview) assert.equal(c.count, all.filter((g) => g.kind === c.kind).length);
  });

  it("computes the demo record's gaps, each with a sentence and a link to an existing kind of page", async () => {
    await seedDemoData(new Date());
    const { gaps: all, counts } = await listGaps({ today: TODAY });
    assert.ok(all.length > 0);
    for (const g of all) {
      assert.match(g.fixUrl, /^\/(inventory|processors|settings\/retention)/);
      assert.match(g.message, /\.$/);
    }
    // The seed's processor without any agreement receives data: that is a gap.
    assert.ok(all.some((g) => g.kind === "processor_agreement" && g.subject.name === "Metricly Analytics B.V."));
    assert.equal(counts.reduce((n, c) => n + c.count, 0), all.length);
  });

  it("a clause the vendor refuses: legal may not accept the risk, the DPO may with reasons, and the agreement stays on the gaps page", async () => {
    const [l] = await db.handle.db.insert(users).values({ email: "legal@gaps.test", name: "Lee Legal", role: "legal", passwordHash: "not-used" }).returning({ id: users.id });
    const legal: ActingUser = { id: l!.id, role: "legal" };
    const activity = await createActivity(actor, activityInput({ name: "Vendor-hosted chat" }));
    assert.ok(activity.ok, JSON.stringify(activity));
    const p = await createProcessor(dpo, processorInput({ name: "Refusing Vendor Oy", activityIds: [activity.id] }));
    assert.ok(p.ok, JSON.stringify(p));
    const created = await createAgreement(dpo, parsed(agreementFormSchema(TODAY).safeParse({ processorId: p.id, title: "Vendor DPA", status: "draft" })));
    assert.ok(created.ok, JSON.stringify(created));
    const ids = { processorId: p.id, agreementId: created.id };
    assert.ok((await addAgreementFile(dpo, { ...ids, fileName: "dpa.pdf", bytes: PDF })).ok);
    assert.ok((await sendToLegalReview(dpo, ids.processorId, ids.agreementId)).ok);
    const open = (await getAgreementReviews(ids.processorId, ids.agreementId))!.open!;
    const checklist = emptyChecklist();
    for (const item of CHECKLIST_ITEMS) checklist[item] = { answer: "present", note: "", clauseReference: `§ ${item}` };
    const review = { ...ids, reviewId: open.id, summary: "", signedOn: TODAY };

    // "Not applicable" on a mandatory term never approves, whoever asks and with whatever note.
    const na = { ...checklist, clause_h: { answer: "not_applicable" as const, note: "Audits are not relevant", clauseReference: "" } };
    const refusedNa = await saveReview(dpo, { ...review, step: "approve", checklist: na });
    assert.deepEqual(refusedNa.ok ? null : [refusedNa.code, refusedNa.field], ["invalid", "answer_clause_h"]);

    const accepted = { ...checklist, clause_h: { answer: "risk_accepted" as const, note: "Vendor refuses on-site audits; SOC 2 report yearly. Accepted by the CEO.", clauseReference: "" } };
    const byLegal = await saveReview(legal, { ...review, step: "approve", checklist: accepted });
    assert.deepEqual(byLegal.ok ? null : [byLegal.code, byLegal.field], ["forbidden", "answer_clause_h"]);
    assert.equal((await getAgreementReviews(ids.processorId, ids.agreementId))!.open!.checklist.clause_h.answer, null, "nothing written");

    // The DPO records the acceptance; legal may then save and approve it unchanged.
    assert.deepEqual(await saveReview(dpo, { ...review, step: "save", checklist: accepted }), { ok: true, decided: false, status: "in_legal_review" });
    const changedReasons = { ...accepted, clause_h: { ...accepted.clause_h, note: "Legal rewrote the reasons" } };
    assert.ok(!(await saveReview(legal, { ...review, step: "save", checklist: changedReasons })).ok, "legal cannot change the reasons");
    assert.deepEqual(await saveReview(legal, { ...review, step: "approve", checklist: accepted }), { ok: true, decided: true, status: "signed" });

    const [gap, ...others] = await gaps("agreement_risk_accepted");
    assert.equal(others.length, 0);
    assert.equal(gap!.subject.id, ids.agreementId);
    assert.equal(gap!.severity, "medium");
    assert.match(gap!.message, /“Vendor DPA” with “Refusing Vendor Oy” was accepted without clause \(h\) information and audits/);
    assert.ok(!(await gaps("processor_agreement")).some((g) => g.subject.id === ids.processorId), "the agreement covers the processor");

    const [decide] = await db.handle.db
      .select({ summary: auditLog.summary, actorId: auditLog.actorId })
      .from(auditLog)
      .where(eq(auditLog.action, "agreement.review_decide"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    assert.deepEqual((decide!.summary as { riskAccepted: string[] }).riskAccepted, ["clause_h"]);
    const [save] = (await db.handle.db.select({ summary: auditLog.summary, actorId: auditLog.actorId }).from(auditLog).where(eq(auditLog.action, "agreement.review_save"))).filter(
      (e) => (e.summary as { reviewId: string }).reviewId === open.id,
    );
    assert.equal(save!.actorId, dpo.id, "the trail names who accepted the risk");
  });

  it("a review decided before the checklist grew reads with the new items unanswered, not as failures", async () => {
    const withAll = (await listGaps({ today: TODAY })).gaps.map((g) => g.key).sort();
    // As an older version stored it: no rows for the items added since.
    await db.handle.db.delete(agreementReviewItems).where(inArray(agreementReviewItems.item, [...ITEMS_ADDED_LATER]));
    assert.deepEqual((await listGaps({ today: TODAY })).gaps.map((g) => g.key).sort(), withAll);
    const reviews = (await getAgreementReviews(processorId, agreementId))!;
    const past = reviews.past[0]!;
    assert.equal(past.decision, "approved");
    for (const item of ITEMS_ADDED_LATER) assert.equal(past.checklist[item].answer, null);
    assert.equal(past.progress.answered, CHECKLIST_ITEMS.length - ITEMS_ADDED_LATER.length);
  });
});
