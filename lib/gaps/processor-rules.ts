import { CHECKLIST_SHORT } from "@/lib/processors/review";
import { effectiveStatus, isExpiringSoon, nextDeadline, processorAgreementStatus, type AgreementDeadline } from "@/lib/processors/status";
import { day, nameList, plural, quoted } from "./text";
import type { Gap, GapAgreement, GapProcessor } from "./types";

// Rules over a processor's agreements (Art. 28(3)). The status rules themselves live in lib/processors/status.

/** Signed, not past its end (effectiveStatus), and already in force: a contract starting next month covers nothing yet. */
function isCurrentSigned(a: GapAgreement, today: string): boolean {
  return effectiveStatus(a, today) === "signed" && !(a.startsOn !== null && a.startsOn > today);
}

const agreementsUrl = (p: GapProcessor) => `/processors/${p.id}#agreements-title`;

/** Why the processor has no signed, current agreement, from its best agreement (missing when it has none). */
function missingCoverReason(p: GapProcessor, today: string): string {
  const notStarted = p.agreements.filter((a) => effectiveStatus(a, today) === "signed" && a.startsOn !== null && a.startsOn > today).map((a) => a.startsOn!);
  if (notStarted.length) return `its signed agreement takes effect only on ${day(notStarted.sort()[0]!)}`;
  const best = processorAgreementStatus(p.agreements.map((a) => effectiveStatus(a, today)));
  switch (best) {
    case "in_legal_review":
      return "its agreement is still in legal review, not signed";
    case "draft":
      return "only a draft agreement is on record, none signed";
    case "expired": {
      const ended = p.agreements.map((a) => a.endsOn).filter((d): d is string => d !== null && d < today).sort().at(-1);
      return ended ? `its agreement expired on ${day(ended)}` : "its agreement has expired";
    }
    case "terminated":
      return "its agreement was terminated";
    default:
      return "no agreement is on record";
  }
}

/** Rule 1: current activities send data to a processor that has no signed agreement in force today. */
export function agreementCoverGap(p: GapProcessor, today: string): Gap | null {
  if (p.archived) return null;
  const activities = p.activities.filter((a) => !a.archived).map((a) => a.name);
  if (activities.length === 0) return null;
  if (p.agreements.some((a) => isCurrentSigned(a, today))) return null;
  return {
    key: `processor_agreement:${p.id}`,
    kind: "processor_agreement",
    severity: "high",
    subject: { type: "processor", id: p.id, name: p.name },
    message: `${quoted(p.name)} receives personal data from ${nameList(activities.map(quoted))}, but ${missingCoverReason(p, today)} (Art. 28(3)).`,
    fixUrl: agreementsUrl(p),
    fixLabel: `Put a signed agreement in place with ${p.name}`,
    fixPermission: "processors:write",
    viewUrl: agreementsUrl(p),
  };
}

/**
 * Rule 1b: a signed agreement in force whose approving review accepted the risk of going without a mandatory
 * term. The approval stands (the DPO decided it, with reasons), but the gap stays until a review finds the clause.
 */
export function acceptedRiskGaps(p: GapProcessor, today: string): Gap[] {
  if (p.archived) return [];
  return p.agreements
    .filter((a) => a.acceptedWithout.length > 0 && isCurrentSigned(a, today))
    .map((a) => {
      const url = `/processors/${p.id}/agreements/${a.id}/review`;
      const clauses = nameList(a.acceptedWithout.map((i) => CHECKLIST_SHORT[i]));
      return {
        key: `agreement_risk_accepted:${a.id}`,
        kind: "agreement_risk_accepted" as const,
        severity: "medium" as const,
        subject: { type: "agreement" as const, id: a.id, name: `${p.name}: ${a.title}` },
        message: `The agreement ${quoted(a.title)} with ${quoted(p.name)} was accepted without ${a.acceptedWithout.length === 1 ? "clause" : "clauses"} ${clauses}: the risk was accepted, the term is still missing (Art. 28(3)).`,
        fixUrl: `/processors/${p.id}#agreement-${a.id}`,
        fixLabel: `Renegotiate the missing ${a.acceptedWithout.length === 1 ? "clause" : "clauses"} with ${p.name}`,
        fixPermission: "processors:write" as const,
        viewUrl: url,
      };
    });
}

function deadlineText(d: AgreementDeadline): string {
  const when = d.daysLeft === 0 ? "today" : `in ${plural(d.daysLeft, "day")}`;
  if (d.kind === "ends") return `ends on ${day(d.date)}, ${when}`;
  if (d.daysLeft < 0) return `was due for review on ${day(d.date)}, ${plural(-d.daysLeft, "day")} ago`;
  return `is due for review by ${day(d.date)}, ${when}`;
}

function agreementGap(p: GapProcessor, a: GapAgreement, severity: Gap["severity"], message: string, fixLabel: string): Gap {
  const url = `/processors/${p.id}#agreement-${a.id}`;
  return {
    key: `agreement_expiry:${a.id}`,
    kind: "agreement_expiry",
    severity,
    subject: { type: "agreement", id: a.id, name: `${p.name}: ${a.title}` },
    message,
    fixUrl: url,
    fixLabel,
    fixPermission: "processors:write",
    viewUrl: url,
  };
}

/**
 * Rule 4: a current agreement whose end or review date falls within 60 days (lib/processors/status decides
 * which), unless another current one already runs beyond the window (the renewal is in place); and an
 * agreement that expired with nothing signed after it. When the processor still receives data from current
 * activities, rule 1 already reports the expiry, so it is not reported twice.
 */
export function agreementExpiryGaps(p: GapProcessor, today: string): Gap[] {
  if (p.archived) return [];
  const signed = p.agreements.filter((a) => effectiveStatus(a, today) === "signed");
  if (signed.length > 0) {
    if (signed.some((a) => !isExpiringSoon(a, today))) return [];
    return signed.flatMap((a) => {
      const d = nextDeadline(a, today);
      if (!d) return [];
      return [agreementGap(p, a, "medium", `The agreement ${quoted(a.title)} with ${quoted(p.name)} ${deadlineText(d)}.`, d.kind === "ends" ? `Renew the agreement with ${p.name}` : `Review the agreement with ${p.name}`)];
    });
  }
  if (p.activities.some((a) => !a.archived)) return [];
  const expired = p.agreements
    .filter((a) => effectiveStatus(a, today) === "expired")
    .sort((x, y) => (x.endsOn ?? "").localeCompare(y.endsOn ?? ""))
    .at(-1);
  if (!expired) return [];
  const when = expired.endsOn ? `expired on ${day(expired.endsOn)}` : "has expired";
  return [agreementGap(p, expired, "high", `The agreement ${quoted(expired.title)} with ${quoted(p.name)} ${when} and no signed agreement replaces it.`, `Renew the agreement with ${p.name}`)];
}
