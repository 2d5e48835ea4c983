// Art. 28(3): what a processing agreement must set out. The pgEnums in db/schema/processors.ts are built from these
// lists, so this file must stay free of server-only imports.
export const CHECKLIST_ITEMS = [
  "subject_matter_duration",
  "nature_purpose",
  "data_types",
  "subject_categories",
  "clause_a",
  "clause_b",
  "clause_c",
  "clause_d",
  "clause_e",
  "clause_f",
  "clause_g",
  "clause_h",
  // Added later: reviews decided before these existed simply have no answer for them (ITEMS_ADDED_LATER).
  "infringing_instruction",
  "sub_processor_flow_down",
] as const;
// "not_applicable" stays for reviews saved before the rule below: every Art. 28(3) term is mandatory, so it is
// no longer offered and never approves. "risk_accepted" is a refused clause the DPO accepts as a risk, with reasons.
export const REVIEW_ANSWERS = ["present", "missing", "not_applicable", "risk_accepted"] as const;
// What the form offers for a new answer.
export const SELECTABLE_ANSWERS = ["present", "missing", "risk_accepted"] as const;
export const REVIEW_DECISIONS = ["approved", "sent_back"] as const;
// What the review form's buttons ask for: keep working, or decide.
export const REVIEW_STEPS = ["save", "approve", "send_back"] as const;

export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
export type ReviewAnswer = (typeof REVIEW_ANSWERS)[number];
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export type ReviewStep = (typeof REVIEW_STEPS)[number];

export const CHECKLIST_LABELS: Record<ChecklistItem, string> = {
  subject_matter_duration: "Subject matter and duration of the processing",
  nature_purpose: "Nature and purpose of the processing",
  data_types: "Type of personal data",
  subject_categories: "Categories of data subjects",
  clause_a: "(a) Acts only on documented instructions, transfers included",
  clause_b: "(b) Binds its staff to confidentiality",
  clause_c: "(c) Takes the Art. 32 security measures",
  clause_d: "(d) Engages sub-processors only with prior authorisation and on the terms of Art. 28(2) and (4)",
  clause_e: "(e) Helps answer data-subject requests",
  clause_f: "(f) Helps with Arts. 32–36 (security, breach notification, DPIA, prior consultation)",
  clause_g: "(g) Deletes or returns all data at the end",
  clause_h: "(h) Gives all information needed to show compliance, and allows audits",
  infringing_instruction: "Art. 28(3), last subparagraph: tells the controller at once of an instruction it thinks infringes data protection law",
  sub_processor_flow_down: "Art. 28(4): passes the same obligations down to each sub-processor by contract, and stays fully liable for their performance",
};

// Items added to the checklist after reviews were already decided: an old review's blank here is "not asked then".
export const ITEMS_ADDED_LATER: readonly ChecklistItem[] = ["infringing_instruction", "sub_processor_flow_down"];

// Short names for gap messages and the audit trail.
export const CHECKLIST_SHORT: Record<ChecklistItem, string> = {
  subject_matter_duration: "subject matter and duration",
  nature_purpose: "nature and purpose",
  data_types: "type of personal data",
  subject_categories: "categories of data subjects",
  clause_a: "(a) documented instructions",
  clause_b: "(b) confidentiality",
  clause_c: "(c) security measures",
  clause_d: "(d) sub-processors",
  clause_e: "(e) data-subject requests",
  clause_f: "(f) assistance with Arts. 32–36",
  clause_g: "(g) deletion or return",
  clause_h: "(h) information and audits",
  infringing_instruction: "infringing instructions",
  sub_processor_flow_down: "Art. 28(4) flow-down and liability",
};

export const ANSWER_LABELS: Record<ReviewAnswer, string> = {
  present: "Present",
  missing: "Missing",
  not_applicable: "Not applicable (no longer accepted)",
  risk_accepted: "Missing — risk accepted",
};
export const DECISION_LABELS: Record<ReviewDecision, string> = { approved: "Approved", sent_back: "Sent back" };

