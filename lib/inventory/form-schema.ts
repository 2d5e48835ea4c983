import { z } from "zod";
import { checkbox, idList, optionalEnum, optionalText, requiredText } from "@/lib/forms";
import { isCountryCode } from "@/lib/organisation/schema";
import { ART9_CONDITIONS, DPIA_STATUSES, LEGAL_BASES, TRANSFER_MECHANISMS } from "./labels";
import { activityProblems, transferProblems } from "./rules";

const LONG = 5000;
const SHORT = 300;

const uuidOrEmpty = z
  .union([z.literal(""), z.uuid("Choose an owner from the list.")])
  .optional()
  .transform((v) => (v ? v : null));

/**
 * The activity form, checked field by field and then against the Art. 6/9 rules. Built with the
 * ids of the special data categories, since whether an Art. 9 condition is needed depends on them.
 */
export function activityFormSchema(specialCategoryIds: ReadonlySet<string>) {
  return z
    .object({
      name: requiredText(SHORT, "Give the activity a name."),
      purposes: requiredText(LONG, "State the purposes of the processing (Art. 30(1)(b))."),
      legalBasis: optionalEnum(LEGAL_BASES, "Choose a legal basis from the list."),
      legitimateInterest: optionalText(LONG),
      art9Condition: optionalEnum(ART9_CONDITIONS, "Choose an Art. 9 condition from the list."),
      dataCategoryIds: idList("Choose data categories from the list."),
      subjectCategoryIds: idList("Choose categories of people from the list."),
      measureIds: idList("Choose security measures from the list."),
      recipients: optionalText(LONG),
      retention: optionalText(LONG),
      coversChat: checkbox,
      source: optionalText(LONG),
      systems: optionalText(LONG),
      ownerId: uuidOrEmpty,
      dpiaStatus: z.enum(DPIA_STATUSES, { error: "Choose a DPIA status." }),
    })
    .superRefine((v, ctx) => {
      const hasSpecialCategory = v.dataCategoryIds.some((id) => specialCategoryIds.has(id));
      for (const [path, message] of Object.entries(activityProblems({ ...v, hasSpecialCategory }))) {
        ctx.addIssue({ code: "custom", path: [path], message });
      }
    });
}

export type ActivityInput = z.infer<ReturnType<typeof activityFormSchema>>;

/** The fields of one third-country transfer, shared by activities (Art. 30(1)(e)) and controller entries (Art. 30(2)(c)). */
export const transferFields = {
  recipient: requiredText(SHORT, "Name the recipient of the transfer."),
  country: z
    .string({ error: "Choose a country." })
    .trim()
    .toUpperCase()
    .refine(isCountryCode, "Choose a country (a two-letter ISO 3166 code such as US)."),
  mechanism: z.enum(TRANSFER_MECHANISMS, { error: "Choose a transfer mechanism." }),
  safeguards: optionalText(LONG),
};

/** Checks a parsed transfer against the transfer rules (EEA country, named safeguards). */
export function checkTransfer(v: Parameters<typeof transferProblems>[0], ctx: z.RefinementCtx) {
  for (const [path, message] of Object.entries(transferProblems(v))) ctx.addIssue({ code: "custom", path: [path], message });
}

export const transferFormSchema = z
  .object({ activityId: z.uuid("Unknown activity."), ...transferFields })
  .superRefine(checkTransfer);

export type TransferInput = z.infer<typeof transferFormSchema>;

export const CATEGORY_KINDS = ["data", "subject"] as const;
export type CategoryKind = (typeof CATEGORY_KINDS)[number];

export const categoryFormSchema = z.object({
  kind: z.enum(CATEGORY_KINDS, { error: "Unknown list." }),
  id: z.union([z.literal(""), z.uuid()]).optional().transform((v) => (v ? v : null)),
  name: requiredText(200, "Give the category a name."),
  description: optionalText(1000),
  special: checkbox,
});

export type CategoryInput = z.infer<typeof categoryFormSchema>;
