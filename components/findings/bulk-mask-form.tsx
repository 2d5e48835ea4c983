"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

/**
 * "Mask all open card numbers": a first click states what will happen and how many findings it touches;
 * only the second, explicit click masks. The server recounts when it runs.
 */
export function BulkMaskForm({
  type,
  plural,
  placeholder,
  count,
  action,
}: {
  type: string;
  plural: string;
  placeholder: string;
  count: number;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [confirming, setConfirming] = useState(false);
  const { state, pending, formProps } = useFormAction(action);
  if (count === 0 && !state.message) return null;
  return (
    <div className="mb-4 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      {pending ? <p role="status" className="text-sm">Masking {plural}…</p> : <FormMessage state={state} />}
      {count > 0 && !confirming ? (
        <Button variant="danger" className={state.message || pending ? "mt-3" : undefined} disabled={pending} onClick={() => setConfirming(true)}>
          Mask all open {plural}
        </Button>
      ) : null}
      {count > 0 && confirming ? (
        <form
          {...formProps}
          onSubmit={(event) => {
            formProps.onSubmit(event);
            setConfirming(false);
          }}
          className="space-y-3"
          aria-labelledby="bulk-mask-title"
        >
          <h2 id="bulk-mask-title" className="text-base font-semibold">
            Mask {count} open {plural}?
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            In every message where one was found, the text is replaced by <code className="font-mono">{placeholder}</code>.
            This cannot be undone: the original text is gone from DPO Desk. The audit trail records how many were masked, never the text.
          </p>
          <input type="hidden" name="type" value={type} />
          <div className="flex gap-2">
            <Button type="submit" variant="danger">
              Mask {count} {plural}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
