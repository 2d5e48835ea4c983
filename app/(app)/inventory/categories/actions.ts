"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteCategory, saveCategory } from "@/db/queries/inventory";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { CATEGORY_KINDS, categoryFormSchema } from "@/lib/inventory/form-schema";
import { refusalState, submittedValues } from "@/lib/outcome";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";

export async function saveCategoryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("inventory:write");
  if (denied) return denied;
  const parsed = parseForm(categoryFormSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("category.save", () => saveCategory(actorOf(user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value, submittedValues(formData));
  revalidatePath("/inventory", "layout");
  return { ok: true, message: parsed.data.id ? "Category saved." : `Category “${parsed.data.name}” added.` };
}

const deleteSchema = z.object({ kind: z.enum(CATEGORY_KINDS), id: z.uuid() });

export async function deleteCategoryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("inventory:write");
  if (denied) return denied;
  const parsed = parseForm(deleteSchema, formData);
  if (parsed.state) return INVALID_INPUT;
  const result = await attemptWrite("category.delete", () => deleteCategory(actorOf(user), parsed.data.kind, parsed.data.id));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidatePath("/inventory", "layout");
  return { ok: true, message: "Category deleted." };
}
