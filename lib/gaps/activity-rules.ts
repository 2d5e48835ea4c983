import type { MeasureStatus } from "@/lib/measures/labels";
import { nameList, quoted } from "./text";
import type { Gap, GapActivity } from "./types";

// Rules over one activity of the record. Each answers the gap it finds, or null; archived activities have none.

const activityUrl = (a: GapActivity) => `/inventory/${a.id}`;
const subject = (a: GapActivity) => ({ type: "activity" as const, id: a.id, name: a.name });

function editGap(a: GapActivity, kind: Gap["kind"], severity: Gap["severity"], message: string, fixLabel: string): Gap {
  return {
    key: `${kind}:${a.id}`,
    kind,
    severity,
    subject: subject(a),
    message,
    fixUrl: `${activityUrl(a)}/edit`,
    fixLabel,
    fixPermission: "inventory:write",
    viewUrl: activityUrl(a),
  };
}

/**
 * Art. 30(1)(f): a stated time limit, or, for an activity covering the live chat, a chat retention rule
 * linked to it (the rule is what the deletion job enforces). Without either there is no retention.
 */
export function retentionGap(a: GapActivity): Gap | null {
  if (a.archived || a.retention.trim() !== "") return null;
  if (a.coversChat && a.retentionRuleCount > 0) return null;
  if (a.coversChat) {
    return {
      key: `retention:${a.id}`,
      kind: "retention",
      severity: "medium",
      subject: subject(a),
      message: `${quoted(a.name)} covers live chat data, but no chat retention rule is linked to it and no retention period is stated, so nothing says when its data is deleted.`,
      fixUrl: "/retention",
      fixLabel: `Link a retention rule to ${a.name}`,
      fixPermission: "retention:write",
      viewUrl: activityUrl(a),
    };
  }
  return editGap(a, "retention", "medium", `${quoted(a.name)} states no time limit for erasing its data (Art. 30(1)(f)).`, `State the retention of ${a.name}`);
}

export function legalBasisGap(a: GapActivity): Gap | null {
  if (a.archived || a.legalBasis !== null) return null;
  return editGap(a, "legal_basis", "high", `${quoted(a.name)} has no legal basis: the record does not say which of Art. 6(1)(a)–(f) makes it lawful.`, `Choose the legal basis of ${a.name}`);
}

// A planned measure does not protect yet, and a retired one no longer does.
const PROTECTING: readonly MeasureStatus[] = ["in_place", "needs_improvement"];

export function securityMeasuresGap(a: GapActivity): Gap | null {
  if (a.archived || a.measureStatuses.some((s) => PROTECTING.includes(s))) return null;
  const message =
    a.measureStatuses.length === 0
      ? `${quoted(a.name)} is linked to no security measure (Art. 32).`
      : `None of the security measures linked to ${quoted(a.name)} is in place: they are only planned or retired (Art. 32).`;
  return editGap(a, "security_measures", "medium", message, `Link security measures to ${a.name}`);
}

/** Art. 9: special categories linked and no Art. 9(2) condition recorded. */
export function art9ConditionGap(a: GapActivity): Gap | null {
  if (a.archived || a.specialCategories.length === 0 || a.art9Condition !== null) return null;
  const what = nameList(a.specialCategories);
  return editGap(
    a,
    "art9_condition",
    "high",
    `${quoted(a.name)} processes special categories of data (${what}) without an Art. 9(2) condition that allows it.`,
    `Choose the Art. 9 condition for ${a.name}`,
  );
}

/** Art. 35: a DPIA marked needed (not started) or still in progress is not done. */
export function dpiaGap(a: GapActivity): Gap | null {
  if (a.archived) return null;
  if (a.dpiaStatus === "needed") {
    return editGap(a, "dpia", "high", `A data protection impact assessment is needed for ${quoted(a.name)} and has not been started (Art. 35).`, `Record the DPIA of ${a.name}`);
  }
  if (a.dpiaStatus === "in_progress") {
    return editGap(a, "dpia", "medium", `The data protection impact assessment for ${quoted(a.name)} is in progress, not done (Art. 35).`, `Record the DPIA of ${a.name}`);
  }
  return null;
}
