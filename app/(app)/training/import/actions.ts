"use server";

import { revalidatePath } from "next/cache";
import { importCompletions, previewCompletionImport } from "@/db/queries/training";
import { getTimeZone } from "@/db/queries/time-zone";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { INVALID_INPUT } from "@/lib/forms";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";
import { todayIn } from "@/lib/time";
import { previewState, readCsvFromForm, type ImportState } from "@/lib/training/import-rows";

/** "preview" checks every row and writes nothing; "confirm" checks again (scope included) and writes. */
export async function completionImportAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const { user, denied } = await authorizeAction("completions:write");
  if (denied) return { ...denied, stage: "upload" };
  if (!(formData instanceof FormData)) return { ...INVALID_INPUT, stage: "upload" };
  const read = await readCsvFromForm(formData);
  if (read.error !== undefined) return { ok: false, message: read.error, stage: "upload" };
  const today = todayIn(await getTimeZone());
  if (formData.get("intent") !== "confirm") {
    const preview = await attemptWrite("training_completion.import.preview", () => previewCompletionImport(user, read.text, today));
    if (!preview.ok) return { ok: false, message: WRITE_FAILED_MESSAGE, stage: "upload" };
    if (!preview.value.ok) return { ok: false, message: preview.value.message, stage: "upload" };
    return previewState(read.text, preview.value.rows);
  }
  const result = await attemptWrite("training_completion.import", () => importCompletions(actorOf(user), user, read.text, today));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE, stage: "upload" };
  if (!result.value.ok) return { ok: false, message: result.value.message, stage: "upload" };
  const c = result.value.counts;
  revalidatePath("/training");
  revalidatePath("/staff");
  return { ok: true, stage: "done", message: `Imported: ${c.created} new, ${c.alreadyThere} already recorded, ${c.skipped} skipped with errors.` };
}
