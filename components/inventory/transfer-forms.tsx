"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";
import { MECHANISM_LABELS } from "@/lib/inventory/labels";

type Action = (s: ActionState, f: FormData) => Promise<ActionState>;

/** The record a transfer belongs to: a processing activity (Art. 30(1)(e)) or a controller entry (Art. 30(2)(c)). */
export type TransferOwner = { field: "activityId" | "entryId"; id: string };

/** Adds one third-country transfer; cleared after it is saved. */
export function AddTransferForm({ owner, action }: { owner: TransferOwner; action: Action }) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  const e = state.errors ?? {};
  const v = state.ok ? {} : (state.values ?? {});
  return (
    <form {...formProps} aria-label="Add a transfer" className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name={owner.field} value={owner.id} />
      <div className="grid gap-3 md:grid-cols-3">
        <Field id="tr-recipient" label="Recipient" errors={e.recipient} required>
          <Input name="recipient" defaultValue={v.recipient ?? ""} />
        </Field>
        <Field id="tr-country" label="Country" errors={e.country} required hint="Two-letter ISO code, e.g. US.">
          <Input name="country" maxLength={2} className="uppercase" defaultValue={v.country ?? ""} />
        </Field>
        <Field id="tr-mechanism" label="Mechanism" errors={e.mechanism} required>
          <Select name="mechanism" defaultValue={v.mechanism ?? "scc"}>
            {Object.entries(MECHANISM_LABELS).map(([v, l]) => (
              <option key={v} value={v}>{l}</option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id="tr-safeguards" label="Safeguards" errors={e.safeguards}>
        <Textarea name="safeguards" rows={2} defaultValue={v.safeguards ?? ""} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Saving…" : "Add transfer"}</Button>
    </form>
  );
}

export function RemoveTransferButton({ owner, transferId, label, action }: { owner: TransferOwner; transferId: string; label: string; action: Action }) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps}>
      <input type="hidden" name={owner.field} value={owner.id} />
      <input type="hidden" name="transferId" value={transferId} />
      <Button type="submit" variant="ghost" disabled={pending} aria-label={`Remove transfer to ${label}`}>Remove</Button>
      {!state.ok && state.message ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{state.message}</p> : null}
    </form>
  );
}

export function ArchiveButton({ activityId, archived, action }: { activityId: string; archived: boolean; action: Action }) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="flex items-center gap-2">
      <input type="hidden" name="id" value={activityId} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      <Button type="submit" variant="secondary" disabled={pending}>{archived ? "Restore" : "Archive"}</Button>
      {state.message && !state.ok ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{state.message}</p> : null}
    </form>
  );
}
