"use server";

import { revalidatePath } from "next/cache";
import { changeUserRole, createUser, resetUserPassword, setUserActive, type Refusal } from "@/db/queries/users";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { parseForm, type ActionState } from "@/lib/forms";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, setActiveSchema } from "@/lib/users/schema";

// Every action here: guard → parse → query → revalidate → state. Passwords are never sent back.

export async function createUserAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorizeAction("users:write");
  if (guard.denied) return guard.denied;
  const parsed = parseForm(createUserSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attempt(() => createUser(actorOf(guard.user), parsed.data));
  if (!result.ok) return refusalState(result);
  revalidatePath("/settings/users");
  return { ok: true, message: `${parsed.data.name} can now sign in as ${ROLE_LABELS[parsed.data.role]}. Give them the password in person or by phone, not by email.` };
}

export async function changeUserRoleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorizeAction("users:write");
  if (guard.denied) return guard.denied;
  const parsed = parseForm(changeRoleSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attempt(() => changeUserRole(actorOf(guard.user), parsed.data.userId, parsed.data.role));
  if (!result.ok) return refusalState(result);
  revalidatePath("/settings/users");
  return {
    ok: true,
    message: result.changed ? `Role changed to ${ROLE_LABELS[parsed.data.role]}; they sign in again to use it.` : "That is already their role.",
  };
}

export async function setUserActiveAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorizeAction("users:write");
  if (guard.denied) return guard.denied;
  const parsed = parseForm(setActiveSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attempt(() => setUserActive(actorOf(guard.user), parsed.data.userId, parsed.data.active));
  if (!result.ok) return refusalState(result);
  revalidatePath("/settings/users");
  return { ok: true, message: parsed.data.active ? "Reactivated: they can sign in again." : "Deactivated: their session has ended and they cannot sign in." };
}

export async function resetUserPasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorizeAction("users:write");
  if (guard.denied) return guard.denied;
  const parsed = parseForm(resetPasswordSchema, formData);
  if (parsed.state) return parsed.state;
  const result = await attempt(() => resetUserPassword(actorOf(guard.user), parsed.data.userId, parsed.data.password));
  if (!result.ok) return refusalState(result);
  revalidatePath("/settings/users");
  return { ok: true, message: "Password set. Their sessions have ended; they sign in with the new password." };
}

function refusalState(refusal: Refusal): ActionState {
  return { ok: false, message: refusal.message, errors: refusal.field ? { [refusal.field]: [refusal.message] } : undefined };
}

// Drizzle's error message carries the query's values (emails, hashes): log only what kind of failure it was.
async function attempt<T>(write: () => Promise<T>): Promise<T | Refusal> {
  try {
    return await write();
  } catch (error) {
    const cause = error instanceof Error ? error.cause : undefined;
    const code = cause && typeof cause === "object" && "code" in cause ? ` ${String(cause.code)}` : "";
    console.error(`[settings/users] write failed: ${error instanceof Error ? error.name : "unknown"}${code}`);
    return { ok: false, message: "The change could not be saved. Try again in a moment." };
  }
}
