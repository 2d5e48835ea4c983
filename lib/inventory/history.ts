import { ART9_LABELS, DPIA_LABELS, LEGAL_BASIS_LABELS } from "./labels";

const FIELD_LABELS: Record<string, string> = {
  name: "name",
  purposes: "purposes",
  legalBasis: "legal basis",
  legitimateInterest: "legitimate interest",
  art9Condition: "Art. 9 condition",
  recipients: "recipients",
  retention: "retention",
  source: "source",
  systems: "systems",
  ownerId: "owner",
  dpiaStatus: "DPIA status",
  coversChat: "covers chat",
  dataCategoryIds: "data categories",
  subjectCategoryIds: "data-subject categories",
  measureIds: "security measures",
};

const ENUM_LABELS: Record<string, Record<string, string>> = { legalBasis: LEGAL_BASIS_LABELS, dpiaStatus: DPIA_LABELS, art9Condition: ART9_LABELS };

function enumChange(field: string, change: unknown): string | null {
  if (!change || typeof change !== "object" || !("to" in change)) return null;
  const { from, to } = change as { from?: unknown; to?: unknown };
  const label = (v: unknown) => (typeof v === "string" ? (ENUM_LABELS[field]?.[v] ?? v) : "none");
  return `${FIELD_LABELS[field]}: ${label(from)} → ${label(to)}`;
}

function linkChange(field: string, change: unknown): string | null {
  if (!change || typeof change !== "object" || !("added" in change)) return null;
  const { added, removed } = change as { added?: unknown[]; removed?: unknown[] };
  return `${FIELD_LABELS[field] ?? field} (+${added?.length ?? 0} −${removed?.length ?? 0})`;
}

/** One audit entry about a processing activity as a sentence for its history (Art. 30 accountability). */
export function describeActivityEvent(action: string, summary: Record<string, unknown>): string {
  switch (action) {
    case "activity.create":
      return "Added to the record";
    case "activity.archive":
      return "Archived";
    case "activity.restore":
      return "Restored from the archive";
    case "activity.transfer_add":
      return `Transfer added: ${String(summary.country ?? "")} (${String(summary.mechanism ?? "")})`;
    case "activity.transfer_remove":
      return `Transfer removed: ${String(summary.country ?? "")}`;
    case "activity.update": {
      const changed = Array.isArray(summary.changed) ? summary.changed.filter((c): c is string => typeof c === "string") : [];
      const parts = changed.map((f) => (f in ENUM_LABELS ? enumChange(f, summary[f]) : null) ?? linkChange(f, summary[f]) ?? FIELD_LABELS[f] ?? f);
      return parts.length ? `Edited ${parts.join("; ")}` : "Edited";
    }
    default:
      return action;
  }
}
