import { z } from "zod";

export const trainingSettingsSchema = z.object({
  dueSoonDays: z.coerce
    .number({ error: "Enter a number of days." })
    .int("Use whole days.")
    .min(1, "Use at least 1 day.")
    .max(180, "Use at most 180 days."),
  // Long enough to answer for a leaver's training in a dispute, short enough not to keep people for ever.
  leaverRetentionMonths: z.coerce
    .number({ error: "Enter a number of months." })
    .int("Use whole months.")
    .min(1, "Keep leavers' records at least 1 month.")
    .max(120, "Use at most 120 months (10 years)."),
});

export type TrainingSettingsInput = z.infer<typeof trainingSettingsSchema>;
