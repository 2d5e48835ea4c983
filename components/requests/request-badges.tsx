import { Badge } from "@/components/ui/badge";
import { STATUS_LABELS, STATUS_TONES, TYPE_SHORT, type RequestStatus, type RequestType } from "@/lib/requests/labels";

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

export function RequestTypeBadge({ type }: { type: RequestType }) {
  return <Badge tone="neutral">{TYPE_SHORT[type]}</Badge>;
}
