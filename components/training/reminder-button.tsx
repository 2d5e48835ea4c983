"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

/** "Send reminders" for the whole overdue list (no pair) or one row (a person and a course). */
export function ReminderButton({
  action,
  pair,
  label,
  ariaLabel,
  variant = "primary",
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  pair?: { staffId: string; courseId: string };
  label: string;
  /** The accessible name when the visible label repeats on every row. */
  ariaLabel?: string;
  variant?: "primary" | "secondary";
}) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className={pair ? "space-y-1" : "flex flex-wrap items-center gap-3"}>
      {pair ? (
        <>
          <input type="hidden" name="staffId" value={pair.staffId} />
          <input type="hidden" name="courseId" value={pair.courseId} />
        </>
      ) : null}
      <Button type="submit" variant={variant} disabled={pending} aria-label={ariaLabel} className={pair ? "px-2 py-1 text-xs" : undefined}>
        {pending ? "Sending…" : label}
      </Button>
      {pair ? (state.message ? <p role="status" className="text-xs">{state.message}</p> : null) : <FormMessage state={state} />}
    </form>
  );
}
