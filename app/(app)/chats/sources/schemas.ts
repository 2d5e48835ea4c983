import { z } from "zod";
import { requiredText, type ActionState } from "@/lib/forms";

// The source forms' input. Kept apart from actions.ts, which ("use server") may export only actions.

export const sourceKeySchema = z
  .string({ error: "Enter a key." })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, "Use 1–63 lower-case letters, digits, '-' or '_', starting with a letter or digit.");

export const createSourceSchema = z.object({ key: sourceKeySchema, name: requiredText(100, "Enter a name.") });

export const sourceIdSchema = z.object({ sourceId: z.uuid() });

export const renameSourceSchema = sourceIdSchema.extend({ name: requiredText(100, "Enter a name.") });

// Chatwoot's secrets are 24 characters (has_secure_token); any pasted value of sane length and no spaces is taken.
export const signingSecretSchema = sourceIdSchema.extend({
  signingSecret: z
    .string({ error: "Paste the secret Chatwoot shows for the webhook." })
    .trim()
    .min(16, "This is shorter than Chatwoot's secrets (24 characters). Paste the whole secret.")
    .max(200, "Use at most 200 characters.")
    .regex(/^\S+$/, "The secret has no spaces: paste it without them."),
});

/** An action's answer that may carry a new webhook token, shown once and then only in that browser's memory. */
export type SourceSecretState = ActionState & { reveal?: { key: string; name: string; token: string; rotated: boolean } };

export const initialSourceSecretState: SourceSecretState = { ok: false, message: "" };
