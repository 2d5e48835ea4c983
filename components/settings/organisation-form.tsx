"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";
import type { OrganisationSettings } from "@/lib/organisation/details";

export function OrganisationForm({
  action,
  values,
  countries,
  timeZones,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  values: OrganisationSettings;
  countries: Array<{ code: string; name: string }>;
  timeZones: readonly string[];
}) {
  const { state, pending, formProps } = useFormAction(action);
  const errors = state.errors ?? {};
  return (
    <form {...formProps} className="max-w-3xl space-y-6">
      <FormMessage state={state} />
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">Controller</legend>
        <Field id="controllerName" label="Controller name" required errors={errors.controllerName} hint="The legal name of the company responsible for the data.">
          <Input name="controllerName" defaultValue={values.controllerName} autoComplete="organization" />
        </Field>
        <Field id="address" label="Address" errors={errors.address}>
          <Textarea name="address" defaultValue={values.address} rows={2} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="contactEmail" label="Contact email" errors={errors.contactEmail}>
            <Input name="contactEmail" type="email" defaultValue={values.contactEmail} />
          </Field>
          <Field id="contactPhone" label="Contact phone" errors={errors.contactPhone}>
            <Input name="contactPhone" type="tel" defaultValue={values.contactPhone} />
          </Field>
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">Data Protection Officer</legend>
        <Field id="dpoName" label="DPO name" errors={errors.dpoName}>
          <Input name="dpoName" defaultValue={values.dpoName} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="dpoEmail" label="DPO email" errors={errors.dpoEmail}>
            <Input name="dpoEmail" type="email" defaultValue={values.dpoEmail} />
          </Field>
          <Field id="dpoPhone" label="DPO phone" errors={errors.dpoPhone}>
            <Input name="dpoPhone" type="tel" defaultValue={values.dpoPhone} />
          </Field>
        </div>
        <Field
          id="representative"
          label="EU representative"
          errors={errors.representative}
          hint="Only for controllers established outside the EU (Art. 27): name and contact details."
        >
          <Textarea name="representative" defaultValue={values.representative} rows={2} />
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">Location</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="country" label="Country" required errors={errors.country}>
            <Select name="country" defaultValue={values.country}>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name} ({c.code})
                </option>
              ))}
            </Select>
          </Field>
          <Field id="timeZone" label="Time zone" required errors={errors.timeZone} hint="An IANA name such as Europe/Stockholm. Deadlines are counted and shown in it.">
            <Input name="timeZone" defaultValue={values.timeZone} list="time-zone-options" autoComplete="off" spellCheck={false} />
          </Field>
          <datalist id="time-zone-options">
            {timeZones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </div>
      </fieldset>

      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
