import { z } from "zod";

// A legal hold names its reason: whoever lifts it later, or an auditor, must see why the data was kept.
export const HOLD_REASON_MIN = 3;
export const HOLD_REASON_MAX = 500;

export const HOLD_TARGETS = ["conversation", "subject"] as const;
export type HoldTarget = (typeof HOLD_TARGETS)[number];

const target = z.enum(HOLD_TARGETS, { error: "Unknown kind of record." });

export const placeHoldSchema = z.object({
  target,
  id: z.uuid({ error: "Unknown record." }),
  reason: z
    .string({ error: "Give the reason for the hold." })
    .trim()
    .min(HOLD_REASON_MIN, `Give the reason for the hold (at least ${HOLD_REASON_MIN} characters).`)
    .max(HOLD_REASON_MAX, `Use at most ${HOLD_REASON_MAX} characters.`),
});

export const releaseHoldSchema = z.object({ target, id: z.uuid({ error: "Unknown record." }) });

export type PlaceHoldInput = z.infer<typeof placeHoldSchema>;
export type ReleaseHoldInput = z.infer<typeof releaseHoldSchema>;
