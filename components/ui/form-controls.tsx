"use client";

import { createContext, useContext, type ReactNode } from "react";
import { Field } from "@/components/ui/field";
import { Checkbox, Input, Select, Textarea } from "@/components/ui/input";

// The values and errors of the form being shown, so each control needs only its name.
export const FormDataContext = createContext<{ values: Record<string, string>; errors: Record<string, string[] | undefined> }>({
  values: {},
  errors: {},
});

function useFieldState(name: string) {
  const { values, errors } = useContext(FormDataContext);
  return { value: values[name] ?? "", errors: errors[name] };
}

export function TextField({ name, label, hint, required, long, type = "text" }: { name: string; label: string; hint?: ReactNode; required?: boolean; long?: boolean; type?: string }) {
  const { value, errors } = useFieldState(name);
  return (
    <Field id={`f-${name}`} label={label} hint={hint} errors={errors} required={required}>
      {long ? <Textarea name={name} defaultValue={value} rows={3} /> : <Input name={name} type={type} defaultValue={value} />}
    </Field>
  );
}

export function SelectField({ name, label, hint, options, required, placeholder }: { name: string; label: string; hint?: ReactNode; options: Array<[string, string]>; required?: boolean; placeholder?: string }) {
  const { value, errors } = useFieldState(name);
  return (
    <Field id={`f-${name}`} label={label} hint={hint} errors={errors} required={required}>
      <Select name={name} defaultValue={value}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function CheckField({ name, label }: { name: string; label: string }) {
  const { value } = useFieldState(name);
  return (
    <label className="flex items-center gap-2 text-sm">
      <Checkbox name={name} defaultChecked={value === "on"} />
      {label}
    </label>
  );
}

export function FieldErrors({ name }: { name: string }) {
  const { errors } = useFieldState(name);
  if (!errors?.length) return null;
  return (
    <p id={`f-${name}-error`} className="text-sm text-red-700 dark:text-red-400">
      {errors.join(" ")}
    </p>
  );
}

export function Section({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <legend className="px-1 text-base font-semibold">{title}</legend>
      {description ? <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">{description}</p> : null}
      <div className="grid gap-4 md:grid-cols-2">{children}</div>
    </fieldset>
  );
}
