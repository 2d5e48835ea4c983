import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { art9ConditionGap, dpiaGap, legalBasisGap, retentionGap, securityMeasuresGap } from "@/lib/gaps/activity-rules";
import { computeGaps, countByKind } from "@/lib/gaps/compute";
import { gapsHref, parseGapParams } from "@/lib/gaps/list-params";
import { agreementCoverGap, agreementExpiryGaps } from "@/lib/gaps/processor-rules";
import { country, nameList } from "@/lib/gaps/text";
import { activityTransferGaps, processorTransferGaps } from "@/lib/gaps/transfer-rules";
import { GAP_KINDS, type GapActivity, type GapAgreement, type GapProcessor } from "@/lib/gaps/types";

const today = "2026-06-15";
const ACT = "00000000-0000-4000-8000-000000000001";
const PROC = "00000000-0000-4000-8000-000000000002";
const AGR = "00000000-0000-4000-8000-000000000003";

// A complete activity: no rule fires on it. Each test changes only what it is about.
const activity = (over: Partial<GapActivity> = {}): GapActivity => ({
  id: ACT,
  name: "Website live chat",
  archived: false,
  legalBasis: "contract",
  art9Condition: null,
  retention: "Transcripts deleted after 12 months.",
  coversChat: false,
  dpiaStatus: "not_needed",
  specialCategories: [],
  measureStatuses: ["in_place"],
  retentionRuleCount: 0,
  transfers: [],
  ...over,
});

const agreement = (over: Partial<GapAgreement> = {}): GapAgreement => ({ id: AGR, title: "DPA 2026", status: "signed", startsOn: null, endsOn: null, reviewBy: null, acceptedWithout: [], ...over });

// A processor in the EEA, receiving data from one activity, under a signed open-ended agreement.
const processor = (over: Partial<GapProcessor> = {}): GapProcessor => ({
  id: PROC,
  name: "Parley Chat Cloud GmbH",
  archived: false,
  country: "DE",
  transferMechanism: "none_needed",
  tiaDate: null,
  activities: [{ id: ACT, name: "Website live chat", archived: false }],
  agreements: [agreement()],
  subProcessors: [],
  ...over,
});

describe("a complete record has no gaps", () => {
  it("neither the activity nor the processor rules fire", () => {
    assert.deepEqual(computeGaps({ activities: [activity()], processors: [processor()] }, today), []);
  });
});

describe("rule 3: retention, legal basis, security measures", () => {
  it("fires when no retention is stated on an activity that does not cover chat, and links to its edit page", () => {
    const gap = retentionGap(activity({ retention: "  " }));
    assert.ok(gap);
    assert.equal(gap.kind, "retention");
    assert.equal(gap.severity, "medium");
    assert.equal(gap.fixUrl, `/inventory/${ACT}/edit`);
    assert.equal(gap.fixPermission, "inventory:write");
    assert.match(gap.message, /“Website live chat” states no time limit/);
  });

  it("a chat activity with neither a linked retention rule nor a period points to the retention rules", () => {
    const gap = retentionGap(activity({ retention: "", coversChat: true, retentionRuleCount: 0 }));
    assert.ok(gap);
    assert.equal(gap.fixUrl, "/retention");
    assert.equal(gap.fixPermission, "retention:write");
    assert.equal(gap.viewUrl, `/inventory/${ACT}`);
    assert.match(gap.message, /no chat retention rule is linked/);
  });

  it("does not fire when a chat activity has a linked rule, or when the period is stated", () => {
    assert.equal(retentionGap(activity({ retention: "", coversChat: true, retentionRuleCount: 1 })), null);
    assert.equal(retentionGap(activity({ retention: "12 months", coversChat: true, retentionRuleCount: 0 })), null);
    assert.equal(retentionGap(activity()), null);
  });

  it("a linked rule does not stand in for the period of an activity that does not cover chat", () => {
    assert.ok(retentionGap(activity({ retention: "", coversChat: false, retentionRuleCount: 2 })));
  });

  it("fires without a legal basis (high), not with one", () => {
    const gap = legalBasisGap(activity({ legalBasis: null }));
    assert.equal(gap?.kind, "legal_basis");
    assert.equal(gap?.severity, "high");
    assert.equal(legalBasisGap(activity({ legalBasis: "legitimate_interests" })), null);
  });

  it("fires without security measures, and when none of the linked ones is in place", () => {
    assert.match(securityMeasuresGap(activity({ measureStatuses: [] }))!.message, /linked to no security measure/);
    assert.match(securityMeasuresGap(activity({ measureStatuses: ["planned", "retired"] }))!.message, /only planned or retired/);
    assert.equal(securityMeasuresGap(activity({ measureStatuses: ["retired", "needs_improvement"] })), null);
    assert.equal(securityMeasuresGap(activity({ measureStatuses: ["in_place"] })), null);
  });
});