export interface ChecklistEntry {
  answer: ReviewAnswer | null;
  note: string;
  clauseReference: string;
}

export type Checklist = Record<ChecklistItem, ChecklistEntry>;

export function emptyChecklist(): Checklist {
  return Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, { answer: null, note: "", clauseReference: "" }])) as Checklist;
}

// Form field names per item, so errors land under the right control.
export const answerField = (item: ChecklistItem) => `answer_${item}`;
export const noteField = (item: ChecklistItem) => `note_${item}`;
export const referenceField = (item: ChecklistItem) => `ref_${item}`;

export interface DecisionFacts {
  step: ReviewStep;
  checklist: Checklist;
  summary: string;
  signedOn: string | null;
}

/**
 * What a review step needs, as field → problem; empty means it may go ahead. Every Art. 28(3) term is
 * mandatory, so approving needs each one present (with the clause that covers it) or, where the vendor refuses
 * it, recorded as a risk the DPO accepts, with the reasons. A missing item is a reason to send the agreement
 * back, and "not applicable" (from reviews saved before this rule) never approves. Sending back needs a summary.
 */
export function decisionProblems({ step, checklist, summary, signedOn }: DecisionFacts): Record<string, string> {
  const p: Record<string, string> = {};
  if (step === "send_back" && !summary.trim()) p.summary = "Say what must change before the agreement can be approved.";
  for (const item of CHECKLIST_ITEMS) {
    const e = checklist[item];
    // Checked at every step: an accepted risk without its reasons is not a decision anyone can stand behind.
    if (e.answer === "risk_accepted" && !e.note.trim()) p[noteField(item)] = "Give the reasons the risk of going without this clause is accepted.";
  }
  if (step !== "approve") return p;
  let missing = 0;
  for (const item of CHECKLIST_ITEMS) {
    const e = checklist[item];
    if (e.answer === null) p[answerField(item)] = "Answer this item before approving.";
    else if (e.answer === "missing") {
      missing += 1;
      p[answerField(item)] = "Missing from the agreement: it cannot be approved. Send it back, or record the risk as accepted.";
    } else if (e.answer === "not_applicable") {
      p[answerField(item)] = "Art. 28(3) makes this term mandatory: it cannot be “not applicable”. Record it as present, missing, or missing with the risk accepted.";
    } else if (e.answer === "present" && !e.clauseReference.trim()) p[referenceField(item)] = "Say where the agreement covers this (its clause).";
  }
  if (missing > 0) p.step = `${missing === 1 ? "One item is" : `${missing} items are`} missing from the agreement: send it back rather than approve it.`;
  if (!signedOn) p.signedOn = "Give the date the agreement was signed.";
  return p;
}

/** The items a checklist records as missing with the risk accepted. */
export function acceptedRisks(checklist: Checklist): ChecklistItem[] {
  return CHECKLIST_ITEMS.filter((k) => checklist[k].answer === "risk_accepted");
}

/**
 * The items whose accepted risk this save would newly record or change (answer or reasons), compared with
 * what is stored: only a role that may accept risks may do that; saving them back unchanged is anyone's.
 */
export function changedRiskAcceptances(stored: Checklist, submitted: Checklist): ChecklistItem[] {
  return CHECKLIST_ITEMS.filter((k) => {
    const next = submitted[k];
    if (next.answer !== "risk_accepted") return false;
    const prev = stored[k];
    return prev.answer !== "risk_accepted" || prev.note.trim() !== next.note.trim();
  });
}

/** How far the checklist is: answered items, how many of them are missing, and how many accepted as risks. */
export function checklistProgress(checklist: Checklist): { answered: number; missing: number; accepted: number; total: number } {
  const entries = CHECKLIST_ITEMS.map((k) => checklist[k]);
  return {
    answered: entries.filter((e) => e.answer !== null).length,
    missing: entries.filter((e) => e.answer === "missing").length,
    accepted: entries.filter((e) => e.answer === "risk_accepted").length,
    total: CHECKLIST_ITEMS.length,
  };
}
