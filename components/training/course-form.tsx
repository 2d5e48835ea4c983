"use client";

import { useState } from "react";
import { CheckField, FieldErrors, FormDataContext, Section, TextField } from "@/components/ui/form-controls";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Checkbox, Select, Textarea } from "@/components/ui/input";
import type { ActionState } from "@/lib/forms";
import { AUDIENCE_LABELS, type CourseAudience } from "@/lib/training/course-schema";

export interface CourseFormDefaults {
  values: Record<string, string>;
  audience: CourseAudience;
  teams: string[];
  jobTitles: string[];
}

function NamePicker({ name, legend, options, chosen, otherLabel }: { name: string; legend: string; options: string[]; chosen: string[]; otherLabel: string }) {
  const picked = new Set(chosen.map((c) => c.toLowerCase()));
  return (
    <fieldset className="space-y-2 md:col-span-2" aria-describedby={`f-${name}-error`}>
      <legend className="text-sm font-medium">{legend}</legend>
      {options.length ? (
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {options.map((o) => (
            <label key={o} className="flex items-center gap-2 text-sm">
              <Checkbox name={name} value={o} defaultChecked={picked.has(o.toLowerCase())} />
              {o}
            </label>
          ))}
        </div>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">None in the staff directory yet: type them below.</p>
      )}
      <Field id={`f-${name}Other`} label={otherLabel} hint="One per line, or separated by commas.">
        <Textarea name={`${name}Other`} rows={2} />
      </Field>
      <FieldErrors name={name} />
    </fieldset>
  );
}

/** Add or edit a course. The form keeps what was typed when the server answers with errors. */
export function CourseForm({
  action,
  defaults,
  courseId,
  teamOptions,
  jobTitleOptions,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: CourseFormDefaults;
  courseId?: string;
  teamOptions: string[];
  jobTitleOptions: string[];
}) {
  const { state, pending, formProps } = useFormAction(action);
  const [audience, setAudience] = useState<CourseAudience>(defaults.audience);
  const errors = state.errors ?? {};
  // Names the course already uses are offered even when nobody in the directory has them now.
  const merge = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort((x, y) => x.localeCompare(y));
  return (
    <form {...formProps} className="space-y-6">
      <FormDataContext.Provider value={{ values: defaults.values, errors }}>
        <FormMessage state={state} />
        {courseId ? <input type="hidden" name="id" value={courseId} /> : null}
        <Section title="The course">
          <div className="md:col-span-2">
            <TextField name="title" label="Title" required />
          </div>
          <div className="md:col-span-2">
            <TextField name="description" label="Description" long />
          </div>
          <TextField name="durationMinutes" label="Length (minutes)" type="number" required />
          <TextField name="dueWithinDays" label="Days to complete it" type="number" required hint="For a new starter, or someone newly in the audience." />
          <TextField name="validityMonths" label="Valid for (months)" type="number" hint="A refresher is due this long after each person's own completion." />
          <div className="self-end pb-2">
            <CheckField name="neverExpires" label="Never expires" />
          </div>
          <div className="md:col-span-2">
            <CheckField name="active" label="Active (counts in the figures and the reminders)" />
          </div>
        </Section>
        <Section title="Who must take it" description="Changing the audience gives the people newly in it the days to complete it from today.">
          <Field id="f-audience" label="Audience" required errors={errors.audience}>
            <Select name="audience" value={audience} onChange={(e) => setAudience(e.target.value as CourseAudience)}>
              {Object.entries(AUDIENCE_LABELS).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </Select>
          </Field>
          {audience === "teams" ? (
            <NamePicker name="audienceTeams" legend="Teams" options={merge(teamOptions, defaults.teams)} chosen={defaults.teams} otherLabel="Other teams" />
          ) : null}
          {audience === "job_titles" ? (
            <NamePicker name="audienceJobTitles" legend="Job titles" options={merge(jobTitleOptions, defaults.jobTitles)} chosen={defaults.jobTitles} otherLabel="Other job titles" />
          ) : null}
        </Section>
        <div className="flex gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : courseId ? "Save changes" : "Add course"}
          </Button>
          <ButtonLink href="/training" variant="secondary">
            Cancel
          </ButtonLink>
        </div>
      </FormDataContext.Provider>
    </form>
  );
}
