"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

/** Uploads a new version of the agreement's PDF; the form clears once it is stored. */
export function AgreementFileForm({ processorId, agreementId, title, action }: { processorId: string; agreementId: string; title: string; action: (s: ActionState, f: FormData) => Promise<ActionState> }) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  return (
    <form {...formProps} aria-label={`Upload a version of ${title}`} className="space-y-2">
      <input type="hidden" name="processorId" value={processorId} />
      <input type="hidden" name="agreementId" value={agreementId} />
      <div className="flex flex-wrap items-end gap-3">
        <Field id={`file-${agreementId}`} label="New version (PDF)" hint="PDF only, at most 5 MB. Earlier versions are kept." errors={state.errors?.file}>
          <Input name="file" type="file" accept="application/pdf,.pdf" />
        </Field>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Uploading…" : "Upload"}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
