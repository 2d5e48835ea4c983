import { Badge } from "@/components/ui/badge";
import { RISK_SHORT, RISK_TONES, STATUS_LABELS, STATUS_TONES, type BreachRisk, type BreachStatus } from "@/lib/breaches/labels";

export function StatusBadge({ status }: { status: BreachStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

export function RiskBadge({ risk }: { risk: BreachRisk }) {
  return <Badge tone={RISK_TONES[risk]}>{RISK_SHORT[risk]}</Badge>;
}
