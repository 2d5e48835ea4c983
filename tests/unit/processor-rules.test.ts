import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeNoticeClock, noticeClock, objectionDeadlineAt } from "@/lib/processors/countdown";
import { agreementDownloadName, checkAgreementFile, MAX_AGREEMENT_BYTES, storedFileName } from "@/lib/processors/files";
import { agreementFormSchema, noticeDecisionSchema, noticeFormSchema, processorFormSchema, subProcessorFormSchema } from "@/lib/processors/form-schema";
import { acceptedRisks, answerField, changedRiskAcceptances, CHECKLIST_ITEMS, checklistProgress, decisionProblems, emptyChecklist, ITEMS_ADDED_LATER, noteField, referenceField, type Checklist } from "@/lib/processors/review";
import { reviewFormSchema } from "@/lib/processors/review-schema";
import {
  agreementDateProblems,
  effectiveStatus,
  expiringCutoff,
  formStatusOptions,
  inLegalQueue,
  isExpiringSoon,
  nextDeadline,
  processorAgreementStatus,
  sendToReviewProblem,
  statusChangeProblem,
} from "@/lib/processors/status";
import { isEeaCountry, mechanismProblems, normaliseMechanism, processorTransferProblems, transferGap } from "@/lib/processors/transfer";

const today = "2026-06-15";
const signed = (over: { endsOn?: string | null; reviewBy?: string | null } = {}) => ({ status: "signed" as const, endsOn: null, reviewBy: null, ...over });

