"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createStaff, importStaff, previewStaffImport, reduceLeavers, updateStaff } from "@/db/queries/training";
import { getTimeZone } from "@/db/queries/time-zone";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { refusalState, submittedValues } from "@/lib/outcome";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";
import { todayIn } from "@/lib/time";
import { previewState, readCsvFromForm, type ImportState } from "@/lib/training/import-rows";
import { staffFormSchema } from "@/lib/training/staff-schema";

function revalidateStaff(id?: string) {
  revalidatePath("/staff");
  revalidatePath("/training");
  revalidatePath("/");
  if (id) revalidatePath(`/staff/${id}`);
}

export async function createStaffAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("staff:write");
  if (denied) return denied;
  const parsed = parseForm(staffFormSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("staff.create", () => createStaff(actorOf(user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value, submittedValues(formData));
  revalidateStaff();
  redirect(`/staff/${result.value.id}`);
}

const idSchema = z.object({ id: z.uuid() });

export async function updateStaffAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("staff:write");
  if (denied) return denied;
  const id = parseForm(idSchema.loose(), formData);
  if (id.state) return INVALID_INPUT;
  const parsed = parseForm(staffFormSchema, formData);
  if (parsed.state) return parsed.state;
  const today = todayIn(await getTimeZone());
  const result = await attemptWrite("staff.update", () => updateStaff(actorOf(user), id.data.id, parsed.data, today));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value, submittedValues(formData));
  revalidateStaff(id.data.id);
  redirect(`/staff/${id.data.id}`);
}

/** One action for both steps: "preview" checks and writes nothing; "confirm" checks again and writes. */
export async function staffImportAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const { user, denied } = await authorizeAction("staff:write");
  if (denied) return { ...denied, stage: "upload" };
  if (!(formData instanceof FormData)) return { ...INVALID_INPUT, stage: "upload" };
  const read = await readCsvFromForm(formData);
  if (read.error !== undefined) return { ok: false, message: read.error, stage: "upload" };
  if (formData.get("intent") !== "confirm") {
    const preview = await attemptWrite("staff.import.preview", () => previewStaffImport(read.text));
    if (!preview.ok) return { ok: false, message: WRITE_FAILED_MESSAGE, stage: "upload" };
    if (!preview.value.ok) return { ok: false, message: preview.value.message, stage: "upload" };
    return previewState(read.text, preview.value.rows);
  }
  const today = todayIn(await getTimeZone());
  const result = await attemptWrite("staff.import", () => importStaff(actorOf(user), read.text, today));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE, stage: "upload" };
  if (!result.value.ok) return { ok: false, message: result.value.message, stage: "upload" };
  const c = result.value.counts;
  revalidateStaff();
  return { ok: true, stage: "done", message: `Imported: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.skipped} skipped with errors.` };
}

export async function reduceLeaversAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("staff:write");
  if (denied) return denied;
  if (!(formData instanceof FormData)) return INVALID_INPUT;
  const today = todayIn(await getTimeZone());
  const result = await attemptWrite("staff.reduce_leavers", () => reduceLeavers(actorOf(user), today));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  revalidateStaff();
  const n = result.value.reduced;
  return { ok: true, message: n === 0 ? "No leaver's record was due for reduction." : `${n} leaver record${n === 1 ? " was" : "s were"} reduced.` };
}
