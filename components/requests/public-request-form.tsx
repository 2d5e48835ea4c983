"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";
import { LIMITS } from "@/lib/requests/limits";
import { REQUEST_TYPES, TYPE_EXPLANATIONS } from "@/lib/requests/labels";

/** The public request form: the right asked for, in plain words, and how to reach the person. */
export function PublicRequestForm({ action, formToken }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; formToken: string }) {
  const { state, pending, formProps } = useFormAction(action);
  const v = state.values ?? {};
  const typeError = state.errors?.type;
  return (
    <form {...formProps} className="space-y-6">
      <FormMessage state={state} />
      <input type="hidden" name="formToken" value={formToken} />
      <fieldset aria-describedby={typeError ? "type-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">
          What would you like us to do?<span className="text-red-700 dark:text-red-400"> *</span>
        </legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {REQUEST_TYPES.map((type) => (
            <label key={type} className="flex cursor-pointer gap-3 rounded-md border border-slate-300 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 dark:border-slate-600 dark:has-[:checked]:bg-slate-800">
              <input type="radio" name="type" value={type} defaultChecked={v.type === type} className="mt-1 accent-brand-600" />
              <span>
                <span className="block text-sm font-medium">{TYPE_EXPLANATIONS[type].title}</span>
                <span className="block text-xs text-slate-600 dark:text-slate-400">{TYPE_EXPLANATIONS[type].text}</span>
              </span>
            </label>
          ))}
        </div>
        {typeError ? (
          <p id="type-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
            {typeError.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="req-name" label="Your name" errors={state.errors?.name} required>
          <Input name="name" autoComplete="name" maxLength={LIMITS.name} defaultValue={v.name} />
        </Field>
        <Field id="req-email" label="Your e-mail address" errors={state.errors?.email} hint="We send a code here to confirm the request, and our answer." required>
          <Input name="email" type="email" autoComplete="email" maxLength={LIMITS.email} defaultValue={v.email} />
        </Field>
        <Field id="req-phone" label="Phone (optional)" errors={state.errors?.phone} hint="If you used it in our chat, it helps us find your data.">
          <Input name="phone" type="tel" autoComplete="tel" maxLength={LIMITS.phone} defaultValue={v.phone} />
        </Field>
      </div>
      <Field
        id="req-details"
        label="Tell us more (optional)"
        errors={state.errors?.details}
        hint={`For example which data is wrong and what is right, or which use of your data you object to. At most ${LIMITS.details} characters.`}
      >
        <Textarea name="details" rows={5} defaultValue={v.details} />
      </Field>
      {/* Hidden from people (and screen readers); bots that fill every field fill this one too. */}
      <div aria-hidden="true" className="absolute left-[-10000px] top-auto h-px w-px overflow-hidden">
        <label htmlFor="req-website">Website (leave empty)</label>
        <input id="req-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send request"}
      </Button>
    </form>
  );
}

/** The code from the e-mail. */
export function ConfirmCodeForm({ action, confirmationId }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; confirmationId: string }) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={confirmationId} />
      <Field id="confirm-code" label="Confirmation code" errors={state.errors?.code} hint="The 6 digits from the e-mail we sent you." required>
        <Input name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={12} className="max-w-40 font-mono text-lg tracking-widest" />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Confirming…" : "Confirm request"}
      </Button>
    </form>
  );
}
