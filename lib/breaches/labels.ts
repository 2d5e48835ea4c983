import type { Tone } from "@/lib/tone";

export const BREACH_SORTS = ["aware_desc", "aware_asc", "title", "status", "risk"] as const;
export type BreachSort = (typeof BREACH_SORTS)[number];

export const BREACH_STATUSES = ["open", "assessing", "notified", "closed"] as const;
export const BREACH_RISKS = ["unassessed", "unlikely", "risk", "high"] as const;
export const NOTIFY_DECISIONS = ["pending", "notify", "not_required"] as const;
export const SUBJECT_COMM_STATUSES = ["pending", "not_required", "communicated", "exception"] as const;
export const SUBJECT_COMM_EXCEPTIONS = ["unintelligible", "risk_removed", "disproportionate_effort"] as const;

export type BreachStatus = (typeof BREACH_STATUSES)[number];
export type BreachRisk = (typeof BREACH_RISKS)[number];
export type NotifyDecision = (typeof NOTIFY_DECISIONS)[number];
export type SubjectCommStatus = (typeof SUBJECT_COMM_STATUSES)[number];
export type SubjectCommException = (typeof SUBJECT_COMM_EXCEPTIONS)[number];

export const STATUS_LABELS: Record<BreachStatus, string> = {
  open: "Open",
  assessing: "Assessing",
  notified: "Notified",
  closed: "Closed",
};

export const STATUS_TONES: Record<BreachStatus, Tone> = { open: "warn", assessing: "info", notified: "good", closed: "neutral" };

export const RISK_LABELS: Record<BreachRisk, string> = {
  unassessed: "Not assessed",
  unlikely: "Unlikely to result in a risk",
  risk: "Risk",
  high: "High risk",
};

export const RISK_SHORT: Record<BreachRisk, string> = { unassessed: "Not assessed", unlikely: "Unlikely", risk: "Risk", high: "High" };
export const RISK_TONES: Record<BreachRisk, Tone> = { unassessed: "neutral", unlikely: "good", risk: "warn", high: "bad" };

export const DECISION_LABELS: Record<NotifyDecision, string> = {
  pending: "Not decided yet",
  notify: "Notify the supervisory authority",
  not_required: "Not notified (unlikely to result in a risk)",
};

export const SUBJECT_COMM_LABELS: Record<SubjectCommStatus, string> = {
  pending: "Not decided yet",
  not_required: "Not required (no high risk)",
  communicated: "People were told",
  exception: "Not told: an Art. 34(3) exception applies",
};

export const EXCEPTION_LABELS: Record<SubjectCommException, string> = {
  unintelligible: "(a) The data was unintelligible to others, e.g. encrypted",
  risk_removed: "(b) Later measures mean the high risk is no longer likely",
  disproportionate_effort: "(c) Telling each person would take disproportionate effort: public communication instead",
};

export function natureList(b: { natureConfidentiality: boolean; natureIntegrity: boolean; natureAvailability: boolean }): string[] {
  return [
    b.natureConfidentiality ? "Confidentiality" : null,
    b.natureIntegrity ? "Integrity" : null,
    b.natureAvailability ? "Availability" : null,
  ].filter((v): v is string => v !== null);
}
