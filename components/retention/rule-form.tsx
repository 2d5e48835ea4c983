"use client";

import { Field, FormMessage } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormDataContext, Section, SelectField, TextField } from "@/components/ui/form-controls";
import { Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";
import { ACTION_DESCRIPTIONS, ACTION_LABELS, SPECIAL_CATEGORY_LABELS } from "@/lib/retention/labels";
import { KEEP_DAYS_MAX, RETENTION_ACTIONS, SPECIAL_CATEGORY_CHOICES } from "@/lib/retention/rule-schema";

export interface RuleFormValues {
  name: string;
  sourceId: string;
  category: string;
  specialCategory: string;
  keepDays: string;
  action: string;
  activityId: string;
}

export const EMPTY_RULE: RuleFormValues = { name: "", sourceId: "", category: "", specialCategory: "any", keepDays: "", action: "delete", activityId: "" };

/** Creates a rule, or edits one when `ruleId` is given: the page passes the matching action. */
export function RuleForm({
  action,
  defaults,
  ruleId,
  sources,
  activities,
  categories,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: RuleFormValues;
  ruleId?: string;
  sources: Array<{ id: string; name: string; key: string }>;
  activities: Array<{ id: string; name: string }>;
  categories: string[];
}) {
  const { state, pending, formProps } = useFormAction(action);
  const values = state.values ?? (defaults as unknown as Record<string, string>);
  const errors = state.errors ?? {};
  return (
    <form {...formProps} className="space-y-6" aria-label={ruleId ? "Edit retention rule" : "Add retention rule"}>
      <FormDataContext.Provider value={{ values, errors }}>
        <FormMessage state={state} />
        {ruleId ? <input type="hidden" name="id" value={ruleId} /> : null}
        <Section title="Which conversations" description="Leave a criterion at “any” to cover every value. The more criteria a rule sets, the more specific it is.">
          <div className="md:col-span-2">
            <TextField name="name" label="Rule name" required hint="Unique, e.g. “Website chats — 12 months”." />
          </div>
          <SelectField name="sourceId" label="Source" options={sources.map((s) => [s.id, `${s.name} (${s.key})`])} placeholder="Any source" />
          <Field id="f-category" label="Category" errors={errors.category} hint="As the chat platform sends it; not case-sensitive. Empty: any category.">
            <Input name="category" list="retention-categories" defaultValue={values.category ?? ""} autoComplete="off" />
          </Field>
          <datalist id="retention-categories">
            {categories.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <div className="md:col-span-2">
            <SelectField name="specialCategory" label="Special-category data (Art. 9)" options={SPECIAL_CATEGORY_CHOICES.map((c) => [c, SPECIAL_CATEGORY_LABELS[c]])} />
          </div>
        </Section>
        <Section title="How long, and then what" description="Counted from when the conversation ended (else its last message, else its start).">
          <Field id="f-keepDays" label="Keep for (days)" required errors={errors.keepDays} hint={`0–${KEEP_DAYS_MAX}. 365 is a year; 0 means due as soon as the conversation ends.`}>
            <Input name="keepDays" inputMode="numeric" defaultValue={values.keepDays ?? ""} />
          </Field>
          <SelectField
            name="action"
            label="Then"
            options={RETENTION_ACTIONS.map((a) => [a, ACTION_LABELS[a]])}
            required
            hint={`Delete: ${ACTION_DESCRIPTIONS.delete}. Anonymise: ${ACTION_DESCRIPTIONS.anonymise}.`}
          />
          <div className="md:col-span-2">
            <SelectField
              name="activityId"
              label="Processing activity in the record"
              options={activities.map((a) => [a.id, a.name])}
              placeholder="None"
              hint="The Art. 30(1)(f) time limit this rule enforces; optional."
            />
          </div>
        </Section>
        <FormActions pending={pending} editing={Boolean(ruleId)} createLabel="Add rule" cancelHref="/retention#rules" />
      </FormDataContext.Provider>
    </form>
  );
}
