"use server";

import { isActiveUser } from "@/db/queries/users";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { addBreachFollowUp, createBreach, updateBreach } from "@/db/queries/breaches";
import { getTimeZone } from "@/db/queries/time-zone";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { breachFormSchema, followUpSchema } from "@/lib/breaches/form-schema";
import { INVALID_INPUT, parseForm, type ActionState } from "@/lib/forms";
import { refusalState } from "@/lib/outcome";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";

const OWNER_GONE: ActionState = { ok: false, message: "Some fields need attention.", errors: { ownerId: ["This person is not an active user any more."] } };

// What the person typed, so the form shown again keeps it (a breach form holds no secrets).
const submitted = (formData: FormData): Record<string, string> =>
  Object.fromEntries([...formData.entries()].filter((e): e is [string, string] => typeof e[1] === "string" && !e[0].startsWith("$ACTION")));

async function parseBreach(formData: unknown) {
  const parsed = parseForm(breachFormSchema(await getTimeZone(), new Date()), formData);
  if (parsed.state) return parsed;
  if (parsed.data.ownerId && !(await isActiveUser(parsed.data.ownerId))) return { state: { ...OWNER_GONE, values: submitted(formData as FormData) } };
  return parsed;
}

export async function createBreachAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("breaches:write");
  if (denied) return denied;
  const parsed = await parseBreach(formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("breach.create", () => createBreach(actorOf(user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  revalidatePath("/breaches");
  revalidatePath("/");
  redirect(`/breaches/${result.value.id}`);
}

const idSchema = z.object({ id: z.uuid() });

export async function updateBreachAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("breaches:write");
  if (denied) return denied;
  const id = parseForm(idSchema.loose(), formData);
  if (id.state) return INVALID_INPUT;
  const parsed = await parseBreach(formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("breach.update", () => updateBreach(actorOf(user), id.data.id, parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidatePath("/breaches");
  revalidatePath(`/breaches/${id.data.id}`);
  revalidatePath("/");
  redirect(`/breaches/${id.data.id}`);
}

export async function addFollowUpAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, denied } = await authorizeAction("breaches:write");
  if (denied) return denied;
  const parsed = parseForm(followUpSchema(await getTimeZone(), new Date()), formData);
  if (parsed.state) return parsed.state;
  const result = await attemptWrite("breach.follow_up", () => addBreachFollowUp(actorOf(user), parsed.data));
  if (!result.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  if (!result.value.ok) return refusalState(result.value);
  revalidatePath(`/breaches/${parsed.data.breachId}`);
  return { ok: true, message: "Follow-up notification recorded." };
}
