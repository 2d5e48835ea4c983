"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

export function TrainingSettingsForm({
  action,
  defaults,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: { dueSoonDays: number; leaverRetentionMonths: number };
}) {
  const { state, pending, formProps } = useFormAction(action);
  const values = state.values ?? { dueSoonDays: String(defaults.dueSoonDays), leaverRetentionMonths: String(defaults.leaverRetentionMonths) };
  return (
    <form {...formProps} className="max-w-xl space-y-4">
      <FormMessage state={state} />
      <Field id="dueSoonDays" label="“Due soon” means within (days)" hint="A course is shown as due soon this many days before it expires." errors={state.errors?.dueSoonDays} required>
        <Input name="dueSoonDays" type="number" min={1} max={180} defaultValue={values.dueSoonDays} />
      </Field>
      <Field
        id="leaverRetentionMonths"
        label="Keep leavers' full records for (months)"
        hint="After this many months from the leave date, a leaver's record is reduced to their name, dates and training history (nightly, or from the staff directory)."
        errors={state.errors?.leaverRetentionMonths}
        required
      >
        <Input name="leaverRetentionMonths" type="number" min={1} max={120} defaultValue={values.leaverRetentionMonths} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
