"use server";

import { revalidatePath } from "next/cache";
import { placeLegalHold, releaseLegalHold } from "@/db/queries/retention";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { parseForm, type ActionState } from "@/lib/forms";
import { refusalState } from "@/lib/outcome";
import { placeHoldSchema, releaseHoldSchema, type HoldTarget } from "@/lib/retention/hold-schema";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";

const NOUN: Record<HoldTarget, string> = { conversation: "conversation", subject: "person" };

function revalidateTarget(target: HoldTarget, id: string) {
  if (target === "conversation") {
    revalidatePath(`/chats/${id}`);
  } else {
    revalidatePath(`/subjects/${id}`);
    // A person's hold shows on each of their conversations.
    revalidatePath("/chats/[id]", "page");
  }
  revalidatePath("/chats");
  revalidatePath("/retention");
}

export async function placeHoldAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("holds:write");
  if (denied) return denied;
  const parsed = parseForm(placeHoldSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("legal_hold.place", () => placeLegalHold(actorOf(user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateTarget(parsed.data.target, parsed.data.id);
  return { ok: true, message: `Legal hold placed: retention will not delete or anonymise this ${NOUN[parsed.data.target]}'s data while it stands.` };
}

export async function releaseHoldAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("holds:write");
  if (denied) return denied;
  const parsed = parseForm(releaseHoldSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("legal_hold.release", () => releaseLegalHold(actorOf(user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateTarget(parsed.data.target, parsed.data.id);
  return { ok: true, message: "Legal hold released: retention applies again from the next run." };
}
