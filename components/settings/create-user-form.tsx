"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { PASSWORD_MIN } from "@/lib/auth/password-policy";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

export function CreateUserForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  const errors = state.errors ?? {};
  return (
    <form {...formProps} aria-label="Create user" className="space-y-4">
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="new-user-name" label="Name" required errors={errors.name}>
          <Input name="name" autoComplete="off" defaultValue={state.values?.name ?? ""} />
        </Field>
        <Field id="new-user-email" label="Email" required errors={errors.email}>
          <Input name="email" type="email" autoComplete="off" defaultValue={state.values?.email ?? ""} />
        </Field>
        <Field id="new-user-role" label="Role" required errors={errors.role}>
          <Select name="role" defaultValue={state.values?.role ?? "viewer"}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id="new-user-password"
          label="First password"
          required
          errors={errors.password}
          hint={`At least ${PASSWORD_MIN} characters, not a common word, not their name or email. They can change it under My account.`}
        >
          <Input name="password" type="password" autoComplete="new-password" />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create user"}
      </Button>
    </form>
  );
}
