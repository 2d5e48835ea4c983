"use server";

import { revalidatePath } from "next/cache";
import { createChatwootSource, renameSource, rotateChatwootToken, setChatwootSigningSecret } from "@/db/queries/chats";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { refusalState } from "@/lib/outcome";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";
import { createSourceSchema, renameSourceSchema, signingSecretSchema, sourceIdSchema, type SourceSecretState } from "./schemas";

function revalidateSources() {
  revalidatePath("/chats/sources");
  revalidatePath("/chats");
}

/** Creates a Chatwoot source and answers with its token, once: only its sealed form is stored. */
export async function createChatwootSourceAction(_prev: SourceSecretState, formData: FormData): Promise<SourceSecretState> {
  const { user, denied } = await authorizeAction("sources:write");
  if (denied) return denied;
  const parsed = parseForm(createSourceSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("chat_source.create", () => createChatwootSource(actorOf(user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value, { key: parsed.data.key, name: parsed.data.name });
  revalidateSources();
  return { ok: true, message: `Source “${parsed.data.name}” created.`, reveal: { key: result.value.key, name: parsed.data.name, token: result.value.token, rotated: false } };
}

/** A new token; the old webhook URL is refused from now on. */
export async function rotateTokenAction(_prev: SourceSecretState, formData: FormData): Promise<SourceSecretState> {
  const { user, denied } = await authorizeAction("sources:write");
  if (denied) return denied;
  const parsed = parseForm(sourceIdSchema.extend({ name: renameSourceSchema.shape.name.optional() }), formData);
  if (parsed.state) return INVALID_INPUT;
  const result = await attemptWrite("chat_source.rotate_token", () => rotateChatwootToken(actorOf(user), parsed.data.sourceId));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateSources();
  return {
    ok: true,
    message: "New token created. The old webhook URL no longer works: update the webhook in Chatwoot now.",
    reveal: { key: result.value.key, name: parsed.data.name ?? result.value.key, token: result.value.token, rotated: true },
  };
}

/** Stores Chatwoot's signing secret for the webhook, so signed requests authenticate without the token. */
export async function setSigningSecretAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("sources:write");
  if (denied) return denied;
  const remove = formData instanceof FormData && formData.get("intent") === "remove";
  let input: { sourceId: string; secret: string | null };
  if (remove) {
    const parsed = parseForm(sourceIdSchema, formData);
    if (parsed.state) return INVALID_INPUT;
    input = { sourceId: parsed.data.sourceId, secret: null };
  } else {
    const parsed = parseForm(signingSecretSchema, formData);
    if (parsed.state) return parsed.state;
    input = { sourceId: parsed.data.sourceId, secret: parsed.data.signingSecret };
  }
  const result = await attemptWrite("chat_source.signature_check", () => setChatwootSigningSecret(actorOf(user), input.sourceId, input.secret));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateSources();
  return { ok: true, message: remove ? "Signature check turned off: only the token in the URL is accepted." : "Signing secret stored: requests signed by Chatwoot are accepted." };
}

export async function renameSourceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("sources:write");
  if (denied) return denied;
  const parsed = parseForm(renameSourceSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("chat_source.rename", () => renameSource(actorOf(user), parsed.data.sourceId, parsed.data.name));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateSources();
  return { ok: true, message: result.value.changed ? "Renamed." : "The name is unchanged." };
}
