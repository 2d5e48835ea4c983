import { Badge } from "@/components/ui/badge";
import {
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUS_TONES,
  NOTICE_DECISION_LABELS,
  NOTICE_DECISION_TONES,
  PROCESSOR_MECHANISM_LABELS,
  RISK_LABELS,
  RISK_TONES,
  type AgreementStatus,
  type NoticeDecision,
  type ProcessorMechanism,
  type ProcessorRisk,
} from "@/lib/processors/labels";
import { isEeaCountry, transferGap } from "@/lib/processors/transfer";

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  return <Badge tone={AGREEMENT_STATUS_TONES[status]}>{AGREEMENT_STATUS_LABELS[status]}</Badge>;
}

export function RiskBadge({ risk }: { risk: ProcessorRisk | null }) {
  return risk ? <Badge tone={RISK_TONES[risk]}>{RISK_LABELS[risk]} risk</Badge> : <Badge>Not rated</Badge>;
}

export function NoticeDecisionBadge({ decision }: { decision: NoticeDecision }) {
  return <Badge tone={NOTICE_DECISION_TONES[decision]}>{NOTICE_DECISION_LABELS[decision]}</Badge>;
}

/** The country code with where it stands: in the EEA, or a third country. */
export function CountryText({ country }: { country: string }) {
  return (
    <span className="whitespace-nowrap">
      <span className="font-mono">{country}</span> <span className="text-xs text-slate-600 dark:text-slate-400">{isEeaCountry(country) ? "EEA" : "third country"}</span>
    </span>
  );
}

/** The transfer mechanism; outside the EEA without one, a gap badge instead. */
export function MechanismText({ country, mechanism }: { country: string; mechanism: ProcessorMechanism | null }) {
  if (transferGap({ country, transferMechanism: mechanism })) return <Badge tone="bad">No transfer mechanism</Badge>;
  return <>{mechanism ? PROCESSOR_MECHANISM_LABELS[mechanism] : "—"}</>;
}