describe("agreement status rules", () => {
  it("a signed agreement past its end date is expired; on its last day it is still signed", () => {
    assert.equal(effectiveStatus(signed({ endsOn: "2026-06-14" }), today), "expired");
    assert.equal(effectiveStatus(signed({ endsOn: today }), today), "signed");
    assert.equal(effectiveStatus(signed(), today), "signed");
    // Only a signed agreement expires by date: a draft with an old end date stays a draft.
    assert.equal(effectiveStatus({ status: "draft", endsOn: "2020-01-01" }, today), "draft");
    assert.equal(effectiveStatus({ status: "in_legal_review", endsOn: "2020-01-01" }, today), "in_legal_review");
  });

  it("expiring means the end or review date within 60 days, counted in calendar days", () => {
    assert.equal(expiringCutoff(today), "2026-08-14");
    assert.equal(isExpiringSoon(signed({ endsOn: "2026-08-14" }), today), true, "day 60 is inside");
    assert.equal(isExpiringSoon(signed({ endsOn: "2026-08-15" }), today), false, "day 61 is outside");
    assert.equal(isExpiringSoon(signed({ reviewBy: "2026-07-01" }), today), true);
    assert.equal(isExpiringSoon(signed({ endsOn: "2027-01-01", reviewBy: "2026-07-01" }), today), true, "the review date alone is enough");
    assert.equal(isExpiringSoon(signed({ reviewBy: "2026-05-01" }), today), true, "a review date already passed is still due");
    assert.equal(isExpiringSoon(signed(), today), false, "no dates, nothing to expire");
    assert.equal(isExpiringSoon(signed({ endsOn: "2026-06-01" }), today), false, "already expired is not 'expiring'");
    assert.equal(isExpiringSoon({ status: "draft", endsOn: "2026-07-01", reviewBy: null }, today), false);
    assert.equal(isExpiringSoon({ status: "terminated", endsOn: "2026-07-01", reviewBy: null }, today), false);
  });

  it("the next deadline is the earlier of end and review, with days left", () => {
    assert.deepEqual(nextDeadline(signed({ endsOn: "2026-07-15", reviewBy: "2026-07-01" }), today), { kind: "review", date: "2026-07-01", daysLeft: 16 });
    assert.deepEqual(nextDeadline(signed({ endsOn: "2026-06-20", reviewBy: "2026-07-01" }), today), { kind: "ends", date: "2026-06-20", daysLeft: 5 });
    assert.deepEqual(nextDeadline(signed({ reviewBy: "2026-06-10" }), today), { kind: "review", date: "2026-06-10", daysLeft: -5 });
    assert.equal(nextDeadline(signed(), today), null);
    assert.equal(nextDeadline({ status: "missing", endsOn: "2026-07-01", reviewBy: null }, today), null);
  });

  it("the legal queue holds agreements in review and those expiring", () => {
    assert.equal(inLegalQueue({ status: "in_legal_review", endsOn: null, reviewBy: null }, today), true);
    assert.equal(inLegalQueue(signed({ endsOn: "2026-07-01" }), today), true);
    assert.equal(inLegalQueue(signed({ endsOn: "2027-07-01" }), today), false);
    assert.equal(inLegalQueue({ status: "draft", endsOn: null, reviewBy: null }, today), false);
    assert.equal(inLegalQueue({ status: "missing", endsOn: null, reviewBy: null }, today), false);
  });

  it("a processor's status is its best agreement's, missing when it has none", () => {
    assert.equal(processorAgreementStatus([]), "missing");
    assert.equal(processorAgreementStatus(["expired", "signed", "draft"]), "signed");
    assert.equal(processorAgreementStatus(["expired", "draft"]), "draft");
    assert.equal(processorAgreementStatus(["terminated", "in_legal_review"]), "in_legal_review");
    assert.equal(processorAgreementStatus(["terminated", "expired"]), "expired");
    assert.equal(processorAgreementStatus(["missing", "terminated"]), "terminated");
  });

  it("the form can never set signed or in legal review; it may keep them", () => {
    assert.deepEqual(formStatusOptions(null), ["missing", "draft", "expired", "terminated"]);
    assert.ok(!formStatusOptions("draft").includes("signed"));
    assert.ok(!formStatusOptions("expired").includes("in_legal_review"));
    assert.deepEqual(formStatusOptions("in_legal_review"), ["in_legal_review"]);
    assert.deepEqual(formStatusOptions("signed"), ["signed", "draft", "expired", "terminated"]);
    assert.match(statusChangeProblem("draft", "signed")!, /only when legal approves/);
    assert.match(statusChangeProblem(null, "signed")!, /only when legal approves/);
    assert.match(statusChangeProblem("draft", "in_legal_review")!, /Send to legal review/);
    assert.match(statusChangeProblem("in_legal_review", "draft")!, /review's decision/);
    assert.equal(statusChangeProblem("signed", "signed"), null);
    assert.equal(statusChangeProblem("signed", "terminated"), null);
    assert.equal(statusChangeProblem("draft", "missing"), null);
  });

  it("only a draft, missing or expired agreement with a document goes to legal review", () => {
    assert.equal(sendToReviewProblem("draft", 1), null);
    assert.equal(sendToReviewProblem("missing", 2), null);
    assert.equal(sendToReviewProblem("expired", 1), null);
    assert.match(sendToReviewProblem("draft", 0)!, /Upload the agreement/);
    assert.match(sendToReviewProblem("in_legal_review", 1)!, /already/);
    assert.match(sendToReviewProblem("signed", 1)!, /new agreement/);
    assert.match(sendToReviewProblem("terminated", 1)!, /terminated/);
  });

  it("checks the agreement's dates", () => {
    const base = { status: "signed" as const, signedOn: null, startsOn: null, endsOn: null };
    assert.deepEqual(agreementDateProblems(base, today), {});
    assert.ok(agreementDateProblems({ ...base, startsOn: "2026-02-01", endsOn: "2026-01-31" }, today).endsOn);
    assert.ok(agreementDateProblems({ ...base, signedOn: "2026-06-16" }, today).signedOn);
    assert.ok(agreementDateProblems({ ...base, status: "draft", signedOn: "2026-06-01" }, today).signedOn);
    assert.deepEqual(agreementDateProblems({ ...base, status: "terminated", signedOn: "2024-06-01", startsOn: "2024-06-01", endsOn: "2024-06-01" }, today), {});
  });
});

function fullChecklist(): Checklist {
  const c = emptyChecklist();
  for (const item of CHECKLIST_ITEMS) c[item] = { answer: "present", note: "", clauseReference: "§ 3" };
  return c;
}

describe("Art. 28(3) review rules", () => {
  it("lists the four contents, clauses (a) to (h), the last subparagraph of 28(3) and Art. 28(4)", () => {
    assert.equal(CHECKLIST_ITEMS.length, 14);
    assert.deepEqual(CHECKLIST_ITEMS.filter((i) => i.startsWith("clause_")).map((i) => i.slice(-1)).join(""), "abcdefgh");
    assert.ok(CHECKLIST_ITEMS.includes("infringing_instruction") && CHECKLIST_ITEMS.includes("sub_processor_flow_down"));
    assert.deepEqual([...ITEMS_ADDED_LATER], ["infringing_instruction", "sub_processor_flow_down"]);
  });

  it("never approves 'not applicable': every Art. 28(3) term is mandatory, note or not", () => {
    for (const item of CHECKLIST_ITEMS) {
      const c = fullChecklist();
      c[item] = { answer: "not_applicable", note: "We do not think this applies", clauseReference: "" };
      const p = decisionProblems({ step: "approve", checklist: c, summary: "", signedOn: today });
      assert.match(p[answerField(item)] ?? "", /mandatory/, item);
    }
  });

  it("a refused clause may be approved as a risk accepted, with its reasons", () => {
    const c = fullChecklist();
    c.clause_h = { answer: "risk_accepted", note: "", clauseReference: "" };
    assert.deepEqual(Object.keys(decisionProblems({ step: "approve", checklist: c, summary: "", signedOn: today })), [noteField("clause_h")]);
    // Reasons are needed when the risk is recorded, not only when approving.
    assert.deepEqual(Object.keys(decisionProblems({ step: "save", checklist: c, summary: "", signedOn: null })), [noteField("clause_h")]);
    c.clause_h = { answer: "risk_accepted", note: "Vendor offers SOC 2 report instead of audits; accepted by the board on 3 May.", clauseReference: "" };
    assert.deepEqual(decisionProblems({ step: "approve", checklist: c, summary: "", signedOn: today }), {});
    assert.deepEqual(acceptedRisks(c), ["clause_h"]);
    assert.equal(checklistProgress(c).accepted, 1);
  });

  it("finds the accepted risks a save newly records or changes", () => {
    const stored = fullChecklist();
    const next = fullChecklist();
    next.clause_h = { answer: "risk_accepted", note: "Reasons", clauseReference: "" };
    assert.deepEqual(changedRiskAcceptances(stored, next), ["clause_h"]);
    stored.clause_h = { answer: "risk_accepted", note: "Reasons", clauseReference: "" };
    assert.deepEqual(changedRiskAcceptances(stored, next), [], "saved back unchanged");
    next.clause_h = { answer: "risk_accepted", note: "Other reasons", clauseReference: "" };
    assert.deepEqual(changedRiskAcceptances(stored, next), ["clause_h"], "new reasons are a new acceptance");
    next.clause_h = { answer: "missing", note: "", clauseReference: "" };
    assert.deepEqual(changedRiskAcceptances(stored, next), [], "withdrawing an acceptance is not accepting one");
  });

  it("approving needs every item answered, none missing, and the signing date", () => {
    assert.deepEqual(decisionProblems({ step: "approve", checklist: fullChecklist(), summary: "", signedOn: today }), {});
    const unanswered = fullChecklist();
    unanswered.clause_c = { answer: null, note: "", clauseReference: "" };
    assert.deepEqual(Object.keys(decisionProblems({ step: "approve", checklist: unanswered, summary: "", signedOn: today })), [answerField("clause_c")]);
    assert.ok(decisionProblems({ step: "approve", checklist: fullChecklist(), summary: "", signedOn: null }).signedOn);
  });

  it("a missing item forces sending back", () => {
    const c = fullChecklist();
    c.clause_h = { answer: "missing", note: "No audit rights", clauseReference: "" };
    c.clause_d = { answer: "missing", note: "", clauseReference: "" };
    const p = decisionProblems({ step: "approve", checklist: c, summary: "", signedOn: today });
    assert.match(p.step!, /2 items are missing/);
    assert.ok(p[answerField("clause_h")]);
    assert.deepEqual(decisionProblems({ step: "send_back", checklist: c, summary: "Add audit rights and sub-processor approval.", signedOn: null }), {});
  });

  it("a present item needs its clause, when approving only", () => {
    const c = fullChecklist();
    c.data_types = { answer: "present", note: "", clauseReference: " " };
    c.clause_e = { answer: "not_applicable", note: "", clauseReference: "" };
    const p = decisionProblems({ step: "approve", checklist: c, summary: "", signedOn: today });
    assert.deepEqual(Object.keys(p).sort(), [answerField("clause_e"), referenceField("data_types")].sort());
    assert.deepEqual(decisionProblems({ step: "save", checklist: c, summary: "", signedOn: null }), {});
  });

  it("sending back needs a summary; saving needs nothing", () => {
    assert.ok(decisionProblems({ step: "send_back", checklist: emptyChecklist(), summary: "  ", signedOn: null }).summary);
    assert.deepEqual(decisionProblems({ step: "save", checklist: emptyChecklist(), summary: "", signedOn: null }), {});
  });

  it("counts progress", () => {
    const c = emptyChecklist();
    c.clause_a = { answer: "present", note: "", clauseReference: "1" };
    c.clause_b = { answer: "missing", note: "", clauseReference: "" };
    assert.deepEqual(checklistProgress(c), { answered: 2, missing: 1, accepted: 0, total: 14 });
  });

  it("the review form reads the checklist from its fields and refuses an approval with a missing item", () => {
    const ids = { processorId: "00000000-0000-4000-8000-000000000001", agreementId: "00000000-0000-4000-8000-000000000002", reviewId: "00000000-0000-4000-8000-000000000003" };
    const fields: Record<string, string> = { ...ids, step: "approve", signedOn: "2026-06-01" };
    for (const item of CHECKLIST_ITEMS) Object.assign(fields, { [answerField(item)]: "present", [referenceField(item)]: "§ 2" });
    const ok = reviewFormSchema(today).safeParse(fields);
    assert.ok(ok.success);
    assert.equal(ok.data.checklist.clause_g.clauseReference, "§ 2");
    const bad = reviewFormSchema(today).safeParse({ ...fields, [answerField("clause_b")]: "missing" });
    assert.ok(!bad.success);
    assert.ok(bad.error.issues.some((i) => i.path[0] === "step"));
    assert.ok(!reviewFormSchema(today).safeParse({ ...fields, step: "sign" }).success);
    assert.ok(!reviewFormSchema(today).safeParse({ ...fields, signedOn: "2026-06-16" }).success, "no signing date in the future");
  });
});

describe("objection deadline countdown", () => {
  const tz = "Europe/Stockholm";
  it("runs to the end of the deadline day in the organisation's time zone", () => {
    // 2026-06-20 ends at midnight Stockholm summer time, 22:00 UTC.
    assert.equal(objectionDeadlineAt("2026-06-20", tz).toISOString(), "2026-06-20T22:00:00.000Z");
    assert.equal(objectionDeadlineAt("2026-01-20", tz).toISOString(), "2026-01-20T23:00:00.000Z");
  });

  it("counts days and hours, then hours and minutes, then how long ago it passed", () => {
    const deadlineAt = new Date("2026-06-20T22:00:00Z");
    const at = (iso: string) => noticeClock({ deadlineAt, decision: "pending", now: new Date(iso) });
    const far = at("2026-06-16T20:00:00Z");
    assert.equal(far.kind, "running");
    assert.equal(describeNoticeClock(far), "4 days 2 h left to object");
    assert.equal(far.kind === "running" && far.dueSoon, false);
    const soon = at("2026-06-19T21:00:00Z");
    assert.equal(describeNoticeClock(soon), "1 day 1 h left to object");
    assert.equal(soon.kind === "running" && soon.dueSoon, true);
    assert.equal(describeNoticeClock(at("2026-06-20T18:45:00Z")), "3 h 15 min left to object");
    assert.equal(at("2026-06-20T22:00:00Z").kind, "passed", "the deadline instant itself is past");
    assert.equal(describeNoticeClock(at("2026-06-20T23:00:00Z")), "Objection deadline passed today");
    assert.equal(describeNoticeClock(at("2026-06-23T23:00:00Z")), "Objection deadline passed 3 days ago");
  });

  it("stops once legal has decided", () => {
    const clock = noticeClock({ deadlineAt: new Date("2026-06-20T22:00:00Z"), decision: "objected", now: new Date("2026-07-01T00:00:00Z") });
    assert.deepEqual(clock, { kind: "decided", decision: "objected" });
    assert.equal(describeNoticeClock(clock), "Objected");
  });
});

describe("EEA and transfer mechanisms", () => {
  it("knows the EEA: the EU plus Iceland, Liechtenstein and Norway", () => {
    for (const c of ["DE", "SE", "FR", "GR", "IE", "IS", "LI", "NO"]) assert.equal(isEeaCountry(c), true, c);
    for (const c of ["US", "GB", "CH", "IN", "EL", "EU", ""]) assert.equal(isEeaCountry(c), false, c);
  });

  it("flags a transfer outside the EEA without a mechanism", () => {
    assert.equal(transferGap({ country: "US", transferMechanism: null }), true);
    assert.equal(transferGap({ country: "US", transferMechanism: "none_needed" }), true);
    assert.equal(transferGap({ country: "US", transferMechanism: "scc" }), false);
    assert.equal(transferGap({ country: "DE", transferMechanism: null }), false);
    assert.equal(normaliseMechanism("DE", null), "none_needed");
    assert.equal(normaliseMechanism("US", null), null);
  });

  it("refuses mechanisms that do not fit the country, SCC without a TIA date, a derogation unnamed", () => {
    assert.ok(mechanismProblems({ country: "DE", transferMechanism: "scc" }).transferMechanism);
    assert.ok(mechanismProblems({ country: "US", transferMechanism: "none_needed" }).transferMechanism);
    assert.deepEqual(mechanismProblems({ country: "US", transferMechanism: null }), {});
    const base = { country: "US", transferMechanism: "scc" as const, tiaDate: null, derogation: "" };
    assert.ok(processorTransferProblems(base, today).tiaDate);
    assert.deepEqual(processorTransferProblems({ ...base, tiaDate: "2026-01-01" }, today), {});
    assert.ok(processorTransferProblems({ ...base, tiaDate: "2026-07-01" }, today).tiaDate);
    assert.ok(processorTransferProblems({ ...base, transferMechanism: "derogation" }, today).derogation);
  });
});

describe("processor forms", () => {
  const processor = { name: "Acme", service: "Hosting", country: "de" };

  it("reads a minimal processor; inside the EEA the mechanism is 'none needed'", () => {
    const r = processorFormSchema(today).safeParse(processor);
    assert.ok(r.success);
    assert.equal(r.data.country, "DE");
    assert.equal(r.data.transferMechanism, "none_needed");
    assert.deepEqual(r.data.activityIds, []);
  });

  it("drops details of a mechanism not chosen, and asks reasoning for a risk rating", () => {
    const r = processorFormSchema(today).safeParse({ ...processor, country: "US", transferMechanism: "adequacy", tiaDate: "2026-01-01", derogation: "consent" });
    assert.ok(r.success);
    assert.equal(r.data.tiaDate, null);
    assert.equal(r.data.derogation, "");
    const risk = processorFormSchema(today).safeParse({ ...processor, riskRating: "high" });
    assert.ok(!risk.success);
    assert.deepEqual(risk.error.issues.map((i) => i.path[0]), ["riskReasoning"]);
  });

  it("refuses garbage: unknown country, bad ids, bad e-mail", () => {
    const r = processorFormSchema(today).safeParse({ ...processor, country: "XX", activityIds: ["not-a-uuid"], contactEmail: "nope" });
    assert.ok(!r.success);
    assert.deepEqual(new Set(r.error.issues.map((i) => i.path[0])), new Set(["country", "activityIds", "contactEmail"]));
    assert.ok(!processorFormSchema(today).safeParse({}).success);
  });

  it("checks sub-processors, agreements and notices", () => {
    const pid = "00000000-0000-4000-8000-000000000001";
    assert.ok(subProcessorFormSchema(today).safeParse({ processorId: pid, name: "Cloud", country: "US", transferMechanism: "scc", addedOn: today }).success);
    assert.ok(!subProcessorFormSchema(today).safeParse({ processorId: pid, name: "Cloud", country: "US", transferMechanism: "none_needed", addedOn: today }).success);
    assert.ok(!subProcessorFormSchema(today).safeParse({ processorId: pid, name: "Cloud", country: "SE", addedOn: "2026-06-16" }).success);
    assert.ok(agreementFormSchema(today).safeParse({ processorId: pid, title: "DPA", status: "draft" }).success);
    assert.ok(!agreementFormSchema(today).safeParse({ processorId: pid, title: "DPA", status: "draft", startsOn: "2026-02-30" }).success);
    assert.ok(noticeFormSchema(today).safeParse({ processorId: pid, receivedOn: today, description: "New host", objectionDeadline: "2026-07-15" }).success);
    assert.ok(!noticeFormSchema(today).safeParse({ processorId: pid, receivedOn: today, description: "New host", objectionDeadline: "2026-06-14" }).success);
    const noticeId = "00000000-0000-4000-8000-000000000009";
    assert.ok(!noticeDecisionSchema.safeParse({ processorId: pid, noticeId, decision: "objected" }).success, "an objection needs its grounds");
    assert.ok(noticeDecisionSchema.safeParse({ processorId: pid, noticeId, decision: "no_objection" }).success);
    assert.ok(!noticeDecisionSchema.safeParse({ processorId: pid, noticeId, decision: "pending" }).success);
  });
});

describe("agreement files", () => {
  const pdf = Buffer.from("%PDF-1.4\n%…");
  it("accepts a PDF by its first bytes, whatever its name", () => {
    assert.deepEqual(checkAgreementFile({ size: pdf.length, bytes: pdf }), { ok: true, mimeType: "application/pdf" });
  });

  it("refuses empty, oversized and non-PDF files", () => {
    assert.match((checkAgreementFile({ size: 0, bytes: new Uint8Array() }) as { error: string }).error, /empty/);
    const big = Buffer.alloc(MAX_AGREEMENT_BYTES + 1, 0x20);
    big.write("%PDF-");
    assert.match((checkAgreementFile({ size: big.length, bytes: big }) as { error: string }).error, /5 MB/);
    const exactly = Buffer.alloc(MAX_AGREEMENT_BYTES, 0x20);
    exactly.write("%PDF-");
    assert.equal(checkAgreementFile({ size: exactly.length, bytes: exactly }).ok, true, "5 MB exactly is allowed");
    const html = Buffer.from("<html><body>contract.pdf</body></html>");
    assert.match((checkAgreementFile({ size: html.length, bytes: html }) as { error: string }).error, /not a PDF/);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(checkAgreementFile({ size: png.length, bytes: png }).ok, false);
    assert.equal(checkAgreementFile({ size: 4, bytes: Buffer.from("%PDF") }).ok, false, "a truncated signature is not a PDF");
  });

  it("makes stored and downloaded names safe", () => {
    assert.equal(agreementDownloadName('DPA "final" (v2).PDF'), "DPA_final_v2_.pdf");
    assert.equal(agreementDownloadName(""), "agreement.pdf");
    assert.equal(storedFileName("C:\\Users\\x\\contract.pdf"), "contract.pdf");
    assert.equal(storedFileName("../../etc/passwd"), "passwd");
    assert.equal(storedFileName("  "), "agreement.pdf");
  });
});
