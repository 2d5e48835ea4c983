"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { FormDataContext } from "@/components/ui/form-controls";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

/**
 * One action on a request: its fields, the request id, a submit button, and the server's answer above them.
 * What was typed stays after a refusal, and is cleared once the action went through.
 */
export function RequestActionForm({
  action,
  requestId,
  submitLabel,
  variant = "secondary",
  hidden,
  defaults = {},
  children,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  requestId: string;
  submitLabel: string;
  variant?: "primary" | "secondary" | "danger";
  hidden?: Record<string, string>;
  defaults?: Record<string, string>;
  children?: ReactNode;
}) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  return (
    <form {...formProps} className="space-y-3">
      <FormDataContext.Provider value={{ values: state.ok ? defaults : (state.values ?? defaults), errors: state.errors ?? {} }}>
        <FormMessage state={state} />
        <input type="hidden" name="id" value={requestId} />
        {Object.entries(hidden ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children}
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
      </FormDataContext.Provider>
    </form>
  );
}
