"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { confirmMention } from "@/db/queries/subjects";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { parseForm, type ActionState } from "@/lib/forms";
import { refusalState } from "@/lib/outcome";
import { confirmMentionSchema } from "@/lib/subjects/confirm-mention-schema";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";

/** Confirms a mention as the writer's own identifier: it links, and merges what the confirmation step showed. */
export async function confirmMentionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("subjects:write");
  if (denied) return denied;
  const parsed = parseForm(confirmMentionSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("subjects.confirm_mention", () => confirmMention(actorOf(user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value, { reason: parsed.data.reason });
  revalidatePath("/subjects", "layout");
  revalidatePath("/chats", "layout");
  redirect(`/subjects/${result.value.subjectId}`);
}
