import { z } from "zod";
import { PASSWORD_MAX, passwordProblems } from "@/lib/auth/password-policy";
import { ROLES } from "@/lib/auth/roles";
import { requiredText } from "@/lib/forms";

export const emailField = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .max(320, "Use at most 320 characters.")
  .pipe(z.email("Enter a valid email address."));

export const roleField = z.enum(ROLES, { error: "Choose a role." });

const userIdField = z.uuid({ error: "The form could not be read. Reload the page and try again." });

// Passwords are taken as typed (no trim): a space may be part of one. The policy's own length
// check gives the message; the max here only stops huge inputs before hashing.
const rawPassword = (message: string) => z.string({ error: message }).min(1, message).max(PASSWORD_MAX * 4, "That is far too long for a password.");

function addPasswordProblems(ctx: z.RefinementCtx, path: string[], password: string, context: { email?: string; name?: string }) {
  for (const message of passwordProblems(password, context)) ctx.addIssue({ code: "custom", path, message });
}

// The policy without context, checked on the field itself so it is reported even while other fields have errors.
const policyPassword = (message: string) => rawPassword(message).superRefine((pw, ctx) => addPasswordProblems(ctx, [], pw, {}));

export const createUserSchema = z
  .object({
    email: emailField,
    name: requiredText(200, "Enter the person's name."),
    role: roleField,
    password: policyPassword("Enter a first password for the account."),
  })
  // Only once email and name are valid: whether the password contains them.
  .superRefine((v, ctx) => {
    const base = new Set(passwordProblems(v.password));
    for (const message of passwordProblems(v.password, { email: v.email, name: v.name })) {
      if (!base.has(message)) ctx.addIssue({ code: "custom", path: ["password"], message });
    }
  });

export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeRoleSchema = z.object({ userId: userIdField, role: roleField });

export const setActiveSchema = z.object({
  userId: userIdField,
  active: z.enum(["true", "false"], { error: "The form could not be read. Reload the page and try again." }).transform((v) => v === "true"),
});

// The target's email and name are not in this form: resetUserPassword checks them against the policy.
export const resetPasswordSchema = z.object({ userId: userIdField, password: policyPassword("Enter the new password.") });

/** Changing one's own password: the signed-in person's email and name feed the policy. */
export function changeOwnPasswordSchema(user: { email: string; name: string }) {
  return z
    .object({
      currentPassword: rawPassword("Enter your current password."),
      newPassword: rawPassword("Enter a new password.").superRefine((pw, ctx) => addPasswordProblems(ctx, [], pw, user)),
      confirmPassword: z.string().optional().transform((v) => v ?? ""),
    })
    .superRefine((v, ctx) => {
      if (v.newPassword === v.currentPassword) {
        ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Choose a password different from the current one." });
      }
      if (v.confirmPassword !== v.newPassword) {
        ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two new passwords do not match." });
      }
    });
}
