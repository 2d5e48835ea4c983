"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

/** Completions are never edited: a wrong one is withdrawn with a reason, and a correct one recorded. */
export function WithdrawForm({ action, staffId, completionId, courseTitle }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; staffId: string; completionId: string; courseTitle: string }) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-2" aria-label={`Withdraw ${courseTitle} completion`}>
      <input type="hidden" name="staffId" value={staffId} />
      <input type="hidden" name="completionId" value={completionId} />
      <Field id={`w-${completionId}`} label="Reason for withdrawing" errors={state.errors?.reason}>
        <Input name="reason" className="w-56" defaultValue={state.ok ? "" : (state.values?.reason ?? "")} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Withdrawing…" : "Withdraw"}
      </Button>
      {state.errors ? null : <FormMessage state={state} />}
    </form>
  );
}