describe("rule 5: special categories without an Art. 9 condition", () => {
  it("fires when a special category is linked and no condition is recorded, naming the categories", () => {
    const gap = art9ConditionGap(activity({ specialCategories: ["Health data", "Religious beliefs"] }));
    assert.equal(gap?.kind, "art9_condition");
    assert.equal(gap?.severity, "high");
    assert.match(gap!.message, /\(Health data and Religious beliefs\)/);
  });

  it("does not fire with a condition, or without special categories", () => {
    assert.equal(art9ConditionGap(activity({ specialCategories: ["Health data"], art9Condition: "explicit_consent" })), null);
    assert.equal(art9ConditionGap(activity({ specialCategories: [] })), null);
  });
});

describe("rule 6: DPIA needed but not done", () => {
  it("fires for needed (high) and in progress (medium)", () => {
    assert.equal(dpiaGap(activity({ dpiaStatus: "needed" }))?.severity, "high");
    assert.equal(dpiaGap(activity({ dpiaStatus: "in_progress" }))?.severity, "medium");
  });

  it("does not fire when done or not needed", () => {
    assert.equal(dpiaGap(activity({ dpiaStatus: "done" })), null);
    assert.equal(dpiaGap(activity({ dpiaStatus: "not_needed" })), null);
  });
});

describe("rule 2: transfers without a mechanism", () => {
  const transfer = (mechanism: GapActivity["transfers"][number]["mechanism"]) => ({ id: `t-${mechanism}`, recipient: "Acme Analytics Inc.", country: "US", mechanism });

  it("fires for each transfer of an activity recorded with the mechanism none, and only those", () => {
    const gaps = activityTransferGaps(activity({ transfers: [transfer("none"), transfer("scc"), transfer("adequacy")] }));
    assert.equal(gaps.length, 1);
    assert.equal(gaps[0]!.key, "transfer_mechanism:transfer:t-none");
    assert.equal(gaps[0]!.fixUrl, `/inventory/${ACT}`);
    assert.match(gaps[0]!.message, /Acme Analytics Inc\. in US \(United States\) with no transfer mechanism/);
  });

  it("fires for a processor outside the EEA without a mechanism, or wrongly marked none needed", () => {
    for (const transferMechanism of [null, "none_needed"] as const) {
      const gaps = processorTransferGaps(processor({ country: "US", transferMechanism }));
      assert.equal(gaps.length, 1);
      assert.equal(gaps[0]!.severity, "high");
      assert.equal(gaps[0]!.fixUrl, `/processors/${PROC}/edit`);
      assert.equal(gaps[0]!.fixPermission, "processors:write");
    }
  });

  it("does not fire inside the EEA, nor outside it with adequacy, BCR or a derogation", () => {
    assert.deepEqual(processorTransferGaps(processor({ country: "NO", transferMechanism: null })), []);
    for (const transferMechanism of ["adequacy", "bcr", "derogation"] as const) {
      assert.deepEqual(processorTransferGaps(processor({ country: "US", transferMechanism })), []);
    }
  });

  it("standard contractual clauses need a transfer impact assessment date", () => {
    const gaps = processorTransferGaps(processor({ country: "US", transferMechanism: "scc", tiaDate: null }));
    assert.equal(gaps.length, 1);
    assert.equal(gaps[0]!.severity, "medium");
    assert.match(gaps[0]!.message, /no transfer impact assessment/);
    assert.deepEqual(processorTransferGaps(processor({ country: "US", transferMechanism: "scc", tiaDate: "2026-01-10" })), []);
  });

  it("fires for a sub-processor outside the EEA without a mechanism, linking to the sub-processors", () => {
    const gaps = processorTransferGaps(
      processor({
        subProcessors: [
          { id: "s1", name: "Cloudrun LLC", country: "US", transferMechanism: null },
          { id: "s2", name: "Hostify AB", country: "SE", transferMechanism: "none_needed" },
          { id: "s3", name: "Mailer Ltd", country: "GB", transferMechanism: "adequacy" },
        ],
      }),
    );
    assert.deepEqual(gaps.map((g) => g.key), ["transfer_mechanism:sub_processor:s1"]);
    assert.equal(gaps[0]!.fixUrl, `/processors/${PROC}#sub-processors-title`);
  });
});

