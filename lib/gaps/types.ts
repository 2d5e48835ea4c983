import type { Permission } from "@/lib/auth/permissions";
import type { Art9Condition, DpiaStatus, LegalBasis, TransferMechanism } from "@/lib/inventory/labels";
import type { MeasureStatus } from "@/lib/measures/labels";
import type { AgreementStatus, ProcessorMechanism } from "@/lib/processors/labels";
import type { ChecklistItem } from "@/lib/processors/review";

// Most pressing first: this is the order of the groups on /gaps and of the counts on the overview.
export const GAP_KINDS = [
  "processor_agreement",
  "agreement_risk_accepted",
  "transfer_mechanism",
  "legal_basis",
  "art9_condition",
  "dpia",
  "agreement_expiry",
  "retention",
  "security_measures",
] as const;

export type GapKind = (typeof GAP_KINDS)[number];
export type GapSeverity = "high" | "medium";

export const GAP_KIND_LABELS: Record<GapKind, string> = {
  processor_agreement: "Processors without a signed, current agreement",
  agreement_risk_accepted: "Agreements approved without a mandatory clause",
  transfer_mechanism: "Transfers without a mechanism",
  legal_basis: "Activities without a legal basis",
  art9_condition: "Special categories without an Art. 9 condition",
  dpia: "DPIAs needed but not done",
  agreement_expiry: "Agreements expired or expiring within 60 days",
  retention: "Activities without retention",
  security_measures: "Activities without security measures",
};

// What each kind asks of the organisation, for the group's heading on /gaps.
export const GAP_KIND_DESCRIPTIONS: Record<GapKind, string> = {
  processor_agreement: "Art. 28(3): a processor may receive personal data only under a binding contract.",
  agreement_risk_accepted: "Art. 28(3) and (4): each term is mandatory. An accepted risk is a decision on record, not compliance: renegotiate the clause.",
  transfer_mechanism: "Chapter V: data leaving the EEA needs an adequacy decision, safeguards (with a transfer impact assessment) or a derogation.",
  legal_basis: "Art. 6(1): every processing needs one of the six legal bases.",
  art9_condition: "Art. 9(2): special categories of data may be processed only under one of its conditions.",
  dpia: "Art. 35: where processing is likely to be high risk, the impact assessment comes first.",
  agreement_expiry: "Renew or review in time, so no data flows without a current agreement.",
  retention: "Art. 5(1)(e) and 30(1)(f): each activity states how long its data is kept.",
  security_measures: "Art. 30(1)(g) and 32: each activity names the measures that protect it.",
};

export type GapSubjectType = "activity" | "processor" | "agreement";

/** One gap: what is missing, said so a DPO understands it, and where it is fixed. */
export interface Gap {
  // Stable across runs: the same missing thing keeps the same key.
  key: string;
  kind: GapKind;
  severity: GapSeverity;
  subject: { type: GapSubjectType; id: string; name: string };
  message: string;
  // Where the gap is fixed, what the link says, and who may act there.
  fixUrl: string;
  fixLabel: string;
  fixPermission: Permission;
  // Where someone who may not fix it can still read about it.
  viewUrl: string;
}

export interface GapActivityTransfer {
  id: string;
  recipient: string;
  country: string;
  mechanism: TransferMechanism;
}

/** An activity of the record, as the rules need it. */
export interface GapActivity {
  id: string;
  name: string;
  archived: boolean;
  legalBasis: LegalBasis | null;
  art9Condition: Art9Condition | null;
  retention: string;
  coversChat: boolean;
  dpiaStatus: DpiaStatus;
  // Names of the Art. 9(1) special data categories linked to it.
  specialCategories: string[];
  // Statuses of the security measures linked to it.
  measureStatuses: MeasureStatus[];
  // How many chat retention rules say they enforce this activity's time limit.
  retentionRuleCount: number;
  transfers: GapActivityTransfer[];
}

export interface GapAgreement {
  id: string;
  title: string;
  status: AgreementStatus;
  startsOn: string | null;
  endsOn: string | null;
  reviewBy: string | null;
  // Mandatory terms its approving review recorded as missing with the risk accepted.
  acceptedWithout: ChecklistItem[];
}

export interface GapSubProcessor {
  id: string;
  name: string;
  country: string;
  transferMechanism: ProcessorMechanism | null;
}

/** A processor with the activities whose data it receives, its agreements and sub-processors. */
export interface GapProcessor {
  id: string;
  name: string;
  archived: boolean;
  country: string;
  transferMechanism: ProcessorMechanism | null;
  tiaDate: string | null;
  activities: Array<{ id: string; name: string; archived: boolean }>;
  agreements: GapAgreement[];
  subProcessors: GapSubProcessor[];
}

export interface GapInputs {
  activities: GapActivity[];
  processors: GapProcessor[];
}
