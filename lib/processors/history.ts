import { AGREEMENT_STATUS_LABELS, NOTICE_DECISION_LABELS, PROCESSOR_MECHANISM_LABELS, RISK_LABELS } from "./labels";
import { DECISION_LABELS } from "./review";

const FIELD_LABELS: Record<string, string> = {
  name: "name",
  service: "service",
  contactName: "contact name",
  contactEmail: "contact email",
  country: "country",
  transferMechanism: "transfer mechanism",
  tiaDate: "transfer impact assessment date",
  derogation: "derogation",
  riskRating: "risk rating",
  riskReasoning: "risk reasoning",
  notes: "notes",
  activityIds: "activities",
  dataCategoryIds: "data categories",
  title: "title",
  status: "status",
  signedOn: "signed on",
  startsOn: "starts on",
  endsOn: "ends on",
  reviewBy: "review by",
};

const ENUM_LABELS: Record<string, Record<string, string>> = {
  transferMechanism: PROCESSOR_MECHANISM_LABELS,
  riskRating: RISK_LABELS,
  status: AGREEMENT_STATUS_LABELS,
};

const str = (v: unknown) => (typeof v === "string" ? v : "");

function changeText(field: string, change: unknown): string {
  const label = FIELD_LABELS[field] ?? field;
  if (change && typeof change === "object" && "added" in change) {
    const { added, removed } = change as { added?: unknown[]; removed?: unknown[] };
    return `${label} (+${added?.length ?? 0} −${removed?.length ?? 0})`;
  }
  if (change && typeof change === "object" && "to" in change) {
    const { from, to } = change as { from?: unknown; to?: unknown };
    const show = (v: unknown) => (typeof v === "string" ? (ENUM_LABELS[field]?.[v] ?? v) : "none");
    return `${label}: ${show(from)} → ${show(to)}`;
  }
  return label;
}

function edited(prefix: string, summary: Record<string, unknown>): string {
  const changed = Array.isArray(summary.changed) ? summary.changed.filter((c): c is string => typeof c === "string") : [];
  const parts = changed.map((f) => changeText(f, summary[f]));
  return parts.length ? `${prefix}: ${parts.join("; ")}` : prefix;
}

/** One audit entry about a processor (its agreements, files, reviews and notices included) as a sentence. */
export function describeProcessorEvent(action: string, summary: Record<string, unknown>): string {
  const title = str(summary.title);
  const agreement = title ? `“${title}”` : "agreement";
  switch (action) {
    case "processor.create":
      return "Processor added";
    case "processor.update":
      return edited("Edited", summary);
    case "processor.archive":
      return "Archived";
    case "processor.restore":
      return "Restored from the archive";
    case "processor.sub_processor_add":
      return `Sub-processor added: ${str(summary.name)} (${str(summary.country)})`;
    case "processor.sub_processor_update":
      return `Sub-processor edited: ${str(summary.name)} (${str(summary.country)})`;
    case "processor.sub_processor_remove":
      return `Sub-processor removed: ${str(summary.name)}`;
    case "agreement.create":
      return `Agreement ${agreement} added (${AGREEMENT_STATUS_LABELS[str(summary.status) as keyof typeof AGREEMENT_STATUS_LABELS] ?? str(summary.status)})`;
    case "agreement.update":
      return edited(`Agreement ${agreement} edited`, summary);
    case "agreement.file_upload":
      return `Agreement ${agreement}: version ${String(summary.version ?? "?")} uploaded`;
    case "agreement.review_request":
      return `Agreement ${agreement} sent to legal review`;
    case "agreement.review_save":
      return `Agreement ${agreement}: review checklist saved`;
    case "agreement.review_decide":
      return `Agreement ${agreement}: review ${(DECISION_LABELS[str(summary.decision) as keyof typeof DECISION_LABELS] ?? str(summary.decision)).toLowerCase()}`;
    case "notice.create":
      return `Sub-processor change notice recorded (objection deadline ${str(summary.objectionDeadline)})`;
    case "notice.decide":
      return `Sub-processor notice: ${NOTICE_DECISION_LABELS[str(summary.decision) as keyof typeof NOTICE_DECISION_LABELS] ?? str(summary.decision)}`;
    default:
      return action;
  }
}
