"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { executeErasure, markErasureProcessorNotified } from "@/db/queries/requests";
import { erasureException } from "@/db/schema";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { parseForm, type ActionState } from "@/lib/forms";
import { refusalState } from "@/lib/outcome";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";

const eraseSchema = z
  .object({
    id: z.uuid(),
    exception: z.enum(erasureException.enumValues, { error: "Choose whether an Art. 17(3) exception applies." }),
    note: z.string().trim().max(2000, "At most 2000 characters.").default(""),
    // The confirm step: the box must be ticked, checked here and not only in the browser.
    confirm: z.literal("on", { error: "Tick the box to confirm: erasure cannot be undone." }),
  })
  .refine((v) => v.exception === "none" || v.note.length > 0, { path: ["note"], message: "Say why the exception applies." });

const notifiedSchema = z.object({ id: z.uuid(), processorId: z.uuid() });

export async function eraseAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const p = parseForm(eraseSchema, formData);
  if (p.state) return p.state;
  const { id, exception, note } = p.data;
  const result = await attemptWrite("request.erase", () => executeErasure(actorOf(user), id, { exception, note }));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidatePath("/requests");
  revalidatePath(`/requests/${id}`);
  revalidatePath("/subjects");
  revalidatePath("/chats");
  if (result.value.alreadyErased) return { ok: true, message: "This request was already erased; nothing more was done." };
  return { ok: true, message: exception === "none" ? "Erased. The certificate is below." : "The exception is recorded; nothing was erased." };
}

export async function processorNotifiedAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("requests:write");
  if (denied) return denied;
  const p = parseForm(notifiedSchema, formData);
  if (p.state) return p.state;
  const { id, processorId } = p.data;
  const result = await attemptWrite("request.erasure_processor_notified", () => markErasureProcessorNotified(actorOf(user), id, processorId));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidatePath(`/requests/${id}`);
  return { ok: true, message: "Marked as told." };
}
