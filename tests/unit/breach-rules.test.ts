import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { breachProblems, type BreachFacts } from "@/lib/breaches/rules";

const now = new Date("2026-11-29T12:00:00Z");
const aware = new Date("2026-11-20T08:00:00Z");
const hoursAfter = (n: number) => new Date(aware.getTime() + n * 3_600_000);

const base: BreachFacts = {
  awareAt: aware,
  occurredFrom: null,
  occurredTo: null,
  natureConfidentiality: true,
  natureIntegrity: false,
  natureAvailability: false,
  specialCategories: false,
  specialCategoriesDetail: "",
  risk: "unassessed",
  riskReasoning: "",
  notifyDecision: "pending",
  notNotifiedJustification: "",
  authorityName: "",
  authorityNotifiedAt: null,
  delayReason: "",
  subjectCommStatus: "pending",
  subjectCommAt: null,
  subjectCommChannel: "",
  subjectCommCount: null,
  subjectCommException: null,
  subjectCommExceptionDetail: "",
  status: "open",
};

const problems = (over: Partial<BreachFacts>) => breachProblems({ ...base, ...over }, now);

describe("breach record rules (Art. 33 and 34)", () => {
  it("accepts a fresh open breach with little known", () => {
    assert.deepEqual(problems({}), {});
  });

  it("refuses an awareness time in the future, and a start after awareness", () => {
    assert.ok(problems({ awareAt: new Date(now.getTime() + 3_600_000) }).awareAt);
    assert.ok(problems({ occurredFrom: hoursAfter(1) }).occurredFrom);
    assert.ok(problems({ occurredFrom: hoursAfter(-5), occurredTo: hoursAfter(-6) }).occurredTo);
    assert.deepEqual(problems({ occurredFrom: hoursAfter(-5), occurredTo: hoursAfter(2) }), {});
  });

  it("needs a justification when not notified (Art. 33(5))", () => {
    assert.ok(problems({ notifyDecision: "not_required", risk: "unlikely", riskReasoning: "encrypted" }).notNotifiedJustification);
    assert.deepEqual(problems({ notifyDecision: "not_required", risk: "unlikely", riskReasoning: "encrypted", notNotifiedJustification: "Encrypted disk" }), {});
  });

  it("does not let a breach assessed as a risk go unnotified", () => {
    const p = problems({ notifyDecision: "not_required", risk: "risk", riskReasoning: "r", notNotifiedJustification: "j" });
    assert.match(p.notifyDecision ?? "", /must be notified/);
  });

  it("requires the reasons for delay only after 72 hours", () => {
    const inTime = { notifyDecision: "notify" as const, authorityName: "IMY", authorityNotifiedAt: hoursAfter(72) };
    assert.deepEqual(problems(inTime), {});
    const late = problems({ ...inTime, authorityNotifiedAt: hoursAfter(73) });
    assert.match(late.delayReason ?? "", /72 hours/);
    assert.deepEqual(problems({ ...inTime, authorityNotifiedAt: hoursAfter(73), delayReason: "Scope unknown" }), {});
  });

  it("needs the authority's name, and a notification after awareness and not in the future", () => {
    assert.ok(problems({ notifyDecision: "notify", authorityNotifiedAt: hoursAfter(2) }).authorityName);
    assert.ok(problems({ notifyDecision: "notify", authorityName: "IMY", authorityNotifiedAt: hoursAfter(-1) }).authorityNotifiedAt);
    assert.ok(problems({ notifyDecision: "notify", authorityName: "IMY", authorityNotifiedAt: new Date(now.getTime() + 86_400_000) }).authorityNotifiedAt);
  });

  it("does not accept 'not notified' together with a notification time", () => {
    assert.ok(problems({ notifyDecision: "not_required", risk: "unlikely", riskReasoning: "r", notNotifiedJustification: "x", authorityName: "IMY", authorityNotifiedAt: hoursAfter(1) }).notifyDecision);
  });

  it("'not notified' needs the assessment 'unlikely to result in a risk' with its reasoning (Art. 33(1))", () => {
    const unassessed = problems({ notifyDecision: "not_required", notNotifiedJustification: "Small incident" });
    assert.match(unassessed.risk ?? "", /Unlikely to result in a risk/);
    const noReasoning = problems({ notifyDecision: "not_required", risk: "unlikely", notNotifiedJustification: "Small incident" });
    assert.ok(noReasoning.riskReasoning);
    assert.equal(noReasoning.risk, undefined);
    assert.deepEqual(problems({ notifyDecision: "not_required", risk: "unlikely", riskReasoning: "Encrypted", notNotifiedJustification: "Small incident" }), {});
    // Without the assessment the breach cannot be closed as "not notified" either.
    assert.ok(problems({ status: "closed", notifyDecision: "not_required", notNotifiedJustification: "Small incident" }).risk);
  });

  it("status notified needs the notification time", () => {
    assert.ok(problems({ status: "notified" }).authorityNotifiedAt);
  });

  it("a risk level needs its reasoning", () => {
    assert.ok(problems({ risk: "high" }).riskReasoning);
    assert.equal(problems({ risk: "high", riskReasoning: "fraud likely" }).riskReasoning, undefined);
  });

  it("telling people needs when and how; an exception needs which one, and (c) the public communication", () => {
    const told = problems({ subjectCommStatus: "communicated" });
    assert.ok(told.subjectCommAt && told.subjectCommChannel);
    assert.ok(problems({ subjectCommStatus: "exception" }).subjectCommException);
    assert.ok(problems({ subjectCommStatus: "exception", subjectCommException: "disproportionate_effort" }).subjectCommExceptionDetail);
    assert.deepEqual(problems({ subjectCommStatus: "exception", subjectCommException: "unintelligible" }), {});
  });

  it("a high risk cannot be marked as needing no communication (Art. 34(1))", () => {
    assert.ok(problems({ risk: "high", riskReasoning: "r", subjectCommStatus: "not_required" }).subjectCommStatus);
  });

  it("closing needs a risk assessment, a decision, the notification, and for high risk the communication", () => {
    const p = problems({ status: "closed" });
    assert.ok(p.risk && p.notifyDecision);
    assert.ok(problems({ status: "closed", risk: "risk", riskReasoning: "r", notifyDecision: "notify" }).authorityNotifiedAt);
    const high = problems({ status: "closed", risk: "high", riskReasoning: "r", notifyDecision: "notify", authorityName: "IMY", authorityNotifiedAt: hoursAfter(10) });
    assert.ok(high.subjectCommStatus);
    assert.deepEqual(
      problems({
        status: "closed", risk: "high", riskReasoning: "r", notifyDecision: "notify", authorityName: "IMY", authorityNotifiedAt: hoursAfter(10),
        subjectCommStatus: "communicated", subjectCommAt: hoursAfter(20), subjectCommChannel: "E-mail",
      }),
      {},
    );
  });

  it("closing or notifying needs at least one nature of breach", () => {
    const none = { natureConfidentiality: false };
    assert.equal(problems(none).nature, undefined);
    assert.ok(problems({ ...none, status: "notified", notifyDecision: "notify", authorityName: "IMY", authorityNotifiedAt: hoursAfter(1) }).nature);
  });

  it("special categories need to be named", () => {
    assert.ok(problems({ specialCategories: true }).specialCategoriesDetail);
  });
});
