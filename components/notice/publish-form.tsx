"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

/** Publishes exactly the previewed notice: its hash goes with the request and the server checks it. */
export function PublishForm({ action, contentHash, upToDate }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; contentHash: string; upToDate: boolean }) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="space-y-3" aria-label="Publish the notice">
      <input type="hidden" name="contentHash" value={contentHash} />
      <FormMessage state={state} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Publishing…" : "Publish"}
        </Button>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {upToDate ? "The published version already says exactly this; publishing again creates no new version." : "Publishes the preview below as a new version on the public page."}
        </p>
      </div>
    </form>
  );
}
