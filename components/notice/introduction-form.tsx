"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";
import { INTRODUCTION_MAX } from "@/lib/notice/form-schema";

export function IntroductionForm({ action, introduction }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; introduction: string }) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} aria-label="Edit the introduction" className="space-y-3">
      <FormMessage state={state} />
      <Field
        id="notice-introduction"
        label="Introduction"
        hint={`Shown above the generated sections, in your own words (at most ${INTRODUCTION_MAX} characters). Plain text: line breaks are kept.`}
        errors={state.errors?.introduction}
      >
        <Textarea name="introduction" rows={5} defaultValue={state.values?.introduction ?? introduction} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Save introduction"}
      </Button>
    </form>
  );
}
