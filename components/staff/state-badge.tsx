import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/lib/tone";
import { STATE_LABELS, type TrainingState } from "@/lib/training/status";

const TONES: Record<TrainingState, Tone> = { current: "good", due_soon: "warn", overdue: "bad", never_done: "info" };

export function TrainingStateBadge({ state }: { state: TrainingState | null }) {
  if (state === null) return <Badge>No required course</Badge>;
  return <Badge tone={TONES[state]}>{STATE_LABELS[state]}</Badge>;
}
