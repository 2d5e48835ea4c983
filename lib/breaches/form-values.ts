import { toLocalInputValue } from "@/lib/time";
import type { BreachFacts } from "./rules";

export type BreachFormValues = Record<string, string>;

type BreachRecord = BreachFacts & {
  title: string;
  discovery: string;
  description: string;
  subjectCategories: string;
  subjectsApprox: number | null;
  recordCategories: string;
  recordsApprox: number | null;
  likelyConsequences: string;
  measuresTaken: string;
  measuresProposed: string;
  authorityReference: string;
  ownerId: string | null;
};

const on = (b: boolean) => (b ? "on" : "");
const num = (n: number | null) => (n === null ? "" : String(n));

/** A stored breach as the strings its edit form starts from; times shown in the organisation's zone. */
export function breachToFormValues(b: BreachRecord, timeZone: string): BreachFormValues {
  const t = (d: Date | null) => toLocalInputValue(d, timeZone);
  return {
    title: b.title,
    awareAt: t(b.awareAt),
    occurredFrom: t(b.occurredFrom),
    occurredTo: t(b.occurredTo),
    discovery: b.discovery,
    natureConfidentiality: on(b.natureConfidentiality),
    natureIntegrity: on(b.natureIntegrity),
    natureAvailability: on(b.natureAvailability),
    description: b.description,
    subjectCategories: b.subjectCategories,
    subjectsApprox: num(b.subjectsApprox),
    recordCategories: b.recordCategories,
    recordsApprox: num(b.recordsApprox),
    specialCategories: on(b.specialCategories),
    specialCategoriesDetail: b.specialCategoriesDetail,
    likelyConsequences: b.likelyConsequences,
    measuresTaken: b.measuresTaken,
    measuresProposed: b.measuresProposed,
    risk: b.risk,
    riskReasoning: b.riskReasoning,
    notifyDecision: b.notifyDecision,
    notNotifiedJustification: b.notNotifiedJustification,
    authorityName: b.authorityName,
    authorityNotifiedAt: t(b.authorityNotifiedAt),
    authorityReference: b.authorityReference,
    delayReason: b.delayReason,
    subjectCommStatus: b.subjectCommStatus,
    subjectCommAt: t(b.subjectCommAt),
    subjectCommChannel: b.subjectCommChannel,
    subjectCommCount: num(b.subjectCommCount),
    subjectCommException: b.subjectCommException ?? "",
    subjectCommExceptionDetail: b.subjectCommExceptionDetail,
    status: b.status,
    ownerId: b.ownerId ?? "",
  };
}

/** A new breach starts open, unassessed, with the clock from now and the current user as owner. */
export function newBreachFormValues(now: Date, timeZone: string, ownerId: string): BreachFormValues {
  return {
    awareAt: toLocalInputValue(now, timeZone),
    risk: "unassessed",
    notifyDecision: "pending",
    subjectCommStatus: "pending",
    status: "open",
    ownerId,
  };
}
