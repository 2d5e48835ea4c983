"use client";

import { confirmMentionAction } from "@/app/(app)/subjects/actions";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import { CONFIRM_REASON_MAX, CONFIRM_REASON_MIN } from "@/lib/subjects/confirm-mention-schema";

export function ConfirmMentionForm({ mentionId, expectedMerge, label }: { mentionId: number; expectedMerge: string[]; label: string }) {
  const { state, pending, formProps } = useFormAction(confirmMentionAction);
  return (
    <form {...formProps} aria-label="Confirm the identifier" className="space-y-3">
      <input type="hidden" name="mentionId" value={mentionId} />
      <input type="hidden" name="expectedMerge" value={expectedMerge.join(",")} />
      <Field
        id={`confirm-reason-${mentionId}`}
        label="Why is this the person's own identifier?"
        required
        errors={state.errors?.reason}
        hint={`${CONFIRM_REASON_MIN}–${CONFIRM_REASON_MAX} characters, e.g. how the person confirmed it. Recorded in the audit trail.`}
      >
        <Textarea name="reason" rows={2} maxLength={CONFIRM_REASON_MAX} defaultValue={state.values?.reason ?? ""} />
      </Field>
      <FormMessage state={state.errors?.reason ? { ok: false, message: "" } : state} />
      <Button type="submit" disabled={pending}>
        {pending ? "Confirming…" : label}
      </Button>
    </form>
  );
}
