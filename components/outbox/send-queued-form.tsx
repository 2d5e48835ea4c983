"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

export function SendQueuedForm({ action, waiting }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; waiting: number }) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-3">
      <Button type="submit" disabled={pending || waiting === 0}>
        {pending ? "Sending…" : "Send queued now"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
