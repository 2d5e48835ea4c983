"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { initialActionState, type ActionState } from "@/lib/forms";

export function SendQueuedForm({ action, waiting }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; waiting: number }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <Button type="submit" disabled={pending || waiting === 0}>
        {pending ? "Sending…" : "Send queued now"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
