import { STATUS_LABELS, KIND_LABELS, type MeasureKind, type MeasureStatus } from "./labels";

const FIELD_LABELS: Record<string, string> = {
  name: "name",
  kind: "kind",
  description: "description",
  ownerId: "owner",
  status: "status",
  lastReviewedOn: "last reviewed",
};

type Change = { from?: unknown; to?: unknown };

function enumChange(labels: Record<string, string>, change: unknown): string | null {
  if (!change || typeof change !== "object") return null;
  const { from, to } = change as Change;
  const l = (v: unknown) => (typeof v === "string" ? (labels[v] ?? v) : "—");
  return `${l(from)} → ${l(to)}`;
}

/** One audit entry about a measure as a sentence for its history. */
export function describeMeasureEvent(action: string, summary: Record<string, unknown>): string {
  if (action === "measure.create") return "Recorded";
  if (action === "measure.review") return "Marked reviewed";
  if (action !== "measure.update") return action;
  const changed = Array.isArray(summary.changed) ? summary.changed.filter((c): c is string => typeof c === "string") : [];
  const parts = changed.map((field) => {
    if (field === "status") return `status: ${enumChange(STATUS_LABELS as Record<MeasureStatus, string>, summary.status)}`;
    if (field === "kind") return `kind: ${enumChange(KIND_LABELS as Record<MeasureKind, string>, summary.kind)}`;
    return FIELD_LABELS[field] ?? field;
  });
  return parts.length ? `Edited ${parts.join(", ")}` : "Edited";
}
