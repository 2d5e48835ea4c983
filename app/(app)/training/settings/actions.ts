"use server";

import { revalidatePath } from "next/cache";
import { updateTrainingSettings } from "@/db/queries/training";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { parseForm, type ActionState } from "@/lib/forms";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";
import { trainingSettingsSchema } from "@/lib/training/settings-schema";

export async function updateTrainingSettingsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorizeAction("courses:write");
  if (guard.denied) return guard.denied;
  const parsed = parseForm(trainingSettingsSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("training_settings.update", () => updateTrainingSettings(actorOf(guard.user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  revalidatePath("/training", "layout");
  revalidatePath("/staff", "layout");
  return { ok: true, message: result.value.changed.length ? "Training settings saved." : "Nothing had changed." };
}
