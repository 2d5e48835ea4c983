"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

/** One click records today's review; the server decides what "today" is, in the organisation's time zone. */
export function ReviewButton({ measureId, action }: { measureId: string; action: (s: ActionState, f: FormData) => Promise<ActionState> }) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="id" value={measureId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Mark reviewed today"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
