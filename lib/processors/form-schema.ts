import { z } from "zod";
import { idList, optionalEnum, optionalText, requiredText } from "@/lib/forms";
import { isCountryCode } from "@/lib/organisation/schema";
import { isIsoDate } from "@/lib/time";
import { AGREEMENT_STATUSES, PROCESSOR_MECHANISMS, PROCESSOR_RISKS } from "./labels";
import { agreementDateProblems } from "./status";
import { normaliseMechanism, mechanismProblems, processorTransferProblems } from "./transfer";

const LONG = 5000;
const SHORT = 300;

const optionalDate = (message = "Enter a date (YYYY-MM-DD), or leave it empty.") =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || isIsoDate(v), message)
    .transform((v) => (v ? v : null));

const requiredDate = (message: string) => z.string({ error: message }).trim().refine(isIsoDate, message);

const country = z
  .string({ error: "Choose a country." })
  .trim()
  .toUpperCase()
  .refine(isCountryCode, "Choose a country (a two-letter ISO 3166 code such as DE or US).");

const optionalEmail = z
  .string()
  .trim()
  .max(320, "Use at most 320 characters.")
  .optional()
  .transform((v) => (v ?? "").toLowerCase())
  .refine((v) => v === "" || z.email().safeParse(v).success, "Enter a valid email address, or leave this empty.");

const addIssues = (ctx: z.RefinementCtx, problems: Record<string, string>) => {
  for (const [path, message] of Object.entries(problems)) ctx.addIssue({ code: "custom", path: [path], message });
};

/** The processor form; `today` bounds the assessment date. */
export function processorFormSchema(today: string) {
  return z
    .object({
      name: requiredText(200, "Give the processor's name."),
      service: requiredText(LONG, "Say what service the processor provides."),
      contactName: optionalText(200),
      contactEmail: optionalEmail,
      country,
      transferMechanism: optionalEnum(PROCESSOR_MECHANISMS, "Choose a transfer mechanism from the list."),
      tiaDate: optionalDate(),
      derogation: optionalText(LONG),
      riskRating: optionalEnum(PROCESSOR_RISKS, "Choose a risk rating from the list."),
      riskReasoning: optionalText(LONG),
      notes: optionalText(LONG),
      activityIds: idList("Choose processing activities from the list."),
      dataCategoryIds: idList("Choose data categories from the list."),
    })
    .transform((v) => {
      const transferMechanism = normaliseMechanism(v.country, v.transferMechanism);
      // Details of a mechanism not chosen are dropped rather than kept out of sight.
      return { ...v, transferMechanism, tiaDate: transferMechanism === "scc" ? v.tiaDate : null, derogation: transferMechanism === "derogation" ? v.derogation : "" };
    })
    .superRefine((v, ctx) => {
      addIssues(ctx, processorTransferProblems(v, today));
      if (v.riskRating && !v.riskReasoning.trim()) addIssues(ctx, { riskReasoning: "Explain the rating: what the processor handles and what could go wrong." });
    });
}

export type ProcessorInput = z.infer<ReturnType<typeof processorFormSchema>>;

export function subProcessorFormSchema(today: string) {
  return z
    .object({
      processorId: z.uuid("Unknown processor."),
      id: z.union([z.literal(""), z.uuid()]).optional().transform((v) => (v ? v : null)),
      name: requiredText(200, "Name the sub-processor."),
      service: optionalText(SHORT),
      country,
      transferMechanism: optionalEnum(PROCESSOR_MECHANISMS, "Choose a transfer mechanism from the list."),
      addedOn: requiredDate("Enter the date it was added (YYYY-MM-DD)."),
    })
    .transform((v) => ({ ...v, transferMechanism: normaliseMechanism(v.country, v.transferMechanism) }))
    .superRefine((v, ctx) => {
      addIssues(ctx, mechanismProblems(v));
      if (v.addedOn > today) addIssues(ctx, { addedOn: "The date cannot be in the future." });
    });
}

export type SubProcessorInput = z.infer<ReturnType<typeof subProcessorFormSchema>>;

/** The agreement form. Which status may be chosen depends on the current one: the query checks that. */
export function agreementFormSchema(today: string) {
  return z
    .object({
      processorId: z.uuid("Unknown processor."),
      title: requiredText(SHORT, "Give the agreement a title."),
      status: z.enum(AGREEMENT_STATUSES, { error: "Choose a status from the list." }),
      signedOn: optionalDate(),
      startsOn: optionalDate(),
      endsOn: optionalDate(),
      reviewBy: optionalDate(),
      notes: optionalText(LONG),
    })
    .superRefine((v, ctx) => addIssues(ctx, agreementDateProblems(v, today)));
}

export type AgreementInput = z.infer<ReturnType<typeof agreementFormSchema>>;

export function noticeFormSchema(today: string) {
  return z
    .object({
      processorId: z.uuid("Unknown processor."),
      receivedOn: requiredDate("Enter the date the notice was received (YYYY-MM-DD)."),
      description: requiredText(LONG, "Describe the change: which sub-processor is added or replaced, for what, and where."),
      objectionDeadline: requiredDate("Enter the objection deadline (YYYY-MM-DD)."),
    })
    .superRefine((v, ctx) => {
      if (v.receivedOn > today) addIssues(ctx, { receivedOn: "The date cannot be in the future." });
      if (v.objectionDeadline < v.receivedOn) addIssues(ctx, { objectionDeadline: "The deadline cannot be before the notice was received." });
    });
}

export type NoticeInput = z.infer<ReturnType<typeof noticeFormSchema>>;

export const noticeDecisionSchema = z
  .object({
    processorId: z.uuid(),
    noticeId: z.uuid(),
    decision: z.enum(["no_objection", "objected"], { error: "Choose “No objection” or “Objected”." }),
    note: optionalText(LONG),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "objected" && !v.note.trim()) addIssues(ctx, { note: "Give the grounds of the objection, as sent to the processor." });
  });

export type NoticeDecisionInput = z.infer<typeof noticeDecisionSchema>;
