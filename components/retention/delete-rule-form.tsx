"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

/** Deleting a rule moves its conversations to the next most specific rule, or into the gap: say so before. */
export function DeleteRuleForm({ id, name, covered, action }: { id: string; name: string; covered: number; action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-red-700 underline dark:text-red-400">Delete…</summary>
      <form {...formProps} aria-label={`Delete rule ${name}`} className="mt-2 max-w-xs space-y-2">
        <input type="hidden" name="id" value={id} />
        <p>
          {covered > 0
            ? `Its ${covered} conversation${covered === 1 ? "" : "s"} fall to the next most specific rule, or are covered by no rule.`
            : "It covers no conversation now."}
        </p>
        <FormMessage state={state} />
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Deleting…" : `Delete “${name}”`}
        </Button>
      </form>
    </details>
  );
}
