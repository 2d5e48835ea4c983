"use client";

import { FormMessage } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { CheckField, FieldErrors, FormDataContext, Section, SelectField, TextField } from "@/components/ui/form-controls";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";
import { CHANNEL_LABELS, STAFF_CHANNELS, TYPE_LABELS } from "@/lib/requests/labels";

/** Recording a request that arrived by e-mail, phone, letter or in the chat, possibly some days ago. */
export function RequestForm({
  action,
  defaults,
  assignees,
  timeZone,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: Record<string, string>;
  assignees: Array<{ id: string; name: string }>;
  timeZone: string;
}) {
  const { state, pending, formProps } = useFormAction(action);
  const values = state.values ?? defaults;
  return (
    <form {...formProps} className="space-y-6">
      <FormDataContext.Provider value={{ values, errors: state.errors ?? {} }}>
        <FormMessage state={state} />
        <Section title="The request" description="The one-month clock starts on the day the request was received, even if it is recorded later.">
          <SelectField name="type" label="Type of request" options={Object.entries(TYPE_LABELS)} required />
          <SelectField name="channel" label="How it arrived" options={STAFF_CHANNELS.map((c) => [c, CHANNEL_LABELS[c]])} required />
          <TextField name="receivedAt" label="Received at" type="datetime-local" required hint={`Time in ${timeZone}.`} />
          <SelectField name="assigneeId" label="Assignee" options={assignees.map((a) => [a.id, a.name])} placeholder="Nobody yet" />
          <div className="md:col-span-2">
            <TextField name="details" label="What the person asked for" long hint="In their words, or a short summary. Kept with the request only." />
          </div>
        </Section>
        <Section title="The person" description="As they gave it. A code to check identity will only ever go to an address already in the data held.">
          <TextField name="name" label="Name" />
          <TextField name="email" label="E-mail" type="email" />
          <TextField name="phone" label="Phone" type="tel" />
          <div className="space-y-1 md:col-span-2">
            <CheckField name="acknowledge" label="E-mail an acknowledgement with the reference and the due date" />
            <FieldErrors name="acknowledge" />
          </div>
        </Section>
        <FormActions pending={pending} editing={false} createLabel="Record request" cancelHref="/requests" />
      </FormDataContext.Provider>
    </form>
  );
}
