"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

/** A one-click write (archive, send to review, remove) carrying its ids as hidden fields; shows the server's answer. */
export function ActionButton({
  action,
  fields,
  label,
  pendingLabel = "Saving…",
  ariaLabel,
  variant = "secondary",
}: {
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  ariaLabel?: string;
  variant?: "primary" | "secondary" | "ghost" | "danger";
}) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} aria-label={ariaLabel}>
        {pending ? pendingLabel : label}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
