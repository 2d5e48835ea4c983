import type { Tone } from "@/lib/tone";

// Mirrors the pgEnums in db/schema/inventory.ts, kept here so forms and rules need no database import.
export const LEGAL_BASES = ["consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests"] as const;
export const ART9_CONDITIONS = [
  "explicit_consent",
  "employment_law",
  "vital_interests",
  "not_for_profit_body",
  "made_public",
  "legal_claims",
  "substantial_public_interest",
  "health_care",
  "public_health",
  "archiving_research",
] as const;
export const DPIA_STATUSES = ["not_needed", "needed", "in_progress", "done"] as const;
export const TRANSFER_MECHANISMS = ["adequacy", "scc", "bcr", "derogation", "none"] as const;
export const ACTIVITY_SORTS = ["name", "name_desc", "updated", "dpia", "basis"] as const;
export const ARCHIVE_FILTERS = ["active", "archived", "all"] as const;

export type LegalBasis = (typeof LEGAL_BASES)[number];
export type Art9Condition = (typeof ART9_CONDITIONS)[number];
export type DpiaStatus = (typeof DPIA_STATUSES)[number];
export type TransferMechanism = (typeof TRANSFER_MECHANISMS)[number];
export type ActivitySort = (typeof ACTIVITY_SORTS)[number];
export type ArchiveFilter = (typeof ARCHIVE_FILTERS)[number];

export const LEGAL_BASIS_LABELS: Record<LegalBasis, string> = {
  consent: "(a) Consent",
  contract: "(b) Contract",
  legal_obligation: "(c) Legal obligation",
  vital_interests: "(d) Vital interests",
  public_task: "(e) Public task",
  legitimate_interests: "(f) Legitimate interests",
};

export const ART9_LABELS: Record<Art9Condition, string> = {
  explicit_consent: "(a) Explicit consent",
  employment_law: "(b) Employment and social security law",
  vital_interests: "(c) Vital interests, person incapable of consent",
  not_for_profit_body: "(d) Not-for-profit body, its members",
  made_public: "(e) Made public by the person",
  legal_claims: "(f) Legal claims",
  substantial_public_interest: "(g) Substantial public interest",
  health_care: "(h) Health or social care",
  public_health: "(i) Public health",
  archiving_research: "(j) Archiving, research or statistics",
};

export const DPIA_LABELS: Record<DpiaStatus, string> = {
  not_needed: "Not needed",
  needed: "Needed",
  in_progress: "In progress",
  done: "Done",
};

export const DPIA_TONES: Record<DpiaStatus, Tone> = { not_needed: "neutral", needed: "bad", in_progress: "warn", done: "good" };

export const MECHANISM_LABELS: Record<TransferMechanism, string> = {
  adequacy: "Adequacy decision (Art. 45)",
  scc: "Standard contractual clauses (Art. 46(2)(c))",
  bcr: "Binding corporate rules (Art. 47)",
  derogation: "Derogation (Art. 49)",
  none: "None yet",
};

export const SORT_LABELS: Record<ActivitySort, string> = {
  name: "Name A–Z",
  name_desc: "Name Z–A",
  updated: "Recently changed",
  dpia: "DPIA status",
  basis: "Legal basis",
};

export const ARCHIVE_LABELS: Record<ArchiveFilter, string> = { active: "Current", archived: "Archived", all: "Current and archived" };

export const labelEntries = <K extends string>(labels: Record<K, string>) => Object.entries(labels) as Array<[string, string]>;
