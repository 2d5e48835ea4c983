"use client";

import type { CreateApiKeyState } from "@/app/(app)/settings/api-keys/actions";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Checkbox, Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import { useShownOnce } from "@/components/ui/use-shown-once";
import { API_KEY_SCOPE_LABELS, API_KEY_SCOPES } from "@/lib/api-keys/scopes";
import { NewApiKey } from "./new-api-key";

const initial: CreateApiKeyState = { ok: false, message: "" };

export function CreateApiKeyForm({ action }: { action: (state: CreateApiKeyState, formData: FormData) => Promise<CreateApiKeyState> }) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true, initialState: initial });
  const { shown, dismiss } = useShownOnce(state.ok ? state.created : undefined, (c) => c.key);

  const errors = state.errors ?? {};
  return (
    <div className="space-y-4">
      {shown ? <NewApiKey created={shown} onDone={dismiss} /> : null}
      <form {...formProps} aria-label="Create API key" className="space-y-4">
        {state.ok ? null : <FormMessage state={state} />}
        <Field id="api-key-name" label="Name" required errors={errors.name} hint="What will use the key, e.g. “Website chat widget”.">
          <Input name="name" autoComplete="off" maxLength={100} defaultValue={state.ok ? "" : state.values?.name} />
        </Field>
        <fieldset aria-describedby={errors.scopes?.length ? "api-key-scopes-error" : undefined} className="space-y-2">
          <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">
            Scopes<span className="text-red-700 dark:text-red-400"> *</span>
          </legend>
          {API_KEY_SCOPES.map((scope) => (
            <label key={scope} className="flex items-start gap-2 text-sm">
              <Checkbox name="scopes" value={scope} className="mt-0.5" defaultChecked={scope === "chats:write"} />
              <span>
                <span className="font-medium">{API_KEY_SCOPE_LABELS[scope].label}</span> <code className="text-xs">{scope}</code>
                <span className="block text-xs text-slate-600 dark:text-slate-400">{API_KEY_SCOPE_LABELS[scope].description}</span>
              </span>
            </label>
          ))}
          {errors.scopes?.length ? (
            <p id="api-key-scopes-error" className="text-sm text-red-700 dark:text-red-400">
              {errors.scopes.join(" ")}
            </p>
          ) : null}
        </fieldset>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create key"}
        </Button>
      </form>
    </div>
  );
}
