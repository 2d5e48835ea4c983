"use server";

import { isActiveUser } from "@/db/queries/users";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { addActivityTransfer, countExisting, createActivity, removeActivityTransfer, setActivityArchived, specialCategoryIds, updateActivity } from "@/db/queries/inventory";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { activityFormSchema, transferFormSchema } from "@/lib/inventory/form-schema";
import { refusalState, submittedValues } from "@/lib/outcome";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";

const fieldError = (field: string, message: string): ActionState => ({ ok: false, message: "Some fields need attention.", errors: { [field]: [message] } });

async function parseActivity(formData: unknown) {
  const parsed = parseForm(activityFormSchema(await specialCategoryIds()), formData);
  if (parsed.state) return parsed;
  const d = parsed.data;
  // A form left open while someone edits the lists may name a category or measure that is gone.
  if ((await countExisting("data", d.dataCategoryIds)) !== d.dataCategoryIds.length) return { state: fieldError("dataCategoryIds", "A chosen data category no longer exists. Reload the page.") };
  if ((await countExisting("subject", d.subjectCategoryIds)) !== d.subjectCategoryIds.length) return { state: fieldError("subjectCategoryIds", "A chosen category of people no longer exists. Reload the page.") };
  if ((await countExisting("measure", d.measureIds)) !== d.measureIds.length) return { state: fieldError("measureIds", "A chosen security measure no longer exists. Reload the page.") };
  if (d.ownerId && !(await isActiveUser(d.ownerId))) return { state: fieldError("ownerId", "This person is not an active user any more.") };
  return parsed;
}

function revalidateActivity(id?: string) {
  revalidatePath("/inventory");
  if (id) revalidatePath(`/inventory/${id}`);
  revalidatePath("/");
}

export async function createActivityAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("inventory:write");
  if (denied) return denied;
  const parsed = await parseActivity(formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("activity.create", () => createActivity(actorOf(user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value, submittedValues(formData));
  revalidateActivity();
  redirect(`/inventory/${result.value.id}`);
}

const idSchema = z.object({ id: z.uuid() });

export async function updateActivityAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("inventory:write");
  if (denied) return denied;
  const id = parseForm(idSchema.loose(), formData);
  if (id.state) return INVALID_INPUT;
  const parsed = await parseActivity(formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("activity.update", () => updateActivity(actorOf(user), id.data.id, parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value, submittedValues(formData));
  revalidateActivity(id.data.id);
  redirect(`/inventory/${id.data.id}`);
}

const archiveSchema = z.object({ id: z.uuid(), archived: z.enum(["true", "false"]) });

export async function setArchivedAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("inventory:write");
  if (denied) return denied;
  const parsed = parseForm(archiveSchema, formData);
  if (parsed.state) return INVALID_INPUT;
  const archived = parsed.data.archived === "true";
  const result = await attemptWrite("activity.archive", () => setActivityArchived(actorOf(user), parsed.data.id, archived));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateActivity(parsed.data.id);
  return { ok: true, message: archived ? "Activity archived: it no longer shows in the current record." : "Activity restored to the current record." };
}

export async function addTransferAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("inventory:write");
  if (denied) return denied;
  const parsed = parseForm(transferFormSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("activity.transfer_add", () => addActivityTransfer(actorOf(user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateActivity(parsed.data.activityId);
  return { ok: true, message: "Transfer added." };
}

const removeTransferSchema = z.object({ activityId: z.uuid(), transferId: z.uuid() });

export async function removeTransferAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("inventory:write");
  if (denied) return denied;
  const parsed = parseForm(removeTransferSchema, formData);
  if (parsed.state) return INVALID_INPUT;
  const { activityId, transferId } = parsed.data;
  const result = await attemptWrite("activity.transfer_remove", () => removeActivityTransfer(actorOf(user), activityId, transferId));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateActivity(activityId);
  return { ok: true, message: "Transfer removed." };
}
