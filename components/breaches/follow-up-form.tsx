"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

export function FollowUpForm({ breachId, action }: { breachId: string; action: (s: ActionState, f: FormData) => Promise<ActionState> }) {
  // Cleared once a follow-up is saved; after an error the fields keep what was typed.
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  const v = state.ok ? {} : (state.values ?? {});
  return (
    <form {...formProps} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="breachId" value={breachId} />
      <div className="grid gap-3 md:grid-cols-2">
        <Field id="fu-sentAt" label="Sent at" errors={state.errors?.sentAt} required>
          <Input name="sentAt" type="datetime-local" defaultValue={v.sentAt} />
        </Field>
        <Field id="fu-reference" label="Reference" errors={state.errors?.reference}>
          <Input name="reference" defaultValue={v.reference} />
        </Field>
      </div>
      <Field id="fu-content" label="Information provided in this phase" errors={state.errors?.content} required>
        <Textarea name="content" defaultValue={v.content} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Add follow-up"}
      </Button>
    </form>
  );
}
