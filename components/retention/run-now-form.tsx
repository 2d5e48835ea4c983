"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

/** "Run now" with a confirmation step that says what will go. */
export function RunNowForm({ toDelete, toAnonymise, action }: { toDelete: number; toAnonymise: number; action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <div className="space-y-2">
      <FormMessage state={state} />
      <details className="text-sm">
        <summary className="inline-flex cursor-pointer list-none rounded-md bg-brand-600 px-3 py-2 font-medium text-white hover:bg-brand-700">Run now…</summary>
        <form {...formProps} aria-label="Run retention now" className="mt-3 max-w-xl space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950">
          <input type="hidden" name="confirm" value="yes" />
          <p>
            {toDelete + toAnonymise === 0
              ? "Nothing is due now; the run will only leave a receipt."
              : `This deletes ${toDelete} conversation${toDelete === 1 ? "" : "s"} and anonymises ${toAnonymise}, now and irreversibly. Held conversations are left alone.`}
          </p>
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? "Running…" : "Run retention now"}
          </Button>
        </form>
      </details>
    </div>
  );
}
