"use client";

import { useActionState } from "react";
import { verifyChainAction } from "@/app/(app)/audit/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { initialActionState } from "@/lib/forms";

export function VerifyChainForm() {
  const [state, action, pending] = useActionState(verifyChainAction, initialActionState);
  return (
    <form action={action} className="space-y-3">
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Verifying…" : "Verify chain"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
