"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";
import { ANSWER_LABELS, answerField, CHECKLIST_ITEMS, CHECKLIST_LABELS, ITEMS_ADDED_LATER, noteField, referenceField, SELECTABLE_ANSWERS, type Checklist, type ChecklistItem, type ReviewAnswer } from "@/lib/processors/review";

const errorText = "text-sm text-red-700 dark:text-red-400";

function ItemFields({ item, entry, errors, canAcceptRisk }: { item: ChecklistItem; entry: Checklist[ChecklistItem]; errors: Record<string, string[] | undefined>; canAcceptRisk: boolean }) {
  const answerErrors = errors[answerField(item)];
  const id = `item-${item}`;
  // An answer already given stays on offer so saving does not drop it (an old "not applicable", or a risk the
  // DPO accepted when legal saves); a new accepted risk is offered only to a role that may accept one.
  const answers: ReviewAnswer[] = SELECTABLE_ANSWERS.filter((a) => a !== "risk_accepted" || canAcceptRisk || entry.answer === a);
  if (entry.answer && !answers.includes(entry.answer)) answers.push(entry.answer);
  return (
    <fieldset className="rounded-md border border-slate-200 p-3 dark:border-slate-700" aria-describedby={answerErrors?.length ? `${id}-error` : undefined} data-testid={id}>
      <legend className="px-1 text-sm font-semibold">{CHECKLIST_LABELS[item]}</legend>
      <div className="flex flex-wrap gap-4">
        {answers.map((answer) => (
          <label key={answer} className="flex items-center gap-2 text-sm">
            <input type="radio" name={answerField(item)} value={answer} defaultChecked={entry.answer === answer} className="h-4 w-4 accent-brand-600" />
            {ANSWER_LABELS[answer]}
          </label>
        ))}
      </div>
      {ITEMS_ADDED_LATER.includes(item) && entry.answer === null ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">New in the checklist: reviews decided before it was added simply lack it.</p>
      ) : null}
      {answerErrors?.length ? <p id={`${id}-error`} className={errorText}>{answerErrors.join(" ")}</p> : null}
      <div className="mt-2 grid gap-3 md:grid-cols-[12rem_1fr]">
        <Field id={`${id}-ref`} label="Clause" errors={errors[referenceField(item)]}>
          <Input name={referenceField(item)} defaultValue={entry.clauseReference} />
        </Field>
        <Field id={`${id}-note`} label="Note" hint="With an accepted risk: the reasons, and who for the controller decided." errors={errors[noteField(item)]}>
          <Textarea name={noteField(item)} rows={1} defaultValue={entry.note} />
        </Field>
      </div>
    </fieldset>
  );
}

/**
 * The Art. 28(3) and (4) checklist. Three buttons: save the work so far, approve (every item present or accepted
 * as a risk: the agreement becomes signed) or send back with a summary (the agreement returns to draft).
 */
export function ReviewForm({
  ids,
  checklist,
  signedOn,
  today,
  canAcceptRisk,
  action,
}: {
  ids: { processorId: string; agreementId: string; reviewId: string };
  checklist: Checklist;
  signedOn: string | null;
  today: string;
  canAcceptRisk: boolean;
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
}) {
  const { state, pending, formProps } = useFormAction(action);
  const e = state.errors ?? {};
  return (
    <form {...formProps} aria-label="Legal review checklist" className="space-y-4">
      <FormMessage state={state} />
      {e.step?.length ? <p role="alert" className={errorText}>{e.step.join(" ")}</p> : null}
      {Object.entries(ids).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Every term below is mandatory (Art. 28(3) and (4)): say where the agreement has it (its clause, e.g. § 4.2). A term the vendor refuses is
        missing: send the agreement back, or the DPO may accept the risk with reasons, and the agreement then stays on the gaps page.
      </p>
      <div className="space-y-3">
        {CHECKLIST_ITEMS.map((item) => (
          <ItemFields key={item} item={item} entry={checklist[item]} errors={e} canAcceptRisk={canAcceptRisk} />
        ))}
      </div>
      <div className="grid gap-3 md:grid-cols-[12rem_1fr]">
        <Field id="review-signedOn" label="Signed on" hint="Needed to approve: the date on the signed document." errors={e.signedOn}>
          <Input name="signedOn" type="date" max={today} defaultValue={signedOn ?? ""} />
        </Field>
        <Field id="review-summary" label="Summary" hint="Needed to send back: what must change. With an approval, any reservations." errors={e.summary}>
          <Textarea name="summary" rows={3} />
        </Field>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="step" value="approve" disabled={pending}>Approve</Button>
        <Button type="submit" name="step" value="send_back" variant="danger" disabled={pending}>Send back</Button>
        <Button type="submit" name="step" value="save" variant="secondary" disabled={pending}>{pending ? "Saving…" : "Save progress"}</Button>
      </div>
    </form>
  );
}
