"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** The user actions, passed down from the users page. */
export type UserActionSet = { changeRole: Action; setActive: Action; resetPassword: Action };

interface Target {
  id: string;
  name: string;
  role: Role;
  active: boolean;
}

/** The DPO's controls for one user: role, active status and a new password, each its own form. */
export function UserActions({ user, actions }: { user: Target; actions: UserActionSet }) {
  return (
    <div className="space-y-2">
      <RoleForm user={user} action={actions.changeRole} />
      <ActiveForm user={user} action={actions.setActive} />
      <ResetPasswordForm user={user} action={actions.resetPassword} />
    </div>
  );
}

function RoleForm({ user, action }: { user: Target; action: Action }) {
  const { state, pending, formProps } = useFormAction(action);
  const id = `role-${user.id}`;
  return (
    <form {...formProps} className="space-y-1">
      <input type="hidden" name="userId" value={user.id} />
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          Role for {user.name}
        </label>
        <Select id={id} name="role" defaultValue={user.role} className="w-auto">
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </Select>
        <Button type="submit" variant="secondary" className="whitespace-nowrap" disabled={pending}>
          Change role
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

function ActiveForm({ user, action }: { user: Target; action: Action }) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="space-y-1">
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="active" value={user.active ? "false" : "true"} />
      <Button type="submit" variant={user.active ? "danger" : "secondary"} disabled={pending}>
        {user.active ? "Deactivate" : "Reactivate"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

function ResetPasswordForm({ user, action }: { user: Target; action: Action }) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-600 underline dark:text-sky-300">Reset password</summary>
      <form {...formProps} className="mt-2 space-y-2">
        <input type="hidden" name="userId" value={user.id} />
        <Field id={`reset-${user.id}`} label={`New password for ${user.name}`} errors={state.errors?.password}>
          <Input name="password" type="password" autoComplete="new-password" />
        </Field>
        <Button type="submit" variant="secondary" disabled={pending}>
          Set new password
        </Button>
        <FormMessage state={state.errors?.password ? { ok: false, message: "" } : state} />
      </form>
    </details>
  );
}
