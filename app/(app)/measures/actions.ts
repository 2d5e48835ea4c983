"use server";

import { isActiveUser } from "@/db/queries/users";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createMeasure, markMeasureReviewed, updateMeasure } from "@/db/queries/measures";
import { getTimeZone } from "@/db/queries/time-zone";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { DUPLICATE_NAME_MESSAGE, measureFormSchema } from "@/lib/measures/form-schema";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";
import { todayIn } from "@/lib/training/dates";

const idSchema = z.object({ id: z.uuid() });

// What was typed, so the form shown again with a field error keeps it. Measures hold no secrets.
function submitted(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData.entries()].filter(([k, v]) => !k.startsWith("$ACTION") && typeof v === "string") as Array<[string, string]>);
}

function fieldError(formData: FormData, field: string, message: string): ActionState {
  return { ok: false, message: "Some fields need attention.", errors: { [field]: [message] }, values: submitted(formData) };
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
  if (result.value.duplicate) return fieldError(formData, "name", DUPLICATE_NAME_MESSAGE);
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
  if (!result.value) return { ok: false, message: "This measure does not exist any more." };
  if (result.value.duplicate) return fieldError(formData, "name", DUPLICATE_NAME_MESSAGE);
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
  if (!result.value) return { ok: false, message: "This measure does not exist any more." };
  revalidatePath("/measures");
  revalidatePath(`/measures/${id.data.id}`);
  return { ok: true, message: result.value.changed ? "Marked as reviewed today." : "Already marked as reviewed today." };
}
