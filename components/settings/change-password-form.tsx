"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { PASSWORD_MIN } from "@/lib/auth/password-policy";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

export function ChangePasswordForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  const errors = state.errors ?? {};
  return (
    <form {...formProps} aria-label="Change password" className="space-y-4">
      <FormMessage state={state} />
      <Field id="currentPassword" label="Current password" required errors={errors.currentPassword}>
        <Input name="currentPassword" type="password" autoComplete="current-password" />
      </Field>
      <Field
        id="newPassword"
        label="New password"
        required
        errors={errors.newPassword}
        hint={`At least ${PASSWORD_MIN} characters, not a common word, not your name or email.`}
      >
        <Input name="newPassword" type="password" autoComplete="new-password" />
      </Field>
      <Field id="confirmPassword" label="New password again" required errors={errors.confirmPassword}>
        <Input name="confirmPassword" type="password" autoComplete="new-password" />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
