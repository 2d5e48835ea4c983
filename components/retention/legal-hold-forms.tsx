"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";
import { HOLD_REASON_MAX, HOLD_REASON_MIN, type HoldTarget } from "@/lib/retention/hold-schema";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
export type HoldActions = { place: Action; release: Action };

export function PlaceHoldForm({ target, id, action }: { target: HoldTarget; id: string; action: Action }) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  return (
    <form {...formProps} aria-label="Place legal hold" className="space-y-3">
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="id" value={id} />
      <Field
        id={`hold-reason-${id}`}
        label="Reason for the hold"
        required
        errors={state.errors?.reason}
        hint={`${HOLD_REASON_MIN}–${HOLD_REASON_MAX} characters, e.g. the claim, case or request it is kept for. Recorded in the audit trail.`}
      >
        <Textarea name="reason" rows={2} maxLength={HOLD_REASON_MAX} defaultValue={state.values?.reason ?? ""} />
      </Field>
      <FormMessage state={state.errors?.reason ? { ok: false, message: "" } : state} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Placing…" : "Place legal hold"}
      </Button>
    </form>
  );
}

export function ReleaseHoldForm({ target, id, action }: { target: HoldTarget; id: string; action: Action }) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <details className="pt-1">
      <summary className="cursor-pointer text-brand-600 underline dark:text-sky-300">Release the hold…</summary>
      <form {...formProps} aria-label="Release legal hold" className="mt-2 space-y-2">
        <input type="hidden" name="target" value={target} />
        <input type="hidden" name="id" value={id} />
        <p>
          Once released, retention applies again: if the data is past its retention date, the next retention run deletes or anonymises it.
        </p>
        <FormMessage state={state} />
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Releasing…" : "Release hold"}
        </Button>
      </form>
    </details>
  );
}
