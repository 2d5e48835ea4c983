"use client";

import { Button, ButtonLink } from "@/components/ui/button";
import { CheckGroup } from "@/components/ui/check-group";
import { FormMessage } from "@/components/ui/field";
import { CheckField, FormDataContext, Section, SelectField, TextField } from "@/components/ui/form-controls";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";
import type { ActivityFormChoices, ActivityFormValues } from "@/lib/inventory/form-values";
import { ART9_LABELS, DPIA_LABELS, LEGAL_BASIS_LABELS, labelEntries } from "@/lib/inventory/labels";

interface Options {
  dataCategories: Array<{ id: string; name: string; special: boolean }>;
  subjectCategories: Array<{ id: string; name: string }>;
  measures: Array<{ id: string; name: string }>;
}

// useFormAction does not reset the form after a refused submission, so ticked boxes stay ticked.
export function ActivityForm({
  action,
  defaults,
  choices,
  activityId,
  owners,
  options,
  cancelHref,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: ActivityFormValues;
  choices: ActivityFormChoices;
  activityId?: string;
  owners: Array<{ id: string; name: string }>;
  options: Options;
  cancelHref: string;
}) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="space-y-6" aria-label={activityId ? "Edit processing activity" : "New processing activity"}>
      <FormDataContext.Provider value={{ values: defaults, errors: state.errors ?? {} }}>
        <FormMessage state={state} />
        {activityId ? <input type="hidden" name="id" value={activityId} /> : null}

        <Section title="The activity" description="Art. 30(1)(b): what the processing is for. The controller and DPO come from the organisation settings.">
          <div className="md:col-span-2">
            <TextField name="name" label="Name" required />
          </div>
          <div className="md:col-span-2">
            <TextField name="purposes" label="Purposes" long required />
          </div>
          <SelectField name="ownerId" label="Owner" options={owners.map((o) => [o.id, o.name])} placeholder="No owner" />
          <SelectField name="dpiaStatus" label="DPIA status" options={labelEntries(DPIA_LABELS)} required hint="Art. 35: whether a data protection impact assessment is needed, and how far it got." />
        </Section>

        <Section title="Lawfulness" description="Art. 6(1) legal basis, and the Art. 9(2) condition when special categories are processed.">
          <SelectField name="legalBasis" label="Legal basis" options={labelEntries(LEGAL_BASIS_LABELS)} placeholder="Not decided yet" />
          <SelectField name="art9Condition" label="Art. 9 condition" options={labelEntries(ART9_LABELS)} placeholder="None (no special categories)" />
          <div className="md:col-span-2">
            <TextField name="legitimateInterest" label="Legitimate interest" long hint="Required for legitimate interests (Art. 6(1)(f)): the interest pursued." />
          </div>
        </Section>

        <Section title="People and data" description="Art. 30(1)(c): categories of data subjects and of personal data, from the managed lists.">
          <CheckGroup name="subjectCategoryIds" legend="Categories of people" items={options.subjectCategories} chosen={choices.subjectCategoryIds} hint="No categories yet: add them under Categories." />
          <CheckGroup name="dataCategoryIds" legend="Categories of personal data" items={options.dataCategories} chosen={choices.dataCategoryIds} hint="No categories yet: add them under Categories." />
          <TextField name="source" label="Source of the data" long />
          <TextField name="systems" label="Systems used" long />
        </Section>

        <Section title="Recipients, retention and security" description="Art. 30(1)(d), (f) and (g). Third-country transfers are added on the activity's page.">
          <div className="md:col-span-2">
            <TextField name="recipients" label="Categories of recipients" long />
          </div>
          <div className="space-y-2 md:col-span-2">
            <CheckField name="coversChat" label="Covers live chat data (retention set by the chat retention rules)" />
            <TextField name="retention" label="Retention" long hint="Time limits for erasure of each data category. When the activity covers chat data, the chat retention rules govern it." />
          </div>
          <CheckGroup name="measureIds" legend="Security measures" items={options.measures} chosen={choices.measureIds} hint="No measures in the register yet." />
        </Section>

        <div className="flex gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : activityId ? "Save changes" : "Create activity"}
          </Button>
          <ButtonLink href={cancelHref} variant="secondary">Cancel</ButtonLink>
        </div>
      </FormDataContext.Provider>
    </form>
  );
}
