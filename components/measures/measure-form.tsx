"use client";

import { FormMessage } from "@/components/ui/field";
import { FormDataContext, Section, SelectField, TextField } from "@/components/ui/form-controls";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";
import type { MeasureFormValues } from "@/lib/measures/form-schema";
import { KIND_LABELS, STATUS_LABELS } from "@/lib/measures/labels";
import { FormActions } from "@/components/ui/form-actions";

export function MeasureForm({
  action,
  defaults,
  measureId,
  owners,
  cancelHref,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: MeasureFormValues;
  measureId?: string;
  owners: Array<{ id: string; name: string }>;
  cancelHref: string;
}) {
  const { state, pending, formProps } = useFormAction(action);
  const values = state.values ?? defaults;
  return (
<form {...formProps} className="space-y-6">
      <FormDataContext.Provider value={{ values, errors: state.errors ?? {} }}>
        <FormMessage state={state} />
        {measureId ? <input type="hidden" name="id" value={measureId} /> : null}
        <Section title="The measure" description="Art. 32: a technical or organisational measure that keeps personal data secure.">
          <div className="md:col-span-2">
            <TextField name="name" label="Name" required />
          </div>
          <SelectField name="kind" label="Kind" options={Object.entries(KIND_LABELS)} required />
          <SelectField name="status" label="Status" options={Object.entries(STATUS_LABELS)} required />
          <div className="md:col-span-2">
            <TextField name="description" label="Description" long hint="What the measure does and where it applies." />
          </div>
          <SelectField name="ownerId" label="Owner" options={owners.map((o) => [o.id, o.name])} placeholder="No owner" />
          <TextField name="lastReviewedOn" label="Last reviewed on" type="date" hint="Leave empty if never reviewed. Reviews are due every 12 months." />
        </Section>
        <FormActions pending={pending} editing={Boolean(measureId)} createLabel="Add measure" cancelHref={cancelHref} />
      </FormDataContext.Provider>
    </form>
  );
}
