"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { endSessions } from "@/db/queries/users";
import { signIn, signOut } from "@/lib/auth";
import { actorOf, getCurrentUser } from "@/lib/auth/guards";
import { attemptWrite } from "@/lib/server-errors";
import { requestedReturnPath } from "@/lib/auth/redirect";
import { parseForm, type ActionState } from "@/lib/forms";

const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(320).email("Enter a valid email address."),
  password: z.string().min(1, "Enter your password.").max(256),
  callbackUrl: z.string().max(2048).optional(),
});

// One message for a wrong email and a wrong password, so the form does not tell who has an account.
const BAD_CREDENTIALS = "The email or password is not right, or the account is deactivated.";

/**
 * The page asked for, or else the sign-in page: the role is only known once signed in, and the sign-in page
 * sends a signed-in person without a callbackUrl to their role's landing page (lib/auth/landing).
 */
function afterSignIn(callbackUrl: unknown): string {
  return requestedReturnPath(callbackUrl) ?? "/login";
}

export async function signInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseForm(signInSchema, formData);
  if (parsed.state) return parsed.state;
  const { email, password, callbackUrl } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirectTo: afterSignIn(callbackUrl) });
    return { ok: true, message: "Signed in." };
  } catch (error) {
    // A successful signIn throws Next's redirect; only Auth.js errors are answers to show.
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return { ok: false, message: "Too many failed sign-ins. Wait 15 minutes and try again.", values: { email } };
    }
    // The address goes back to the form that sent it, so the person retypes only the password.
    return { ok: false, message: BAD_CREDENTIALS, values: { email } };
  }
}

export async function signInWithSsoAction(formData: FormData) {
  const callbackUrl = formData instanceof FormData ? formData.get("callbackUrl") : null;
  await signIn("oidc", { redirectTo: afterSignIn(callbackUrl) });
}

export async function signOutAction() {
  const user = await getCurrentUser();
  if (user) await attemptWrite("auth.sign_out", () => endSessions(actorOf(user), user.id));
  await signOut({ redirectTo: "/login" });
}
