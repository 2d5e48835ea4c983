"use client";

import { FormMessage } from "@/components/ui/field";
import type { BreachFormValues } from "@/lib/breaches/form-values";
import {
  DECISION_LABELS,
  EXCEPTION_LABELS,
  RISK_LABELS,
  STATUS_LABELS,
  SUBJECT_COMM_LABELS,
} from "@/lib/breaches/labels";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";
import { CheckField, FieldErrors, FormDataContext, Section, SelectField, TextField } from "@/components/ui/form-controls";
import { FormActions } from "@/components/ui/form-actions";

const entries = <K extends string>(labels: Record<K, string>) => Object.entries(labels) as Array<[string, string]>;

export function BreachForm({
  action,
  defaults,
  breachId,
  owners,
  timeZone,
  cancelHref,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: BreachFormValues;
  breachId?: string;
  owners: Array<{ id: string; name: string }>;
  timeZone: string;
  cancelHref: string;
}) {
  const { state, pending, formProps } = useFormAction(action);
  const values = state.values ?? defaults;
  const tzHint = `Time in ${timeZone}.`;
  return (
    <form {...formProps} className="space-y-6">
      <FormDataContext.Provider value={{ values, errors: state.errors ?? {} }}>
        <FormMessage state={state} />
        {breachId ? <input type="hidden" name="id" value={breachId} /> : null}

        <Section title="What happened">
          <div className="md:col-span-2">
            <TextField name="title" label="Title" required />
          </div>
          <TextField name="awareAt" label="Became aware at" type="datetime-local" required hint={`The 72-hour clock starts here. ${tzHint}`} />
          <SelectField name="status" label="Status" options={entries(STATUS_LABELS)} required />
          <TextField name="occurredFrom" label="Happened from" type="datetime-local" hint="Leave empty if not known." />
          <TextField name="occurredTo" label="Happened until" type="datetime-local" hint="Leave empty if not known or still going on." />
          <TextField name="discovery" label="How it was discovered" long />
          <TextField name="description" label="Description of the breach" long />
          <SelectField name="ownerId" label="Owner" options={owners.map((o) => [o.id, o.name])} placeholder="No owner" />
        </Section>

        <Section title="Nature and scope" description="Art. 33(3)(a): the nature of the breach, the categories and approximate numbers of people and records.">
          <div className="space-y-2 md:col-span-2" role="group" aria-label="Nature of the breach" aria-describedby="f-nature-error">
            <p className="text-sm font-medium">Nature of the breach</p>
            <div className="flex flex-wrap gap-6">
              <CheckField name="natureConfidentiality" label="Confidentiality (disclosed or accessed)" />
              <CheckField name="natureIntegrity" label="Integrity (altered)" />
              <CheckField name="natureAvailability" label="Availability (lost or destroyed)" />
            </div>
            <FieldErrors name="nature" />
          </div>
          <TextField name="subjectCategories" label="Categories of people concerned" long />
          <TextField name="subjectsApprox" label="Approximate number of people" type="number" />
          <TextField name="recordCategories" label="Categories of personal data records" long />
          <TextField name="recordsApprox" label="Approximate number of records" type="number" />
          <div className="md:col-span-2">
            <CheckField name="specialCategories" label="Special categories of data are involved (Art. 9: health, religion, ethnicity…)" />
          </div>
          <div className="md:col-span-2">
            <TextField name="specialCategoriesDetail" label="Which special categories" long />
          </div>
        </Section>

        <Section title="Consequences and measures" description="Art. 33(3)(c) and (d).">
          <TextField name="likelyConsequences" label="Likely consequences" long />
          <TextField name="measuresTaken" label="Measures taken" long />
          <TextField name="measuresProposed" label="Measures proposed" long />
        </Section>

        <Section title="Risk assessment" description="Whether the breach is likely to result in a risk (notify the authority) or a high risk (also tell the people) to their rights and freedoms.">
          <SelectField name="risk" label="Risk to people" options={entries(RISK_LABELS)} required />
          <TextField name="riskReasoning" label="Reasoning" long />
        </Section>

        <Section title="Supervisory authority" description="Art. 33(1): without undue delay and, where feasible, within 72 hours of becoming aware. Later information may follow in phases (Art. 33(4)).">
          <SelectField name="notifyDecision" label="Decision" options={entries(DECISION_LABELS)} required />
          <TextField name="notNotifiedJustification" label="Why it is not notified" long hint="Required when not notified (Art. 33(5))." />
          <TextField name="authorityName" label="Authority" />
          <TextField name="authorityNotifiedAt" label="Notified at" type="datetime-local" hint={tzHint} />
          <TextField name="authorityReference" label="Authority's reference" />
          <TextField name="delayReason" label="Reasons for the delay" long hint="Required when notified more than 72 hours after becoming aware." />
        </Section>

        <Section title="Telling the people concerned" description="Art. 34: when the risk is high, people are told without undue delay unless an exception applies.">
          <SelectField name="subjectCommStatus" label="Communication to people" options={entries(SUBJECT_COMM_LABELS)} required />
          <TextField name="subjectCommAt" label="Told at" type="datetime-local" hint={tzHint} />
          <TextField name="subjectCommChannel" label="How they were told" />
          <TextField name="subjectCommCount" label="Number of people told" type="number" />
          <SelectField name="subjectCommException" label="Exception (Art. 34(3))" options={entries(EXCEPTION_LABELS)} placeholder="None" />
          <TextField name="subjectCommExceptionDetail" label="Public communication used instead" long />
        </Section>

        <FormActions pending={pending} editing={Boolean(breachId)} createLabel="Record breach" cancelHref={cancelHref} />
      </FormDataContext.Provider>
    </form>
  );
}
