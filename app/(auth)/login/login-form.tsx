"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import { signInAction } from "./actions";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const { state, pending, formProps } = useFormAction(signInAction);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field id="email" label="Email" errors={state.errors?.email}>
        <Input name="email" type="email" autoComplete="username" defaultValue={state.values?.email ?? ""} />
      </Field>
      <Field id="password" label="Password" errors={state.errors?.password}>
        <Input name="password" type="password" autoComplete="current-password" />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
