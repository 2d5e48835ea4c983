"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

function OneButton({ action, id, label, variant }: { action: Action; id: number; label: string; variant: "primary" | "secondary" }) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="space-y-1">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant={variant} disabled={pending || state.ok}>
        {pending ? "Saving…" : label}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

/** Accept (creates the request) or dismiss one suggestion. */
export function SuggestionButtons({ id, accept, dismiss }: { id: number; accept: Action; dismiss: Action }) {
  return (
    <div className="flex flex-wrap items-start gap-2">
      <OneButton action={accept} id={id} label="Create request" variant="primary" />
      <OneButton action={dismiss} id={id} label="Dismiss" variant="secondary" />
    </div>
  );
}
