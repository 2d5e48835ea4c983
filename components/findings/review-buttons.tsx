"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** The two review actions, passed down from the page. */
export type ReviewActions = { mask: Action; dismiss: Action };

/**
 * The DPO's two answers to an open finding: mask it (irreversible) or dismiss it as not personal data.
 * `what` names the finding for screen readers, since a list holds many identical buttons.
 */
export function ReviewButtons({ findingId, what, actions }: { findingId: number; what: string; actions: ReviewActions }) {
  const mask = useFormAction(actions.mask);
  const dismiss = useFormAction(actions.dismiss);
  const pending = mask.pending || dismiss.pending;
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        <form {...mask.formProps}>
          <input type="hidden" name="findingId" value={findingId} />
          <Button type="submit" variant="danger" className="px-2 py-1 text-xs" disabled={pending}>
            {mask.pending ? "Masking…" : "Mask"}
            <span className="sr-only"> {what}</span>
          </Button>
        </form>
        <form {...dismiss.formProps}>
          <input type="hidden" name="findingId" value={findingId} />
          <Button type="submit" variant="secondary" className="px-2 py-1 text-xs" disabled={pending}>
            {dismiss.pending ? "Dismissing…" : "Dismiss"}
            <span className="sr-only"> {what} as not personal data</span>
          </Button>
        </form>
      </div>
      <FormMessage state={mask.state.message ? mask.state : dismiss.state} />
    </div>
  );
}
