"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { bulkMaskByType, dismissFinding, maskFinding } from "@/db/queries/chats";
import { authorizeAction } from "@/lib/auth/guards";
import { PII_TYPE_PLURALS } from "@/lib/chats/labels";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { refusalState } from "@/lib/outcome";
import { PII_MASK_PLACEHOLDERS, PII_TYPES, type PiiType } from "@/lib/pii";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";

const findingSchema = z.object({ findingId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
const typeSchema = z.object({ type: z.enum(PII_TYPES as [PiiType, ...PiiType[]]) });

function revalidateChatPages(conversationId?: string) {
  revalidatePath("/findings");
  revalidatePath("/chats");
  revalidatePath("/subjects", "layout");
  if (conversationId) revalidatePath(`/chats/${conversationId}`);
}

/** Replaces one finding's text in the stored message by its placeholder. Irreversible, audited. */
export async function maskFindingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("findings:write");
  if (denied) return denied;
  const parsed = parseForm(findingSchema, formData);
  if (parsed.state) return INVALID_INPUT;
  const result = await attemptWrite("finding.mask", () => maskFinding({ id: user.id, role: user.role }, parsed.data.findingId));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  const outcome = result.value;
  if (!outcome.ok) return refusalState(outcome);
  revalidateChatPages(outcome.conversationId);
  const extra = outcome.alsoMasked.length;
  return { ok: true, message: `Masked.${extra ? ` ${extra} overlapping finding${extra === 1 ? " was" : "s were"} masked with it.` : ""}` };
}

/** Records that a finding is not personal data; the text is left as it is. Audited. */
export async function dismissFindingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("findings:write");
  if (denied) return denied;
  const parsed = parseForm(findingSchema, formData);
  if (parsed.state) return INVALID_INPUT;
  const result = await attemptWrite("finding.dismiss", () => dismissFinding({ id: user.id, role: user.role }, parsed.data.findingId));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  const outcome = result.value;
  if (!outcome.ok) return refusalState(outcome);
  revalidateChatPages(outcome.conversationId);
  return { ok: true, message: "Dismissed as not personal data." };
}

/** Masks every open finding of one type (card numbers should never sit in chat logs). Audited per chunk. */
export async function bulkMaskAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("findings:write");
  if (denied) return denied;
  const parsed = parseForm(typeSchema, formData);
  if (parsed.state) return INVALID_INPUT;
  const { type } = parsed.data;
  const result = await attemptWrite("finding.bulk_mask", () => bulkMaskByType({ id: user.id, role: user.role }, type));
  // Chunks already done stay done (each committed with its audit entry); running it again finishes the rest.
  if (!result.ok) return { ok: false, message: `${WRITE_FAILED_MESSAGE} Any chunk already masked stays masked; run it again to finish.` };
  const outcome = result.value;
  if (!outcome.ok) return refusalState(outcome);
  revalidateChatPages();
  if (outcome.findings === 0) return { ok: true, message: `No open ${PII_TYPE_PLURALS[type]} were left to mask.` };
  const skipped = outcome.skipped ? ` ${outcome.skipped} could not be masked because the text changed; reload and check them.` : "";
  return {
    ok: true,
    message: `Masked ${outcome.findings} ${PII_TYPE_PLURALS[type]} in ${outcome.messages} message${outcome.messages === 1 ? "" : "s"}: they now read ${PII_MASK_PLACEHOLDERS[type]}.${skipped}`,
  };
}
