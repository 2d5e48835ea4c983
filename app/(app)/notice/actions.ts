"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { publishNotice, updateNoticeIntroduction } from "@/db/queries/notice";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { parseForm, type ActionState } from "@/lib/forms";
import { introductionFormSchema } from "@/lib/notice/form-schema";
import { refusalState } from "@/lib/outcome";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";

function revalidateNotice() {
  revalidatePath("/notice", "layout");
  revalidatePath("/privacy", "layout");
  revalidatePath("/");
}

export async function saveIntroductionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("notice:write");
  if (denied) return denied;
  const parsed = parseForm(introductionFormSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("notice.introduction", () => updateNoticeIntroduction(actorOf(user), parsed.data.introduction));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE, values: { introduction: parsed.data.introduction } };
  revalidateNotice();
  return result.value.changed
    ? { ok: true, message: "Introduction saved. Publish the notice to show it on the public page." }
    : { ok: true, message: "The introduction was already this text: nothing changed." };
}

// The hash of the preview the DPO was looking at: what is published must be what was previewed.
const publishSchema = z.object({ contentHash: z.string().regex(/^[0-9a-f]{64}$/, "Reload the page and try again.") });

export async function publishNoticeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("notice:write");
  if (denied) return denied;
  const parsed = parseForm(publishSchema, formData);
  if (parsed.state) return { ok: false, message: "The form could not be read. Reload the page and try again." };
  const result = await attemptWrite("notice.publish", () => publishNotice(actorOf(user), parsed.data.contentHash));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  const r = result.value;
  if (!r.ok) {
    // The preview is out of date: the page shows the current one.
    revalidateNotice();
    return refusalState(r);
  }
  if (!r.published) return { ok: true, message: `Nothing to publish: version ${r.version} already says exactly this.` };
  revalidateNotice();
  return { ok: true, message: `Version ${r.version} is published and shown on the public page.` };
}
