"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

export function CompletionForm({ action, staffId, courses, today }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; staffId: string; courses: Array<{ id: string; title: string }>; today: string }) {
  // Cleared once a completion is recorded; after an error the fields keep what was typed.
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.errors ?? {};
  return (
    <form {...formProps} className="space-y-3" aria-label="Record a completion">
      <FormMessage state={state} />
      <input type="hidden" name="staffId" value={staffId} />
      <div className="grid gap-3 md:grid-cols-2">
        <Field id="c-courseId" label="Course" errors={e.courseId} required>
          <Select name="courseId" defaultValue={v.courseId ?? ""}>
            <option value="">Choose a course</option>
            {courses.map((c) => (
              <option key={c.id} value={c.id}>{c.title}</option>
            ))}
          </Select>
        </Field>
        <Field id="c-completedOn" label="Completed on" errors={e.completedOn} required>
          <Input name="completedOn" type="date" max={today} defaultValue={v.completedOn ?? today} />
        </Field>
        <Field id="c-score" label="Score (0–100)" errors={e.score}>
          <Input name="score" type="number" min={0} max={100} defaultValue={v.score ?? ""} />
        </Field>
        <Field id="c-certificate" label="Certificate" hint="PDF, PNG or JPEG, at most 5 MB." errors={e.certificate}>
          <Input name="certificate" type="file" accept="application/pdf,image/png,image/jpeg" />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Record completion"}
      </Button>
    </form>
  );
}
