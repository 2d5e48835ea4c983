"use client";

import { FormMessage } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormDataContext, Section, SelectField, TextField } from "@/components/ui/form-controls";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";
import { PROCESSOR_MECHANISM_LABELS, RISK_LABELS } from "@/lib/processors/labels";
import type { FormValues } from "@/lib/processors/form-values";
import { CheckGroup } from "@/components/ui/check-group";

interface Options {
  activities: Array<{ id: string; name: string }>;
  dataCategories: Array<{ id: string; name: string; special: boolean }>;
}

const entries = (labels: Record<string, string>) => Object.entries(labels) as Array<[string, string]>;

// useFormAction does not reset the form after a refused submission, so what was typed and ticked stays.
export function ProcessorForm({
  action,
  defaults,
  chosen,
  processorId,
  options,
  cancelHref,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: FormValues;
  chosen: { activityIds: string[]; dataCategoryIds: string[] };
  processorId?: string;
  options: Options;
  cancelHref: string;
}) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="space-y-6" aria-label={processorId ? "Edit processor" : "New processor"}>
      <FormDataContext.Provider value={{ values: defaults, errors: state.errors ?? {} }}>
        <FormMessage state={state} />
        {processorId ? <input type="hidden" name="id" value={processorId} /> : null}

        <Section title="The processor" description="Art. 28: who processes personal data on the organisation's behalf, and what for.">
          <TextField name="name" label="Name" required />
          <TextField name="country" label="Country" required hint="Where the processor processes the data: two-letter ISO code, e.g. DE or US." />
          <div className="md:col-span-2">
            <TextField name="service" label="Service provided" long required />
          </div>
          <TextField name="contactName" label="Contact name" hint="The processor's privacy contact or DPO." />
          <TextField name="contactEmail" label="Contact email" type="email" />
        </Section>

        <Section title="Transfer outside the EEA" description="Chapter V: inside the EEA no mechanism is needed. Outside it, leaving the mechanism empty records a gap.">
          <SelectField name="transferMechanism" label="Transfer mechanism" options={entries(PROCESSOR_MECHANISM_LABELS)} placeholder="Not decided yet" />
          <TextField name="tiaDate" label="Transfer impact assessment date" type="date" hint="Required with standard contractual clauses." />
          <div className="md:col-span-2">
            <TextField name="derogation" label="Derogation relied on" long hint="Required with an Art. 49 derogation, e.g. explicit consent or performance of a contract." />
          </div>
        </Section>

        <Section title="Risk" description="How much harm a failure at this processor could do to the people whose data it holds.">
          <SelectField name="riskRating" label="Risk rating" options={entries(RISK_LABELS)} placeholder="Not rated yet" />
          <div className="md:col-span-2">
            <TextField name="riskReasoning" label="Reasoning" long hint="Required with a rating: what the processor handles and what could go wrong." />
          </div>
          <div className="md:col-span-2">
            <TextField name="notes" label="Notes" long />
          </div>
        </Section>

        <Section title="Data it receives" description="The activities of the record whose data goes to this processor, and the categories of data it receives.">
          <CheckGroup name="activityIds" legend="Processing activities" items={options.activities} chosen={chosen.activityIds} hint="No current activities in the record of processing yet." />
          <CheckGroup name="dataCategoryIds" legend="Categories of personal data" items={options.dataCategories} chosen={chosen.dataCategoryIds} hint="No data categories yet: add them under Record of processing → Categories." />
        </Section>

        <FormActions pending={pending} editing={Boolean(processorId)} createLabel="Create processor" cancelHref={cancelHref} />
      </FormDataContext.Provider>
    </form>
  );
}
