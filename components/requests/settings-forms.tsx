"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { CheckField, FormDataContext, TextField } from "@/components/ui/form-controls";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

function SettingsForm({ action, defaults, submitLabel, children, reset = false }: { action: Action; defaults: Record<string, string>; submitLabel: string; children: ReactNode; reset?: boolean }) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: reset });
  return (
    <form {...formProps} className="space-y-4">
      <FormDataContext.Provider value={{ values: state.ok ? defaults : (state.values ?? defaults), errors: state.errors ?? {} }}>
        <FormMessage state={state} />
        {children}
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
      </FormDataContext.Provider>
    </form>
  );
}

export function RequestSettingsForm({ action, defaults }: { action: Action; defaults: { pauseWhileVerifying: boolean; closedRetentionYears: number } }) {
  return (
    <SettingsForm action={action} submitLabel="Save" defaults={{ pauseWhileVerifying: defaults.pauseWhileVerifying ? "on" : "", closedRetentionYears: String(defaults.closedRetentionYears) }}>
      <div className="space-y-1">
        <CheckField name="pauseWhileVerifying" label="Pause the clock while waiting for the person to prove their identity" />
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Off by default, the safe reading: the month runs from receipt. Some supervisory authorities accept that it stands still while the controller
          waits for information it reasonably asked for to confirm identity (Art. 12(6)). When on, the days paused are added to the due date and shown
          on each request&apos;s clock history.
        </p>
      </div>
      <div className="max-w-xs">
        <TextField name="closedRetentionYears" label="Keep closed requests for (years)" type="number" hint="Then they are reduced to statistics. Default 3." required />
      </div>
    </SettingsForm>
  );
}

export function AddHolidayForm({ action }: { action: Action }) {
  return (
    <SettingsForm action={action} submitLabel="Add holiday" defaults={{}} reset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="date" label="Date" type="date" required />
        <TextField name="name" label="Name" required />
      </div>
    </SettingsForm>
  );
}

export function SmallActionButton({ action, fields, label, variant = "secondary" }: { action: Action; fields: Record<string, string>; label: string; variant?: "primary" | "secondary" | "danger" }) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="inline-flex flex-col items-start gap-1">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} className="px-2 py-1 text-xs">
        {pending ? "…" : label}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
