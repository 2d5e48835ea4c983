import type { Tone } from "@/lib/tone";

// Mirrors the pgEnums in db/schema/processors.ts, kept here so forms and rules need no database import.
export const PROCESSOR_MECHANISMS = ["none_needed", "adequacy", "scc", "bcr", "derogation"] as const;
export const PROCESSOR_RISKS = ["low", "medium", "high"] as const;
export const AGREEMENT_STATUSES = ["missing", "draft", "in_legal_review", "signed", "expired", "terminated"] as const;
export const NOTICE_DECISIONS = ["pending", "no_objection", "objected"] as const;
export const PROCESSOR_SORTS = ["name", "name_desc", "risk", "country", "status", "updated"] as const;
export const PROCESSOR_ARCHIVE_FILTERS = ["active", "archived", "all"] as const;

export type ProcessorMechanism = (typeof PROCESSOR_MECHANISMS)[number];
export type ProcessorRisk = (typeof PROCESSOR_RISKS)[number];
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export type NoticeDecision = (typeof NOTICE_DECISIONS)[number];
export type ProcessorSort = (typeof PROCESSOR_SORTS)[number];
export type ProcessorArchiveFilter = (typeof PROCESSOR_ARCHIVE_FILTERS)[number];

export const PROCESSOR_MECHANISM_LABELS: Record<ProcessorMechanism, string> = {
  none_needed: "None needed (inside the EEA)",
  adequacy: "Adequacy decision (Art. 45)",
  scc: "Standard contractual clauses (Art. 46(2)(c))",
  bcr: "Binding corporate rules (Art. 47)",
  derogation: "Derogation (Art. 49)",
};

export const RISK_LABELS: Record<ProcessorRisk, string> = { low: "Low", medium: "Medium", high: "High" };
export const RISK_TONES: Record<ProcessorRisk, Tone> = { low: "good", medium: "warn", high: "bad" };

export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  missing: "Missing",
  draft: "Draft",
  in_legal_review: "In legal review",
  signed: "Signed",
  expired: "Expired",
  terminated: "Terminated",
};

export const AGREEMENT_STATUS_TONES: Record<AgreementStatus, Tone> = {
  missing: "bad",
  draft: "warn",
  in_legal_review: "info",
  signed: "good",
  expired: "bad",
  terminated: "neutral",
};

export const NOTICE_DECISION_LABELS: Record<NoticeDecision, string> = {
  pending: "Awaiting a decision",
  no_objection: "No objection",
  objected: "Objected",
};

export const NOTICE_DECISION_TONES: Record<NoticeDecision, Tone> = { pending: "warn", no_objection: "good", objected: "bad" };

export const PROCESSOR_SORT_LABELS: Record<ProcessorSort, string> = {
  name: "Name A–Z",
  name_desc: "Name Z–A",
  risk: "Highest risk first",
  country: "Country",
  status: "Agreement status (worst first)",
  updated: "Recently changed",
};

export const PROCESSOR_ARCHIVE_LABELS: Record<ProcessorArchiveFilter, string> = { active: "Current", archived: "Archived", all: "Current and archived" };
