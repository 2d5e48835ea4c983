"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

type Action = (s: ActionState, f: FormData) => Promise<ActionState>;

/** Records a sub-processor change notice received from the processor (Art. 28(2)); cleared once saved. */
export function NoticeForm({ processorId, today, action }: { processorId: string; today: string; action: Action }) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  const e = state.errors ?? {};
  return (
    <form {...formProps} aria-label="Record a sub-processor notice" className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="processorId" value={processorId} />
      <div className="grid gap-3 md:grid-cols-2">
        <Field id="notice-receivedOn" label="Received on" errors={e.receivedOn} required>
          <Input name="receivedOn" type="date" max={today} defaultValue={today} />
        </Field>
        <Field id="notice-objectionDeadline" label="Objection deadline" errors={e.objectionDeadline} required hint="The last day to object, as the notice or the agreement sets it.">
          <Input name="objectionDeadline" type="date" />
        </Field>
      </div>
      <Field id="notice-description" label="Change announced" errors={e.description} required hint="Which sub-processor is added or replaced, for what, and in which country.">
        <Textarea name="description" rows={2} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Saving…" : "Record notice"}</Button>
    </form>
  );
}

/** Legal's answer to a pending notice: no objection, or an objection with its grounds. */
export function NoticeDecisionForm({ processorId, noticeId, action }: { processorId: string; noticeId: string; action: Action }) {
  const { state, pending, formProps } = useFormAction(action);
  const e = state.errors ?? {};
  return (
    <form {...formProps} aria-label="Decide on the notice" className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="processorId" value={processorId} />
      <input type="hidden" name="noticeId" value={noticeId} />
      <div className="grid gap-3 md:grid-cols-[14rem_1fr]">
        <Field id={`decision-${noticeId}`} label="Decision" errors={e.decision} required>
          <Select name="decision" defaultValue="">
            <option value="" disabled>Choose…</option>
            <option value="no_objection">No objection</option>
            <option value="objected">Object</option>
          </Select>
        </Field>
        <Field id={`note-${noticeId}`} label="Note" errors={e.note} hint="Required for an objection: its grounds, as sent to the processor.">
          <Textarea name="note" rows={2} />
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Saving…" : "Record decision"}</Button>
    </form>
  );
}
