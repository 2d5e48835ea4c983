import { isLateNotification } from "./clock";
import type { BreachRisk, BreachStatus, NotifyDecision, SubjectCommException, SubjectCommStatus } from "./labels";

export interface BreachFacts {
  awareAt: Date;
  occurredFrom: Date | null;
  occurredTo: Date | null;
  natureConfidentiality: boolean;
  natureIntegrity: boolean;
  natureAvailability: boolean;
  specialCategories: boolean;
  specialCategoriesDetail: string;
  risk: BreachRisk;
  riskReasoning: string;
  notifyDecision: NotifyDecision;
  notNotifiedJustification: string;
  authorityName: string;
  authorityNotifiedAt: Date | null;
  delayReason: string;
  subjectCommStatus: SubjectCommStatus;
  subjectCommAt: Date | null;
  subjectCommChannel: string;
  subjectCommCount: number | null;
  subjectCommException: SubjectCommException | null;
  subjectCommExceptionDetail: string;
  status: BreachStatus;
}

// A little slack so a time typed as "now" on a machine with a slightly fast clock is not "in the future".
const CLOCK_SLACK_MS = 5 * 60 * 1000;

/**
 * What Art. 33 and 34 require of a breach record, as field → problem. Empty means the record is
 * consistent. Kept apart from the form so the rules can be tested on their own.
 */
export function breachProblems(f: BreachFacts, now: Date): Record<string, string> {
  const p: Record<string, string> = {};
  const future = (d: Date | null) => d !== null && d.getTime() > now.getTime() + CLOCK_SLACK_MS;

  if (future(f.awareAt)) p.awareAt = "The time you became aware cannot be in the future.";
  if (f.occurredFrom && f.occurredFrom.getTime() > f.awareAt.getTime()) p.occurredFrom = "The breach cannot start after you became aware of it.";
  if (f.occurredFrom && f.occurredTo && f.occurredTo.getTime() < f.occurredFrom.getTime()) p.occurredTo = "The end cannot be before the start.";
  if (f.specialCategories && !f.specialCategoriesDetail) p.specialCategoriesDetail = "Say which special categories of data are involved.";
  if (f.risk !== "unassessed" && !f.riskReasoning) p.riskReasoning = "Give the reasoning behind the risk assessment.";

  // Art. 33(5): a breach that is not notified is still documented, with the reason.
  if (f.notifyDecision === "not_required") {
    if (!f.notNotifiedJustification) p.notNotifiedJustification = "Explain why the authority is not notified (Art. 33(5)).";
    if (f.authorityNotifiedAt) p.notifyDecision = "The authority was notified: choose “Notify the supervisory authority”.";
    if (f.risk === "risk" || f.risk === "high") p.notifyDecision = "A breach assessed as a risk must be notified (Art. 33(1)).";
    // Art. 33(1) exempts only a breach "unlikely to result in a risk": that is an assessment, not a default,
    // so until it is made (with its reasons, checked above) the breach is not exempt and the clock runs.
    if (f.risk === "unassessed") p.risk = "Not notifying needs a risk assessment of “Unlikely to result in a risk”, with its reasoning (Art. 33(1)).";
  }
  if (f.authorityNotifiedAt) {
    if (!f.authorityName) p.authorityName = "Name the supervisory authority that was notified.";
    if (f.authorityNotifiedAt.getTime() < f.awareAt.getTime()) p.authorityNotifiedAt = "The notification cannot be before you became aware of the breach.";
    else if (future(f.authorityNotifiedAt)) p.authorityNotifiedAt = "The notification time cannot be in the future.";
    // Art. 33(1): a notification after 72 hours must give the reasons for the delay.
    else if (isLateNotification(f.awareAt, f.authorityNotifiedAt) && !f.delayReason) {
      p.delayReason = "The notification came after 72 hours: give the reasons for the delay (Art. 33(1)).";
    }
  }
  if (f.status === "notified" && !f.authorityNotifiedAt) p.authorityNotifiedAt = "Enter when the authority was notified, or choose another status.";

  if (f.subjectCommStatus === "communicated") {
    if (!f.subjectCommAt) p.subjectCommAt = "Enter when people were told.";
    else if (future(f.subjectCommAt)) p.subjectCommAt = "This time cannot be in the future.";
    if (!f.subjectCommChannel) p.subjectCommChannel = "Say how people were told (e-mail, letter, phone…).";
  }
  if (f.subjectCommStatus === "exception") {
    if (!f.subjectCommException) p.subjectCommException = "Choose the Art. 34(3) exception that applies.";
    else if (f.subjectCommException === "disproportionate_effort" && !f.subjectCommExceptionDetail) {
      p.subjectCommExceptionDetail = "Describe the public communication used instead (Art. 34(3)(c)).";
    }
  }
  if (f.subjectCommStatus === "not_required" && f.risk === "high") {
    p.subjectCommStatus = "A high risk means telling the people concerned (Art. 34(1)), unless an exception applies.";
  }

  if (f.status === "closed") {
    if (f.risk === "unassessed") p.risk = "Assess the risk before closing the breach.";
    if (f.notifyDecision === "pending") p.notifyDecision = "Decide on notification before closing the breach.";
    if (f.notifyDecision === "notify" && !f.authorityNotifiedAt) p.authorityNotifiedAt = "Enter the notification before closing the breach.";
    if (f.risk === "high" && (f.subjectCommStatus === "pending" || f.subjectCommStatus === "not_required")) {
      p.subjectCommStatus = "Record that people were told, or the exception that applies, before closing.";
    }
  }
  if ((f.status === "closed" || f.status === "notified") && !f.natureConfidentiality && !f.natureIntegrity && !f.natureAvailability) {
    p.nature = "Choose at least one: confidentiality, integrity or availability.";
  }
  return p;
}
