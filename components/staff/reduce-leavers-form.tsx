"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

/** States what the reduction does before the click; the server recounts when it runs. */
export function ReduceLeaversForm({ action, count, months }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; count: number; months: number }) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="space-y-3" aria-labelledby="reduce-leavers-title">
      <h2 id="reduce-leavers-title" className="text-base font-semibold">Reduce leavers&apos; records</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {count === 0 ? "No" : count} leaver{count === 1 ? "" : "s"} left more than {months} months ago and {count === 1 ? "has" : "have"} not been reduced yet.
        Reducing keeps the name, start and leave dates and the training history; it replaces the work email with a placeholder
        that names nobody and clears job title, team and manager. It cannot be undone.
      </p>
      <FormMessage state={state} />
      <Button type="submit" variant="danger" disabled={pending || count === 0}>
        {pending ? "Reducing…" : `Reduce ${count} record${count === 1 ? "" : "s"}`}
      </Button>
    </form>
  );
}
