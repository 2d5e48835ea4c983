"use client";

import { useState, type FormEvent } from "react";
import { initialSourceSecretState, type SourceSecretState } from "@/app/(app)/chats/sources/schemas";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import { useShownOnce } from "@/components/ui/use-shown-once";
import type { ActionState } from "@/lib/forms";
import { WebhookUrlReveal } from "./webhook-url-reveal";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** The source actions, passed down from the sources page. */
export interface SourceActions {
  rename: Action;
  rotateToken: (state: SourceSecretState, formData: FormData) => Promise<SourceSecretState>;
  setSigningSecret: Action;
}

interface SourceProps {
  id: string;
  keyName: string;
  name: string;
  kind: "api" | "chatwoot" | "import";
  signatureCheck: boolean;
  actions: SourceActions;
}

/** The DPO's controls for one source: rename it; for a Chatwoot source, rotate its token and set Chatwoot's signing secret. */
export function SourceSettings(source: SourceProps) {
  return (
    <details className="group text-sm">
      <summary className="cursor-pointer font-medium text-brand-700 dark:text-sky-300">Manage “{source.name}”</summary>
      <div className="mt-3 space-y-5 rounded-md border border-slate-200 p-3 dark:border-slate-700">
        <RenameForm {...source} />
        {source.kind === "chatwoot" ? (
          <>
            <RotateTokenForm {...source} />
            <SigningSecretForm {...source} />
          </>
        ) : null}
      </div>
    </details>
  );
}

function RenameForm({ id, name, keyName, actions }: SourceProps) {
  const { state, pending, formProps } = useFormAction(actions.rename);
  return (
    <form {...formProps} aria-label={`Rename ${name}`} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="sourceId" value={id} />
      <Field id={`rename-${keyName}`} label="Name" errors={state.errors?.name}>
        <Input name="name" defaultValue={state.values?.name ?? name} maxLength={100} className="w-64" />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Rename"}
      </Button>
      {state.errors ? null : <FormMessage state={state} />}
    </form>
  );
}

/** Rotating breaks the URL Chatwoot uses now, so it takes a second, explicit click. */
function RotateTokenForm({ id, name, keyName, actions }: SourceProps) {
  const { state, pending, formProps } = useFormAction(actions.rotateToken, { initialState: initialSourceSecretState });
  const [confirming, setConfirming] = useState(false);
  const { shown, dismiss } = useShownOnce(state.ok ? state.reveal : undefined, (r) => r.token);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    formProps.onSubmit(event);
    setConfirming(false);
  }

  return (
    <div className="space-y-2">
      <p className="font-medium">Webhook token</p>
      {shown ? <WebhookUrlReveal reveal={shown} onDone={dismiss} /> : null}
      {confirming ? (
        <form {...formProps} onSubmit={onSubmit} aria-label={`Rotate the token of ${name}`} className="space-y-2">
          <input type="hidden" name="sourceId" value={id} />
          <input type="hidden" name="name" value={name} />
          <p role="status">
            Rotate the token of “{name}”? The URL Chatwoot uses now is refused from the next request on, until you paste the new one.
          </p>
          <div className="flex gap-2">
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? "Rotating…" : "Yes, rotate"}
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)} aria-label={`Rotate the token of ${name}`} data-source={keyName}>
          Rotate token
        </Button>
      )}
      {shown ? null : <FormMessage state={state} />}
    </div>
  );
}

function SigningSecretForm({ id, name, keyName, signatureCheck, actions }: SourceProps) {
  const { state, pending, formProps } = useFormAction(actions.setSigningSecret, { resetOnSuccess: true });
  return (
    <form {...formProps} aria-label={`Signature check of ${name}`} className="space-y-2">
      <input type="hidden" name="sourceId" value={id} />
      <p className="font-medium">Signature check (HMAC) — {signatureCheck ? "on" : "off"}</p>
      <p className="text-slate-600 dark:text-slate-400">
        Chatwoot (since 2026) shows a secret for each webhook and signs every request with it. Paste it here and DPO Desk also accepts
        requests that carry a valid signature, so the URL may be used without its token.
      </p>
      <div className="flex flex-wrap items-end gap-2">
        <Field id={`signing-${keyName}`} label="Chatwoot's webhook secret" errors={state.errors?.signingSecret}>
          <Input name="signingSecret" type="password" autoComplete="off" className="w-72" />
        </Field>
        <Button type="submit" name="intent" value="set" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : signatureCheck ? "Replace secret" : "Store secret"}
        </Button>
        {signatureCheck ? (
          <Button type="submit" name="intent" value="remove" variant="ghost" disabled={pending}>
            Turn off
          </Button>
        ) : null}
      </div>
      {state.errors ? null : <FormMessage state={state} />}
    </form>
  );
}
