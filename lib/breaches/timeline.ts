import { notificationDeadline } from "./clock";
import { RISK_SHORT, STATUS_LABELS, type BreachRisk, type BreachStatus } from "./labels";

export interface TimelineEvent {
  at: Date;
  title: string;
  detail?: string;
  actor?: string;
  kind: "fact" | "change" | "notification";
}

interface TimelineInput {
  breach: {
    awareAt: Date;
    occurredFrom: Date | null;
    authorityNotifiedAt: Date | null;
    authorityName: string;
    subjectCommAt: Date | null;
    subjectCommStatus: string;
    notifyDecision: string;
  };
  followUps: Array<{ sentAt: Date; reference: string; content: string }>;
  auditEvents: Array<{ at: Date; action: string; summary: Record<string, unknown>; actorName: string | null; actorType: string }>;
  now: Date;
}

const FIELD_NAMES: Record<string, string> = {
  status: "status",
  risk: "risk",
  notifyDecision: "notification decision",
  subjectCommStatus: "communication to people",
};

function describeChange(summary: Record<string, unknown>): string | undefined {
  const parts: string[] = [];
  for (const key of Object.keys(FIELD_NAMES)) {
    const change = summary[key] as { from?: string; to?: string } | undefined;
    if (!change || typeof change !== "object") continue;
    const label = (v?: string) =>
      key === "status" ? STATUS_LABELS[v as BreachStatus] ?? v : key === "risk" ? RISK_SHORT[v as BreachRisk] ?? v : v?.replaceAll("_", " ");
    parts.push(`${FIELD_NAMES[key]}: ${label(change.from)} → ${label(change.to)}`);
  }
  const changed = Array.isArray(summary.changed) ? (summary.changed as string[]) : [];
  const others = changed.filter((f) => !(f in FIELD_NAMES));
  if (others.length) parts.push(`${others.length} other field${others.length === 1 ? "" : "s"} updated`);
  return parts.join("; ") || undefined;
}

/** Everything that happened to a breach, oldest first: the recorded facts and the audit trail's changes. */
export function breachTimeline({ breach, followUps, auditEvents, now }: TimelineInput): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  if (breach.occurredFrom) events.push({ at: breach.occurredFrom, title: "Breach began", kind: "fact" });
  events.push({ at: breach.awareAt, title: "Company became aware: the 72-hour clock started", kind: "fact" });
  const deadline = notificationDeadline(breach.awareAt);
  if (deadline <= now || breach.authorityNotifiedAt) events.push({ at: deadline, title: "72-hour limit", kind: "fact" });
  if (breach.authorityNotifiedAt) {
    events.push({ at: breach.authorityNotifiedAt, title: `Authority notified${breach.authorityName ? `: ${breach.authorityName}` : ""}`, kind: "notification" });
  }
  for (const f of followUps) {
    events.push({ at: f.sentAt, title: `Follow-up information sent${f.reference ? ` (${f.reference})` : ""}`, detail: f.content, kind: "notification" });
  }
  if (breach.subjectCommAt && breach.subjectCommStatus === "communicated") events.push({ at: breach.subjectCommAt, title: "People concerned were told", kind: "notification" });
  for (const e of auditEvents) {
    const actor = e.actorName ?? (e.actorType === "system" ? "System" : "API");
    if (e.action === "breach.create") events.push({ at: e.at, title: "Recorded in DPO Desk", actor, kind: "change" });
    else if (e.action === "breach.update") events.push({ at: e.at, title: "Record edited", detail: describeChange(e.summary), actor, kind: "change" });
    else if (e.action === "breach.follow_up") events.push({ at: e.at, title: "Follow-up recorded", actor, kind: "change" });
    else events.push({ at: e.at, title: e.action, actor, kind: "change" });
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}
