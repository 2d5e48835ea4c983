"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { saveReview, createNotice, decideNotice } from "@/db/queries/processors";
import { getTimeZone } from "@/db/queries/time-zone";
import { authorizeAction } from "@/lib/auth/guards";
import { parseForm, type ActionState } from "@/lib/forms";
import { noticeDecisionSchema, noticeFormSchema } from "@/lib/processors/form-schema";
import { reviewFormSchema } from "@/lib/processors/review-schema";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";
import { refusalState } from "@/lib/outcome";
import { todayIn } from "@/lib/time";

function revalidateProcessor(processorId: string) {
  revalidatePath("/processors");
  revalidatePath("/processors/queue");
  revalidatePath(`/processors/${processorId}`, "layout");
  revalidatePath("/inventory", "layout");
  revalidatePath("/");
}

const STEP_MESSAGES = { save: "Checklist saved. The agreement stays in legal review." } as const;

/** Legal's checklist: save progress, approve (which signs the agreement) or send back (which returns it to draft). */
export async function saveReviewAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("reviews:write");
  if (denied) return denied;
  const parsed = parseForm(reviewFormSchema(todayIn(await getTimeZone())), formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("agreement.review_save", () => saveReview(user, parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  const { processorId, agreementId, step } = parsed.data;
  revalidateProcessor(processorId);
  if (step === "save") return { ok: true, message: STEP_MESSAGES.save };
  // A decision closes the review and its form: the page says what happened instead.
  redirect(`/processors/${processorId}/agreements/${agreementId}/review?done=${step}`);
}

export async function createNoticeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("processors:write");
  if (denied) return denied;
  const parsed = parseForm(noticeFormSchema(todayIn(await getTimeZone())), formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("notice.create", () => createNotice(user, parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateProcessor(parsed.data.processorId);
  return { ok: true, message: "Notice recorded: it waits in legal's queue until a decision is recorded." };
}

export async function decideNoticeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("reviews:write");
  if (denied) return denied;
  const parsed = parseForm(noticeDecisionSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("notice.decide", () => decideNotice(user, parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateProcessor(parsed.data.processorId);
  // The decision form goes away once decided: the page says what happened instead.
  redirect(`/processors/${parsed.data.processorId}?done=${parsed.data.decision}#notices-title`);
}