describe("rule 1: data sent to a processor without a signed, current agreement", () => {
  it("fires when the processor has no agreement at all, naming it and the activities, linking to its agreements", () => {
    const gap = agreementCoverGap(processor({ agreements: [] }), today);
    assert.ok(gap);
    assert.equal(gap.kind, "processor_agreement");
    assert.equal(gap.severity, "high");
    assert.equal(gap.fixUrl, `/processors/${PROC}#agreements-title`);
    assert.equal(gap.subject.name, "Parley Chat Cloud GmbH");
    assert.match(gap.message, /“Parley Chat Cloud GmbH” receives personal data from “Website live chat”, but no agreement is on record/);
  });

  it("fires when no agreement is signed, saying what stage the best one is at", () => {
    const reason = (status: GapAgreement["status"]) => agreementCoverGap(processor({ agreements: [agreement({ status })] }), today)?.message;
    assert.match(reason("draft")!, /only a draft agreement/);
    assert.match(reason("in_legal_review")!, /still in legal review/);
    assert.match(reason("missing")!, /no agreement is on record/);
    assert.match(reason("terminated")!, /was terminated/);
    assert.match(reason("expired")!, /has expired/);
  });

  it("fires when the signed agreement has passed its end date, or does not take effect yet", () => {
    assert.match(agreementCoverGap(processor({ agreements: [agreement({ endsOn: "2026-06-14" })] }), today)!.message, /expired on 14 Jun 2026/);
    assert.match(agreementCoverGap(processor({ agreements: [agreement({ startsOn: "2026-07-01" })] }), today)!.message, /takes effect only on 1 Jul 2026/);
  });

  it("does not fire when one agreement is signed and current, even beside expired ones", () => {
    assert.equal(agreementCoverGap(processor({ agreements: [agreement({ endsOn: today })] }), today), null);
    assert.equal(agreementCoverGap(processor({ agreements: [agreement({ id: "old", status: "expired" }), agreement({ startsOn: today })] }), today), null);
  });

  it("does not fire when the processor receives data from no current activity, or is archived", () => {
    assert.equal(agreementCoverGap(processor({ agreements: [], activities: [] }), today), null);
    assert.equal(agreementCoverGap(processor({ agreements: [], activities: [{ id: ACT, name: "Old", archived: true }] }), today), null);
    assert.equal(agreementCoverGap(processor({ agreements: [], archived: true }), today), null);
  });

  it("lists at most three activities by name", () => {
    const activities = ["A", "B", "C", "D", "E"].map((name, i) => ({ id: `a${i}`, name, archived: false }));
    assert.match(agreementCoverGap(processor({ agreements: [], activities }), today)!.message, /from “A”, “B”, “C” and 2 more, but/);
  });
});

