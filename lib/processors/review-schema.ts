import { z } from "zod";
import { optionalText } from "@/lib/forms";
import { isIsoDate } from "@/lib/time";
import { answerField, CHECKLIST_ITEMS, decisionProblems, noteField, referenceField, REVIEW_ANSWERS, REVIEW_STEPS, type Checklist, type ReviewStep } from "./review";

const itemFields = Object.fromEntries(
  CHECKLIST_ITEMS.flatMap((item) => [
    [answerField(item), z.union([z.literal(""), z.enum(REVIEW_ANSWERS, { error: "Choose present, missing, or missing with the risk accepted." })]).optional().transform((v) => (v ? v : null))],
    [noteField(item), optionalText(2000)],
    [referenceField(item), optionalText(200)],
  ]),
);

const known = {
  processorId: z.uuid(),
  agreementId: z.uuid(),
  reviewId: z.uuid(),
  step: z.enum(REVIEW_STEPS, { error: "Choose to save, approve or send back." }),
  summary: optionalText(5000),
  signedOn: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || isIsoDate(v), "Enter a date (YYYY-MM-DD).")
    .transform((v) => (v ? v : null)),
};

const base = z.object({ ...known, ...itemFields });
type Known = z.infer<z.ZodObject<typeof known>>;

export interface ReviewInput {
  processorId: string;
  agreementId: string;
  reviewId: string;
  step: ReviewStep;
  summary: string;
  signedOn: string | null;
  checklist: Checklist;
}

/** The review form: the checklist as submitted, checked against what the chosen step needs. */
export function reviewFormSchema(today: string) {
  return base
    .transform((parsed): ReviewInput => {
      const raw = parsed as unknown as Known;
      const v = parsed as unknown as Record<string, string | null>;
      const checklist = Object.fromEntries(
        CHECKLIST_ITEMS.map((item) => [item, { answer: v[answerField(item)] ?? null, note: v[noteField(item)] ?? "", clauseReference: v[referenceField(item)] ?? "" }]),
      ) as Checklist;
      return { processorId: raw.processorId, agreementId: raw.agreementId, reviewId: raw.reviewId, step: raw.step, summary: raw.summary, signedOn: raw.signedOn, checklist };
    })
    .superRefine((v, ctx) => {
      const problems = decisionProblems(v);
      if (v.signedOn && v.signedOn > today) problems.signedOn = "The signing date cannot be in the future.";
      for (const [path, message] of Object.entries(problems)) ctx.addIssue({ code: "custom", path: [path], message });
    });
}
