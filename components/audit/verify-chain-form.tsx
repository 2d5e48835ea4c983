"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

export function VerifyChainForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="space-y-3">
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Verifying…" : "Verify chain"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
