"use client";

import { FormMessage } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FieldErrors, FormDataContext, Section, SelectField, TextField } from "@/components/ui/form-controls";
import { Checkbox } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";
import { ENTRY_STATUS_LABELS, type EntryFormValues } from "@/lib/processor-record/schema";

// useFormAction does not reset the form after a refused submission, so what was typed stays.
export function EntryForm({
  action,
  defaults,
  chosenMeasureIds,
  measures,
  entryId,
  cancelHref,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: EntryFormValues;
  chosenMeasureIds: string[];
  measures: Array<{ id: string; name: string }>;
  entryId?: string;
  cancelHref: string;
}) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="space-y-6" aria-label={entryId ? "Edit processor record entry" : "New processor record entry"}>
      <FormDataContext.Provider value={{ values: defaults, errors: state.errors ?? {} }}>
        <FormMessage state={state} />
        {entryId ? <input type="hidden" name="id" value={entryId} /> : null}
        <Section title="(a) The controller" description="The controller on whose behalf the organisation processes personal data, its representative and its data protection officer. The organisation's own details come from the settings.">
          <div className="md:col-span-2">
            <TextField name="controllerName" label="Controller" required />
          </div>
          <TextField name="controllerContact" label="Controller contact" long hint="Address, email, phone." />
          <TextField name="controllerRepresentative" label="Controller's representative (Art. 27)" long hint="Only for controllers outside the EU." />
          <TextField name="controllerDpo" label="Controller's data protection officer" long hint="Name and contact." />
          <TextField name="agreementReference" label="Agreement" hint="The processing agreement (Art. 28(3)) that holds the controller's instructions." />
        </Section>
        <Section title="(b) The processing" description="The categories of processing carried out for this controller.">
          <div className="md:col-span-2">
            <TextField name="categories" label="Categories of processing" long required />
          </div>
          <TextField name="startedOn" label="Started on" type="date" />
          <TextField name="endedOn" label="Ended on" type="date" hint="Required once the processing has ended." />
          <SelectField name="status" label="Status" options={Object.entries(ENTRY_STATUS_LABELS)} required />
        </Section>
        <Section title="(d) Security measures" description="The technical and organisational measures (Art. 32) that protect this processing, from the register. Transfers (c) are added on the entry's page.">
          <div className="space-y-2 md:col-span-2" role="group" aria-labelledby="f-measureIds-legend" aria-describedby="f-measureIds-error">
            <p id="f-measureIds-legend" className="text-sm font-medium">Security measures</p>
            {measures.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">No measures in the register yet.</p>
            ) : (
              <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                {measures.map((m) => (
                  <label key={m.id} className="flex items-center gap-2 text-sm">
                    <Checkbox name="measureIds" value={m.id} defaultChecked={chosenMeasureIds.includes(m.id)} />
                    {m.name}
                  </label>
                ))}
              </div>
            )}
            <FieldErrors name="measureIds" />
          </div>
        </Section>
        <FormActions pending={pending} editing={Boolean(entryId)} createLabel="Add entry" cancelHref={cancelHref} />
      </FormDataContext.Provider>
    </form>
  );
}
