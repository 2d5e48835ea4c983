"use server";

import { revalidatePath } from "next/cache";
import { changeUserRole, createUser, resetUserPassword, setUserActive } from "@/db/queries/users";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { parseForm, type ActionState } from "@/lib/forms";
import { refusalState } from "@/lib/outcome";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, setActiveSchema } from "@/lib/users/schema";

// Every action here: guard → parse → query → revalidate → state. Passwords are never sent back.

export async function createUserAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorizeAction("users:write");
  if (guard.denied) return guard.denied;
  const parsed = parseForm(createUserSchema, formData);
  if (parsed.state) return parsed.state;
  const attempt = await attemptWrite("user.create", () => createUser(actorOf(guard.user), parsed.data));
  if (!attempt.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  const result = attempt.value;
  if (!result.ok) return refusalState(result);
  revalidatePath("/settings/users");
  return { ok: true, message: `${parsed.data.name} can now sign in as ${ROLE_LABELS[parsed.data.role]}. Give them the password in person or by phone, not by email.` };
}

export async function changeUserRoleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorizeAction("users:write");
  if (guard.denied) return guard.denied;
  const parsed = parseForm(changeRoleSchema, formData);
  if (parsed.state) return parsed.state;
  const attempt = await attemptWrite("user.role_change", () => changeUserRole(actorOf(guard.user), parsed.data.userId, parsed.data.role));
  if (!attempt.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  const result = attempt.value;
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
  const attempt = await attemptWrite("user.set_active", () => setUserActive(actorOf(guard.user), parsed.data.userId, parsed.data.active));
  if (!attempt.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  const result = attempt.value;
  if (!result.ok) return refusalState(result);
  revalidatePath("/settings/users");
  return { ok: true, message: parsed.data.active ? "Reactivated: they can sign in again." : "Deactivated: their session has ended and they cannot sign in." };
}

export async function resetUserPasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorizeAction("users:write");
  if (guard.denied) return guard.denied;
  const parsed = parseForm(resetPasswordSchema, formData);
  if (parsed.state) return parsed.state;
  const attempt = await attemptWrite("user.password_reset", () => resetUserPassword(actorOf(guard.user), parsed.data.userId, parsed.data.password));
  if (!attempt.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  const result = attempt.value;
  if (!result.ok) return refusalState(result);
  revalidatePath("/settings/users");
  return { ok: true, message: "Password set. Their sessions have ended; they sign in with the new password." };
}
