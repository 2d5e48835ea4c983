"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { acceptSuggestion, dismissSuggestion } from "@/db/queries/requests";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { refusalState } from "@/lib/outcome";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";

const schema = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export async function acceptSuggestionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const p = parseForm(schema, formData);
  if (p.state) return INVALID_INPUT;
  const result = await attemptWrite("request_suggestion.accept", () => acceptSuggestion(actorOf(user), p.data.id));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidatePath("/requests");
  revalidatePath("/requests/suggestions");
  return { ok: true, message: `Request ${result.value.reference} created from the chat.` };
}

export async function dismissSuggestionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const p = parseForm(schema, formData);
  if (p.state) return INVALID_INPUT;
  const result = await attemptWrite("request_suggestion.dismiss", () => dismissSuggestion(actorOf(user), p.data.id));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidatePath("/requests/suggestions");
  return { ok: true, message: "Dismissed." };
}
