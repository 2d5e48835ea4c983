"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createProcessor, setProcessorArchived, updateProcessor, removeSubProcessor, saveSubProcessor } from "@/db/queries/processors";
import { getTimeZone } from "@/db/queries/time-zone";
import { authorizeAction } from "@/lib/auth/guards";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { processorFormSchema, subProcessorFormSchema } from "@/lib/processors/form-schema";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";
import { refusalState, submittedValues } from "@/lib/outcome";
import { todayIn } from "@/lib/time";

/** Everything a processor's change shows up in: lists, its page, the queue, the overview and the activities' pages. */
function revalidateProcessor(id?: string) {
  revalidatePath("/processors");
  revalidatePath("/processors/queue");
  if (id) revalidatePath(`/processors/${id}`);
  revalidatePath("/inventory", "layout");
  revalidatePath("/");
}

async function today() {
  return todayIn(await getTimeZone());
}

export async function createProcessorAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("processors:write");
  if (denied) return denied;
  const parsed = parseForm(processorFormSchema(await today()), formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("processor.create", () => createProcessor(user, parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value, submittedValues(formData));
  revalidateProcessor();
  redirect(`/processors/${result.value.id}`);
}

const idSchema = z.object({ id: z.uuid() });

export async function updateProcessorAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("processors:write");
  if (denied) return denied;
  const id = parseForm(idSchema.loose(), formData);
  if (id.state) return INVALID_INPUT;
  const parsed = parseForm(processorFormSchema(await today()), formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("processor.update", () => updateProcessor(user, id.data.id, parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value, submittedValues(formData));
  revalidateProcessor(id.data.id);
  redirect(`/processors/${id.data.id}`);
}

const archiveSchema = z.object({ id: z.uuid(), archived: z.enum(["true", "false"]) });

export async function setProcessorArchivedAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("processors:write");
  if (denied) return denied;
  const parsed = parseForm(archiveSchema, formData);
  if (parsed.state) return INVALID_INPUT;
  const archived = parsed.data.archived === "true";
  const result = await attemptWrite("processor.archive", () => setProcessorArchived(user, parsed.data.id, archived));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateProcessor(parsed.data.id);
  return { ok: true, message: archived ? "Processor archived: it no longer shows in the current list." : "Processor restored." };
}

export async function saveSubProcessorAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("processors:write");
  if (denied) return denied;
  const parsed = parseForm(subProcessorFormSchema(await today()), formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("processor.sub_processor_save", () => saveSubProcessor(user, parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateProcessor(parsed.data.processorId);
  return { ok: true, message: parsed.data.id ? "Sub-processor saved." : "Sub-processor added." };
}

const removeSchema = z.object({ processorId: z.uuid(), subProcessorId: z.uuid() });

export async function removeSubProcessorAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("processors:write");
  if (denied) return denied;
  const parsed = parseForm(removeSchema, formData);
  if (parsed.state) return INVALID_INPUT;
  const { processorId, subProcessorId } = parsed.data;
  const result = await attemptWrite("processor.sub_processor_remove", () => removeSubProcessor(user, processorId, subProcessorId));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateProcessor(processorId);
  return { ok: true, message: "Sub-processor removed." };
}
