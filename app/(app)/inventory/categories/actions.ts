"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteCategory, saveCategory } from "@/db/queries/inventory";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { CATEGORY_KINDS, categoryFormSchema } from "@/lib/inventory/form-schema";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";

export async function saveCategoryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("inventory:write");
  if (denied) return denied;
  const parsed = parseForm(categoryFormSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("category.save", () => saveCategory(actorOf(user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (result.value.status === "name_taken") return { ok: false, message: "Some fields need attention.", errors: { name: ["A category with this name already exists."] } };
  if (result.value.status === "missing") return { ok: false, message: "This category does not exist any more." };
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
  const r = result.value;
  if (r.status === "missing") return { ok: false, message: "This category was already deleted." };
  if (r.status === "in_use") return { ok: false, message: `This category is in use and cannot be deleted. Used by: ${r.activities.join(", ")}.` };
  revalidatePath("/inventory", "layout");
  return { ok: true, message: "Category deleted." };
}
