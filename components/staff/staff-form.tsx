"use client";

import { Field, FormMessage } from "@/components/ui/field";
import { Checkbox, Input, Select } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";
import { FormActions } from "@/components/ui/form-actions";

export type StaffFormValues = Record<"name" | "workEmail" | "team" | "jobTitle" | "managerUserId" | "customerFacing" | "startDate" | "leaveDate", string>;

export function StaffForm({
  action,
  defaults,
  staffId,
  managers,
  cancelHref,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: StaffFormValues;
  staffId?: string;
  managers: Array<{ id: string; name: string }>;
  cancelHref: string;
}) {
  const { state, pending, formProps } = useFormAction(action);
  const v: Record<string, string> = state.values ?? defaults;
  const e = state.errors ?? {};
  return (
    <form {...formProps} className="max-w-2xl space-y-4">
      <FormMessage state={state} />
      {staffId ? <input type="hidden" name="id" value={staffId} /> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="s-name" label="Name" errors={e.name} required>
          <Input name="name" defaultValue={v.name} autoComplete="off" />
        </Field>
        <Field id="s-workEmail" label="Work email" errors={e.workEmail} required>
          <Input name="workEmail" type="email" defaultValue={v.workEmail} autoComplete="off" />
        </Field>
        <Field id="s-team" label="Team" errors={e.team}>
          <Input name="team" defaultValue={v.team} />
        </Field>
        <Field id="s-jobTitle" label="Job title" errors={e.jobTitle}>
          <Input name="jobTitle" defaultValue={v.jobTitle} />
        </Field>
        <Field id="s-managerUserId" label="Manager" hint="A DPO Desk user with the manager role; they see and train this person." errors={e.managerUserId}>
          <Select name="managerUserId" defaultValue={v.managerUserId}>
            <option value="">No manager</option>
            {managers.map((m) => (
              <option key={m.id} value={m.id}>{m.name}</option>
            ))}
          </Select>
        </Field>
        <div className="space-y-1 self-end">
          <label className="flex items-center gap-2 text-sm">
            <Checkbox name="customerFacing" defaultChecked={v.customerFacing === "on"} />
            Talks to customers (customer-facing)
          </label>
        </div>
        <Field id="s-startDate" label="Start date" errors={e.startDate} required>
          <Input name="startDate" type="date" defaultValue={v.startDate} />
        </Field>
        <Field id="s-leaveDate" label="Leave date" hint="Leavers keep their history and drop out of the figures." errors={e.leaveDate}>
          <Input name="leaveDate" type="date" defaultValue={v.leaveDate} />
        </Field>
      </div>
      <FormActions pending={pending} editing={Boolean(staffId)} createLabel="Add person" cancelHref={cancelHref} />
    </form>
  );
}
