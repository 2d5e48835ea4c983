"use client";

import { initialSourceSecretState, type SourceSecretState } from "@/app/(app)/chats/sources/schemas";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import { useShownOnce } from "@/components/ui/use-shown-once";
import { WebhookUrlReveal } from "./webhook-url-reveal";

export function CreateChatwootSourceForm({ action }: { action: (state: SourceSecretState, formData: FormData) => Promise<SourceSecretState> }) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true, initialState: initialSourceSecretState });
  const { shown, dismiss } = useShownOnce(state.ok ? state.reveal : undefined, (r) => r.token);

  const errors = state.errors ?? {};
  return (
    <div className="space-y-4">
      {shown ? <WebhookUrlReveal reveal={shown} onDone={dismiss} /> : null}
      <form {...formProps} aria-label="Connect a Chatwoot account" className="grid gap-4 md:grid-cols-[1fr_1fr_auto] md:items-start">
        <div className="md:col-span-3">{state.ok ? null : <FormMessage state={state} />}</div>
        <Field id="source-key" label="Key" required errors={errors.key} hint="Part of the webhook URL and shown on every conversation, e.g. chatwoot-eu. It cannot be changed later.">
          <Input name="key" autoComplete="off" maxLength={63} defaultValue={state.ok ? "" : state.values?.key} spellCheck={false} />
        </Field>
        <Field id="source-name" label="Name" required errors={errors.name} hint="What the DPO sees, e.g. “Chatwoot — web shop”.">
          <Input name="name" autoComplete="off" maxLength={100} defaultValue={state.ok ? "" : state.values?.name} />
        </Field>
        <Button type="submit" disabled={pending} className="md:mt-6">
          {pending ? "Creating…" : "Create source"}
        </Button>
      </form>
    </div>
  );
}
