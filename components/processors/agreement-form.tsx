"use client";

import { FormMessage } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormDataContext, Section, SelectField, TextField } from "@/components/ui/form-controls";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";
import type { FormValues } from "@/lib/processors/form-values";
import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from "@/lib/processors/labels";

/**
 * The agreement's details. The status list holds only what a form may set (lib/processors/status):
 * "signed" comes from legal's approval and "in legal review" from sending it there.
 */
export function AgreementForm({
  action,
  processorId,
  agreementId,
  defaults,
  statuses,
  cancelHref,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  processorId: string;
  agreementId?: string;
  defaults: FormValues;
  statuses: AgreementStatus[];
  cancelHref: string;
}) {
  const { state, pending, formProps } = useFormAction(action);
  const locked = statuses.length === 1 && statuses[0] === "in_legal_review";
  return (
    <form {...formProps} className="space-y-6" aria-label={agreementId ? "Edit agreement" : "New agreement"}>
      <FormDataContext.Provider value={{ values: defaults, errors: state.errors ?? {} }}>
        <FormMessage state={state} />
        <input type="hidden" name="processorId" value={processorId} />
        {agreementId ? <input type="hidden" name="agreementId" value={agreementId} /> : null}
        <Section title="The agreement" description="Upload the document and send it to legal review from the processor's page. It becomes signed only when legal approves it.">
          <div className="md:col-span-2">
            <TextField name="title" label="Title" required />
          </div>
          <SelectField
            name="status"
            label="Status"
            required
            options={statuses.map((s) => [s, AGREEMENT_STATUS_LABELS[s]])}
            hint={locked ? "In legal review: the review's decision sets the status." : "“Signed” is set by legal's approval, not here."}
          />
          <TextField name="signedOn" label="Signed on" type="date" hint="Only for an agreement that was signed." />
          <TextField name="startsOn" label="Starts on" type="date" />
          <TextField name="endsOn" label="Ends on" type="date" hint="Leave empty for an agreement that runs until terminated." />
          <TextField name="reviewBy" label="Review by" type="date" hint="When legal should look at it again, e.g. before a renewal." />
          <div className="md:col-span-2">
            <TextField name="notes" label="Notes" long />
          </div>
        </Section>
        <FormActions pending={pending} editing={Boolean(agreementId)} createLabel="Create agreement" cancelHref={cancelHref} />
      </FormDataContext.Provider>
    </form>
  );
}
