"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  addProcessorRecordTransfer,
  countExistingMeasures,
  createProcessorRecordEntry,
  removeProcessorRecordTransfer,
  setProcessorRecordEntryArchived,
  updateProcessorRecordEntry,
} from "@/db/queries/processor-record";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { refusalState, submittedValues } from "@/lib/outcome";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";
import { entryFormSchema, entryTransferSchema } from "@/lib/processor-record/schema";

const BASE = "/inventory/processor-record";

function revalidateEntry(id?: string) {
  revalidatePath(BASE);
  if (id) revalidatePath(`${BASE}/${id}`);
}

async function parseEntry(formData: unknown) {
  const parsed = parseForm(entryFormSchema, formData);
  if (parsed.state) return parsed;
  // A form left open while someone edits the measures register may name a measure that is gone.
  if ((await countExistingMeasures(parsed.data.measureIds)) !== parsed.data.measureIds.length) {
    return { state: { ok: false, message: "Some fields need attention.", errors: { measureIds: ["A chosen security measure no longer exists. Reload the page."] } } satisfies ActionState };
  }
  return parsed;
}

export async function createEntryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("inventory:write");
  if (denied) return denied;
  const parsed = await parseEntry(formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("controller_processing.create", () => createProcessorRecordEntry(actorOf(user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  revalidateEntry();
  redirect(`${BASE}/${result.value.id}`);
}

const idSchema = z.object({ id: z.uuid() });

export async function updateEntryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("inventory:write");
  if (denied) return denied;
  const id = parseForm(idSchema.loose(), formData);
  if (id.state) return INVALID_INPUT;
  const parsed = await parseEntry(formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("controller_processing.update", () => updateProcessorRecordEntry(actorOf(user), id.data.id, parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value, submittedValues(formData));
  revalidateEntry(id.data.id);
  redirect(`${BASE}/${id.data.id}`);
}

const archiveSchema = z.object({ id: z.uuid(), archived: z.enum(["true", "false"]) });

export async function setEntryArchivedAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("inventory:write");
  if (denied) return denied;
  const parsed = parseForm(archiveSchema, formData);
  if (parsed.state) return INVALID_INPUT;
  const archived = parsed.data.archived === "true";
  const result = await attemptWrite("controller_processing.archive", () => setProcessorRecordEntryArchived(actorOf(user), parsed.data.id, archived));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateEntry(parsed.data.id);
  return { ok: true, message: archived ? "Entry archived: it no longer shows in the current record." : "Entry restored to the current record." };
}

export async function addEntryTransferAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("inventory:write");
  if (denied) return denied;
  const parsed = parseForm(entryTransferSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("controller_processing.transfer_add", () => addProcessorRecordTransfer(actorOf(user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateEntry(parsed.data.entryId);
  return { ok: true, message: "Transfer added." };
}

const removeTransferSchema = z.object({ entryId: z.uuid(), transferId: z.uuid() });

export async function removeEntryTransferAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("inventory:write");
  if (denied) return denied;
  const parsed = parseForm(removeTransferSchema, formData);
  if (parsed.state) return INVALID_INPUT;
  const { entryId, transferId } = parsed.data;
  const result = await attemptWrite("controller_processing.transfer_remove", () => removeProcessorRecordTransfer(actorOf(user), entryId, transferId));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidateEntry(entryId);
  return { ok: true, message: "Transfer removed." };
}
