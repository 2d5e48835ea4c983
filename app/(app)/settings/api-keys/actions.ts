"use server";

import { revalidatePath } from "next/cache";
import { createApiKey, revokeApiKey } from "@/db/queries/api-keys";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/api-keys";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { refusalState } from "@/lib/outcome";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";

/** The create form's state: on success it carries the key, shown once and never again. */
export type CreateApiKeyState = ActionState & { created?: { key: string; name: string; prefix: string } };

export async function createApiKeyAction(_prev: CreateApiKeyState, formData: FormData): Promise<CreateApiKeyState> {
  const guard = await authorizeAction("apikeys:write");
  if (guard.denied) return guard.denied;
  const parsed = parseForm(createApiKeySchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("apikey.create", () => createApiKey(actorOf(guard.user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE, values: { name: parsed.data.name } };
  revalidatePath("/settings/api-keys");
  const { key, name, prefix } = result.value;
  return { ok: true, message: `Key "${name}" created.`, created: { key, name, prefix } };
}

export async function revokeApiKeyAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorizeAction("apikeys:write");
  if (guard.denied) return guard.denied;
  const parsed = parseForm(revokeApiKeySchema, formData);
  if (parsed.state) return INVALID_INPUT;
  const result = await attemptWrite("apikey.revoke", () => revokeApiKey(actorOf(guard.user), parsed.data.keyId));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  revalidatePath("/settings/api-keys");
  if (!result.value.ok) return refusalState(result.value);
  return { ok: true, message: `Key "${result.value.name}" revoked: requests with it are refused from now on.` };
}
