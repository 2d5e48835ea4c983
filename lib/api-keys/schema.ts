import { z } from "zod";
import { requiredText } from "@/lib/forms";
import { API_KEY_SCOPES } from "./scopes";

const FORM_ERROR = "The form could not be read. Reload the page and try again.";

/** Ticked checkboxes arrive as one string, several, or nothing; unknown scopes are refused, not dropped. */
export const scopeList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter((s) => s !== ""))])
  .pipe(
    z
      .array(z.enum(API_KEY_SCOPES, { error: `Scopes are ${API_KEY_SCOPES.join(", ")}.` }))
      .min(1, "Choose at least one scope.")
      .transform((scopes) => API_KEY_SCOPES.filter((s) => scopes.includes(s))),
  );

export const createApiKeySchema = z.object({
  name: requiredText(100, "Name the key after what uses it, e.g. \"Website chat widget\"."),
  scopes: scopeList,
});

export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ keyId: z.uuid({ error: FORM_ERROR }) });
