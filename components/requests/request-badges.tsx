import { Badge } from "@/components/ui/badge";
import { STATUS_LABELS, STATUS_TONES, type RequestStatus } from "@/lib/requests/labels";

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
