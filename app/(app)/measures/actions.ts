"use server";

import { isActiveUser } from "@/db/queries/users";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createMeasure, markMeasureReviewed, updateMeasure } from "@/db/queries/measures";
import { getTimeZone } from "@/db/queries/time-zone";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { measureFormSchema } from "@/lib/measures/form-schema";
import { refusalState, submittedValues } from "@/lib/outcome";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";
import { todayIn } from "@/lib/time";

const idSchema = z.object({ id: z.uuid() });

function fieldError(formData: FormData, field: string, message: string): ActionState {
  return { ok: false, message: "Some fields need attention.", errors: { [field]: [message] }, values: submittedValues(formData) };
}

async function parseMeasure(formData: FormData, today: string) {
  const parsed = parseForm(measureFormSchema(today), formData);
  if (parsed.state) return parsed;
  if (parsed.data.ownerId && !(await isActiveUser(parsed.data.ownerId))) {
    return { state: fieldError(formData, "ownerId", "This person is not an active user any more.") };
  }
  return parsed;
}

export async function createMeasureAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("measures:write");
  if (denied) return denied;
  if (!(formData instanceof FormData)) return INVALID_INPUT;
  const parsed = await parseMeasure(formData, todayIn(await getTimeZone()));
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("measure.create", () => createMeasure(actorOf(user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value, submittedValues(formData));
  revalidatePath("/measures");
  redirect(`/measures/${result.value.id}`);
}

export async function updateMeasureAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("measures:write");
  if (denied) return denied;
  const id = parseForm(idSchema.loose(), formData);
  if (id.state || !(formData instanceof FormData)) return INVALID_INPUT;
  const parsed = await parseMeasure(formData, todayIn(await getTimeZone()));
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("measure.update", () => updateMeasure(actorOf(user), id.data.id, parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value, submittedValues(formData));
  revalidatePath("/measures");
  revalidatePath(`/measures/${id.data.id}`);
  redirect(`/measures/${id.data.id}`);
}

export async function markReviewedAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("measures:write");
  if (denied) return denied;
  const id = parseForm(idSchema.loose(), formData);
  if (id.state) return INVALID_INPUT;
  const today = todayIn(await getTimeZone());
  const result = await attemptWrite("measure.review", () => markMeasureReviewed(actorOf(user), id.data.id, today));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidatePath("/measures");
  revalidatePath(`/measures/${id.data.id}`);
  return { ok: true, message: result.value.changed ? "Marked as reviewed today." : "Already marked as reviewed today." };
}
