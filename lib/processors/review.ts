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
] as const;
export const REVIEW_ANSWERS = ["present", "missing", "not_applicable"] as const;
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
  clause_d: "(d) Engages sub-processors only with prior authorisation and the same obligations",
  clause_e: "(e) Helps answer data-subject requests",
  clause_f: "(f) Helps with Arts. 32–36 (security, breach notification, DPIA, prior consultation)",
  clause_g: "(g) Deletes or returns all data at the end",
  clause_h: "(h) Gives all information needed to show compliance, and allows audits",
};

export const ANSWER_LABELS: Record<ReviewAnswer, string> = { present: "Present", missing: "Missing", not_applicable: "Not applicable" };
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
 * What a review step needs, as field → problem; empty means it may go ahead. Approving needs every item
 * answered and none missing (a missing item is a reason to send the agreement back), with the clause that
 * covers each present item and the reason an item does not apply; sending back needs a summary of what must change.
 */
export function decisionProblems({ step, checklist, summary, signedOn }: DecisionFacts): Record<string, string> {
  const p: Record<string, string> = {};
  if (step === "send_back" && !summary.trim()) p.summary = "Say what must change before the agreement can be approved.";
  if (step !== "approve") return p;
  let missing = 0;
  for (const item of CHECKLIST_ITEMS) {
    const e = checklist[item];
    if (e.answer === null) p[answerField(item)] = "Answer this item before approving.";
    else if (e.answer === "missing") {
      missing += 1;
      p[answerField(item)] = "Missing from the agreement: it cannot be approved. Send it back instead.";
    } else if (e.answer === "present" && !e.clauseReference.trim()) p[referenceField(item)] = "Say where the agreement covers this (its clause).";
    else if (e.answer === "not_applicable" && !e.note.trim()) p[noteField(item)] = "Explain why this does not apply.";
  }
  if (missing > 0) p.step = `${missing === 1 ? "One item is" : `${missing} items are`} missing from the agreement: send it back rather than approve it.`;
  if (!signedOn) p.signedOn = "Give the date the agreement was signed.";
  return p;
}

/** How far the checklist is: answered items, and how many of them are missing. */
export function checklistProgress(checklist: Checklist): { answered: number; missing: number; total: number } {
  const entries = CHECKLIST_ITEMS.map((k) => checklist[k]);
  return {
    answered: entries.filter((e) => e.answer !== null).length,
    missing: entries.filter((e) => e.answer === "missing").length,
    total: CHECKLIST_ITEMS.length,
  };
}