describe("rule 4: agreements expired or expiring within 60 days", () => {
  it("fires for a signed agreement ending within 60 days, with the date and days left", () => {
    const gaps = agreementExpiryGaps(processor({ agreements: [agreement({ endsOn: "2026-08-14" })] }), today);
    assert.equal(gaps.length, 1);
    assert.equal(gaps[0]!.kind, "agreement_expiry");
    assert.equal(gaps[0]!.severity, "medium");
    assert.equal(gaps[0]!.fixUrl, `/processors/${PROC}#agreement-${AGR}`);
    assert.match(gaps[0]!.message, /ends on 14 Aug 2026, in 60 days/);
  });

  it("does not fire when the end is 61 days away, or when there is no end or review date", () => {
    assert.deepEqual(agreementExpiryGaps(processor({ agreements: [agreement({ endsOn: "2026-08-15" })] }), today), []);
    assert.deepEqual(agreementExpiryGaps(processor(), today), []);
  });

  it("fires for a review date within the window, or already passed", () => {
    assert.match(agreementExpiryGaps(processor({ agreements: [agreement({ reviewBy: "2026-07-01" })] }), today)[0]!.message, /due for review by 1 Jul 2026, in 16 days/);
    assert.match(agreementExpiryGaps(processor({ agreements: [agreement({ reviewBy: "2026-06-10" })] }), today)[0]!.message, /was due for review on 10 Jun 2026, 5 days ago/);
  });

  it("does not fire when a renewal that runs beyond the window is already signed", () => {
    const renewal = agreement({ id: "renewal", startsOn: "2026-07-01", endsOn: "2028-06-30" });
    assert.deepEqual(agreementExpiryGaps(processor({ agreements: [agreement({ endsOn: "2026-06-30" }), renewal] }), today), []);
  });

  it("fires (high) for an expired agreement with nothing signed after it, when no current activity sends data", () => {
    const gaps = agreementExpiryGaps(processor({ activities: [], agreements: [agreement({ id: "older", endsOn: "2025-01-31" }), agreement({ endsOn: "2026-05-31" })] }), today);
    assert.equal(gaps.length, 1);
    assert.equal(gaps[0]!.severity, "high");
    assert.equal(gaps[0]!.key, `agreement_expiry:${AGR}`);
    assert.match(gaps[0]!.message, /expired on 31 May 2026 and no signed agreement replaces it/);
  });

  it("leaves an expired agreement to rule 1 when current activities still send data, so it is not counted twice", () => {
    const p = processor({ agreements: [agreement({ endsOn: "2026-05-31" })] });
    assert.deepEqual(agreementExpiryGaps(p, today), []);
    assert.ok(agreementCoverGap(p, today));
  });

  it("does not fire for terminated agreements, drafts or archived processors", () => {
    assert.deepEqual(agreementExpiryGaps(processor({ activities: [], agreements: [agreement({ status: "terminated", endsOn: "2026-01-01" })] }), today), []);
    assert.deepEqual(agreementExpiryGaps(processor({ agreements: [agreement({ status: "draft", endsOn: "2026-07-01" })] }), today), []);
    assert.deepEqual(agreementExpiryGaps(processor({ archived: true, agreements: [agreement({ endsOn: "2026-07-01" })] }), today), []);
  });
});

describe("computing all gaps", () => {
  it("ignores archived activities and processors entirely", () => {
    const bad = activity({ archived: true, legalBasis: null, retention: "", measureStatuses: [], dpiaStatus: "needed", specialCategories: ["Health"], transfers: [{ id: "t", recipient: "X", country: "US", mechanism: "none" }] });
    const badProcessor = processor({ archived: true, country: "US", transferMechanism: null, agreements: [] });
    assert.deepEqual(computeGaps({ activities: [bad], processors: [badProcessor] }, today), []);
  });

  it("orders by kind, high severity first, then name, and counts every kind", () => {
    const gaps = computeGaps(
      {
        activities: [
          activity({ id: "b", name: "B activity", retention: "", dpiaStatus: "in_progress" }),
          activity({ id: "a", name: "A activity", legalBasis: null, dpiaStatus: "needed" }),
        ],
        processors: [processor({ agreements: [] })],
      },
      today,
    );
    assert.deepEqual(
      gaps.map((g) => `${g.kind}:${g.subject.name}`),
      ["processor_agreement:Parley Chat Cloud GmbH", "legal_basis:A activity", "dpia:A activity", "dpia:B activity", "retention:B activity"],
    );
    const counts = countByKind(gaps);
    assert.deepEqual(counts.map((c) => c.kind), [...GAP_KINDS]);
    assert.deepEqual(counts.find((c) => c.kind === "dpia"), { kind: "dpia", label: "DPIAs needed but not done", count: 2, high: 1 });
    assert.equal(counts.reduce((n, c) => n + c.count, 0), gaps.length);
    assert.equal(new Set(gaps.map((g) => g.key)).size, gaps.length);
  });
});

describe("the /gaps URL and sentence helpers", () => {
  it("reads a known kind from the URL and ignores anything else", () => {
    assert.deepEqual(parseGapParams({ kind: "dpia" }), { kind: "dpia" });
    assert.deepEqual(parseGapParams({ kind: ["retention", "dpia"] }), { kind: "retention" });
    assert.deepEqual(parseGapParams({ kind: "toString" }), { kind: undefined });
    assert.deepEqual(parseGapParams({}), { kind: undefined });
    assert.equal(gapsHref("dpia"), "/gaps?kind=dpia");
    assert.equal(gapsHref(undefined), "/gaps");
  });

  it("names countries and lists names in a sentence", () => {
    assert.equal(country("US"), "US (United States)");
    assert.equal(country("XQ"), "XQ");
    assert.equal(nameList(["A"]), "A");
    assert.equal(nameList(["A", "B"]), "A and B");
    assert.equal(nameList(["A", "B", "C"]), "A, B and C");
  });
});
