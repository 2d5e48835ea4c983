import { z } from "zod";
import { checkbox, optionalInt, optionalText, requiredText, localDateTime as localTime } from "@/lib/forms";
import { BREACH_RISKS, BREACH_STATUSES, NOTIFY_DECISIONS, SUBJECT_COMM_EXCEPTIONS, SUBJECT_COMM_STATUSES } from "./labels";
import { breachProblems } from "./rules";

const LONG = 5000;
const SHORT = 300;


const uuidOrEmpty = z
  .union([z.literal(""), z.uuid("Choose an owner from the list.")])
  .optional()
  .transform((v) => (v ? v : null));

/**
 * The breach form, checked field by field and then against the Art. 33/34 rules.
 * Built per request because dates are read in the organisation's time zone.
 */
export function breachFormSchema(timeZone: string, now: Date) {
  return z
    .object({
      title: requiredText(SHORT, "Give the breach a short title."),
      awareAt: localTime(timeZone, "Enter when the company became aware of the breach: the 72-hour clock starts there."),
      occurredFrom: localTime(timeZone, null),
      occurredTo: localTime(timeZone, null),
      discovery: optionalText(LONG),
      natureConfidentiality: checkbox,
      natureIntegrity: checkbox,
      natureAvailability: checkbox,
      description: optionalText(LONG),
      subjectCategories: optionalText(LONG),
      subjectsApprox: optionalInt("The number of people"),
      recordCategories: optionalText(LONG),
      recordsApprox: optionalInt("The number of records"),
      specialCategories: checkbox,
      specialCategoriesDetail: optionalText(LONG),
      likelyConsequences: optionalText(LONG),
      measuresTaken: optionalText(LONG),
      measuresProposed: optionalText(LONG),
      risk: z.enum(BREACH_RISKS, { error: "Choose a risk level." }),
      riskReasoning: optionalText(LONG),
      notifyDecision: z.enum(NOTIFY_DECISIONS, { error: "Choose a notification decision." }),
      notNotifiedJustification: optionalText(LONG),
      authorityName: optionalText(SHORT),
      authorityNotifiedAt: localTime(timeZone, null),
      authorityReference: optionalText(SHORT),
      delayReason: optionalText(LONG),
      subjectCommStatus: z.enum(SUBJECT_COMM_STATUSES, { error: "Choose what happened about telling people." }),
      subjectCommAt: localTime(timeZone, null),
      subjectCommChannel: optionalText(SHORT),
      subjectCommCount: optionalInt("The number of people told"),
      subjectCommException: z
        .union([z.literal(""), z.enum(SUBJECT_COMM_EXCEPTIONS, { error: "Choose an exception from the list." })])
        .optional()
        .transform((v) => (v ? v : null)),
      subjectCommExceptionDetail: optionalText(LONG),
      status: z.enum(BREACH_STATUSES, { error: "Choose a status." }),
      ownerId: uuidOrEmpty,
    })
    .superRefine((v, ctx) => {
      // awareAt is null only when it already has its own error.
      if (!v.awareAt) return;
      for (const [path, message] of Object.entries(breachProblems({ ...v, awareAt: v.awareAt }, now))) {
        ctx.addIssue({ code: "custom", path: [path], message });
      }
    })
    .transform((v) => ({ ...v, awareAt: v.awareAt as Date }));
}

export type BreachInput = z.infer<ReturnType<typeof breachFormSchema>>;

export function followUpSchema(timeZone: string, now: Date) {
  return z
    .object({
      breachId: z.uuid("Unknown breach."),
      sentAt: localTime(timeZone, "Enter when this information was sent."),
      reference: optionalText(SHORT),
      content: requiredText(LONG, "Describe the information sent in this phase."),
    })
    .superRefine((v, ctx) => {
      if (v.sentAt && v.sentAt.getTime() > now.getTime() + 5 * 60 * 1000) {
        ctx.addIssue({ code: "custom", path: ["sentAt"], message: "This time cannot be in the future." });
      }
    })
    .transform((v) => ({ ...v, sentAt: v.sentAt as Date }));
}

export type FollowUpInput = z.infer<ReturnType<typeof followUpSchema>>;
