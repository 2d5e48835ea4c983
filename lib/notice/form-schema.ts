import { z } from "zod";
import { normaliseIntroduction } from "./generate";

export const INTRODUCTION_MAX = 4000;

// The DPO's own words at the top of the notice; empty is allowed (the generated sections stand alone).
export const introductionFormSchema = z.object({
  introduction: z
    .string({ error: "The introduction could not be read." })
    .optional()
    .transform((v) => normaliseIntroduction(v ?? ""))
    .pipe(z.string().max(INTRODUCTION_MAX, `Use at most ${INTRODUCTION_MAX} characters.`)),
});

export type IntroductionInput = z.infer<typeof introductionFormSchema>;

// Which two versions the diff page compares; "current" is the notice the record would give now.
const versionRef = z.union([z.literal("current"), z.coerce.number().int().min(1).max(1_000_000_000)]);

export const diffParamsSchema = z.object({ from: versionRef, to: versionRef });

export type VersionRef = z.infer<typeof versionRef>;
