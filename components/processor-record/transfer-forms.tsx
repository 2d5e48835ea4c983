"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import { initialActionState, type ActionState } from "@/lib/forms";
import { MECHANISM_LABELS } from "@/lib/inventory/labels";

type Action = (s: ActionState, f: FormData) => Promise<ActionState>;

/** Adds one third-country transfer made for the controller (Art. 30(2)(c)); cleared after it is saved. */
export function AddEntryTransferForm({ entryId, action }: { entryId: string; action: Action }) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  const e = state.errors ?? {};
  return (
    <form {...formProps} aria-label="Add a transfer" className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="entryId" value={entryId} />
      <div className="grid gap-3 md:grid-cols-3">
        <Field id="cpt-recipient" label="Recipient" errors={e.recipient} required>
          <Input name="recipient" />
        </Field>
        <Field id="cpt-country" label="Country" errors={e.country} required hint="Two-letter ISO code, e.g. US.">
          <Input name="country" maxLength={2} className="uppercase" />
        </Field>
        <Field id="cpt-mechanism" label="Mechanism" errors={e.mechanism} required>
          <Select name="mechanism" defaultValue="scc">
            {Object.entries(MECHANISM_LABELS).map(([v, l]) => (
              <option key={v} value={v}>{l}</option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id="cpt-safeguards" label="Safeguards" errors={e.safeguards}>
        <Textarea name="safeguards" rows={2} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Saving…" : "Add transfer"}</Button>
    </form>
  );
}

export function RemoveEntryTransferButton({ entryId, transferId, label, action }: { entryId: string; transferId: string; label: string; action: Action }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction}>
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="transferId" value={transferId} />
      <Button type="submit" variant="ghost" disabled={pending} aria-label={`Remove transfer to ${label}`}>Remove</Button>
      {!state.ok && state.message ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{state.message}</p> : null}
    </form>
  );
}
