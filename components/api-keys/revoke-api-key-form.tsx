"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

/** Revoking cannot be undone, so it takes a second, explicit click. */
export function RevokeApiKeyForm({ keyId, name, action }: { keyId: string; name: string; action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const { state, pending, formProps } = useFormAction(action);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <div className="space-y-1">
        <Button variant="secondary" onClick={() => setConfirming(true)} aria-label={`Revoke ${name}`}>
          Revoke
        </Button>
        <FormMessage state={state} />
      </div>
    );
  }
  return (
    <form {...formProps} className="max-w-xs space-y-2" aria-label={`Revoke ${name}`}>
      <input type="hidden" name="keyId" value={keyId} />
      <p className="text-sm" role="status">
        Revoke “{name}”? Everything using it is refused from the next request on. This cannot be undone.
      </p>
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Revoking…" : "Yes, revoke"}
        </Button>
        <Button variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
          Cancel
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
