"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { changeOwnPassword } from "@/db/queries/users";
import { signIn } from "@/lib/auth";
import { clientAddress } from "@/lib/auth/client-address";
import { actorOf, authorizeAction } from "@/lib/auth/guards";
import { parseForm, type ActionState } from "@/lib/forms";
import { refusalState } from "@/lib/outcome";
import { changeOwnPasswordSchema } from "@/lib/users/schema";
import { attemptWrite, WRITE_FAILED_MESSAGE } from "@/lib/server-errors";

/**
 * Changes the signed-in person's password. The query bumps sessionVersion, which ends the
 * account's other sessions (a stolen one included); this browser then gets a fresh session by
 * signing in with the new password on the server, so the person stays signed in here.
 */
export async function changeOwnPasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await authorizeAction("account:write");
  if (guard.denied) return guard.denied;
  const parsed = parseForm(changeOwnPasswordSchema(guard.user), formData);
  if (parsed.state) return parsed.state;
  const { currentPassword, newPassword } = parsed.data;
  const address = clientAddress(await headers());
  const attempt = await attemptWrite("user.password_change", () => changeOwnPassword(actorOf(guard.user), currentPassword, newPassword, { address }));
  if (!attempt.ok) return { ok: false, message: WRITE_FAILED_MESSAGE };
  const result = attempt.value;
  if (!result.ok) return refusalState(result);
  try {
    // A fresh session for this browser under the new version. Like the sign-in form, it ends in a
    // redirect: the page rendered after it then sees the new session cookie (a plain re-render in
    // this request would still read the old one, and find it ended).
    await signIn("credentials", { email: guard.user.email, password: newPassword, redirectTo: "/account?password=changed" });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    // The password did change; only the fresh session could not be issued (e.g. the sign-in limit was reached).
    return { ok: true, message: "Your password was changed. Sign in again with the new password." };
  }
  return { ok: true, message: "Your password was changed." };
}
