import { z } from "zod";
import { optionalText, requiredText } from "@/lib/forms";
import { isIsoDate } from "@/lib/time";
import { MEASURE_KINDS, MEASURE_STATUSES } from "./labels";

const uuidOrEmpty = z
  .union([z.literal(""), z.uuid("Choose an owner from the list.")])
  .optional()
  .transform((v) => (v ? v : null));

/** A review date: "" means never reviewed; a review cannot have happened after today. */
function reviewDate(today: string) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      const v = value?.trim() ?? "";
      if (!v) return null;
      if (!isIsoDate(v)) {
        ctx.addIssue({ code: "custom", message: "Enter a valid date." });
        return z.NEVER;
      }
      if (v > today) {
        ctx.addIssue({ code: "custom", message: "A review date cannot be in the future." });
        return z.NEVER;
      }
      return v;
    });
}

/** The measure form. Built per request because "today" is the organisation's day. */
export function measureFormSchema(today: string) {
  return z.object({
    name: requiredText(200, "Give the measure a name."),
    kind: z.enum(MEASURE_KINDS, { error: "Choose technical or organisational." }),
    description: optionalText(5000),
    ownerId: uuidOrEmpty,
    status: z.enum(MEASURE_STATUSES, { error: "Choose a status." }),
    lastReviewedOn: reviewDate(today),
  });
}

export type MeasureInput = z.infer<ReturnType<typeof measureFormSchema>>;

export const DUPLICATE_NAME_MESSAGE = "A measure with this name already exists. Choose another name or edit the existing one.";

export type MeasureFormValues = Record<string, string>;

export function measureToFormValues(m: {
  name: string;
  kind: string;
  description: string;
  ownerId: string | null;
  status: string;
  lastReviewedOn: string | null;
}): MeasureFormValues {
  return { name: m.name, kind: m.kind, description: m.description, ownerId: m.ownerId ?? "", status: m.status, lastReviewedOn: m.lastReviewedOn ?? "" };
}

/** A new measure starts as planned, technical, owned by whoever records it. */
export function newMeasureFormValues(ownerId: string): MeasureFormValues {
  return { kind: "technical", status: "planned", ownerId };
}
