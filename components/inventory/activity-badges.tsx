import { Badge } from "@/components/ui/badge";
import { DPIA_LABELS, DPIA_TONES, type DpiaStatus } from "@/lib/inventory/labels";

export function DpiaBadge({ status }: { status: DpiaStatus }) {
  return <Badge tone={DPIA_TONES[status]}>{DPIA_LABELS[status]}</Badge>;
}

export function SpecialBadge() {
  return <Badge tone="warn">Special</Badge>;
}
