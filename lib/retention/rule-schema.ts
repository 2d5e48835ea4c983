import { z } from "zod";

export const RETENTION_ACTIONS = ["delete", "anonymise"] as const;
export type RetentionActionKind = (typeof RETENTION_ACTIONS)[number];

// The form's three-way choice for special-category data, and what the column stores for each.
export const SPECIAL_CATEGORY_CHOICES = ["any", "with", "without"] as const;
export type SpecialCategoryChoice = (typeof SPECIAL_CATEGORY_CHOICES)[number];

export const KEEP_DAYS_MAX = 36_500;
export const RULE_NAME_MAX = 100;
export const RULE_CATEGORY_MAX = 100;

const optionalUuid = (message: string) =>
  z
    .union([z.literal(""), z.uuid({ error: message })])
    .optional()
    .transform((v) => (v ? v : null));

export const ruleFormSchema = z.object({
  name: z
    .string({ error: "Give the rule a name." })
    .trim()
    .min(1, "Give the rule a name.")
    .max(RULE_NAME_MAX, `Use at most ${RULE_NAME_MAX} characters.`),
  sourceId: optionalUuid("Choose a source from the list."),
  // Conversations carry the category the chat platform sent; an empty field means any category.
  category: z
    .string()
    .trim()
    .max(RULE_CATEGORY_MAX, `Use at most ${RULE_CATEGORY_MAX} characters.`)
    .optional()
    .transform((v) => (v ? v : null)),
  specialCategory: z
    .enum(SPECIAL_CATEGORY_CHOICES, { error: "Choose whether the rule covers special-category data." })
    .optional()
    .default("any")
    .transform((v) => (v === "with" ? true : v === "without" ? false : null)),
  keepDays: z
    .string({ error: "Give the number of days to keep conversations." })
    .trim()
    .min(1, { message: "Give the number of days to keep conversations.", abort: true })
    .regex(/^\d+$/, "Days must be a whole number, 0 or more.")
    .transform(Number)
    .pipe(z.number().int().max(KEEP_DAYS_MAX, `At most ${KEEP_DAYS_MAX} days (100 years).`)),
  action: z.enum(RETENTION_ACTIONS, { error: "Choose delete or anonymise." }),
  activityId: optionalUuid("Choose a processing activity from the list."),
});

export type RuleInput = z.infer<typeof ruleFormSchema>;

export const ruleIdSchema = z.object({ id: z.uuid({ error: "Unknown rule." }) });

export function specialCategoryChoice(value: boolean | null): SpecialCategoryChoice {
  return value === true ? "with" : value === false ? "without" : "any";
}
