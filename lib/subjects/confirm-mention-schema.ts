import { z } from "zod";

export const CONFIRM_REASON_MIN = 10;
export const CONFIRM_REASON_MAX = 500;

/**
 * The confirmation of a mention as a person's own identifier. `expectedMerge` carries the ids of the
 * people the confirmation step showed being merged (comma-separated, possibly empty), so the write can
 * refuse when that changed in the meantime.
 */
export const confirmMentionSchema = z.object({
  mentionId: z.coerce.number({ error: "The mention could not be read. Reload the page." }).int().positive().max(Number.MAX_SAFE_INTEGER),
  reason: z
    .string({ error: "Say why this is the person's own identifier." })
    .trim()
    .min(CONFIRM_REASON_MIN, `Say why this is the person's own identifier (at least ${CONFIRM_REASON_MIN} characters).`)
    .max(CONFIRM_REASON_MAX, `Use at most ${CONFIRM_REASON_MAX} characters.`),
  expectedMerge: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.uuid({ error: "The confirmation step could not be read. Reload the page." })).max(50)),
});

export type ConfirmMentionForm = z.infer<typeof confirmMentionSchema>;
