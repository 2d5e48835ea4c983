import { Button, ButtonLink } from "./button";

/** The submit and cancel buttons under a create/edit form. */
export function FormActions({ pending, editing, createLabel, cancelHref }: { pending: boolean; editing: boolean; createLabel: string; cancelHref: string }) {
  return (
    <div className="flex gap-3">
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : editing ? "Save changes" : createLabel}
      </Button>
      <ButtonLink href={cancelHref} variant="secondary">
        Cancel
      </ButtonLink>
    </div>
  );
}
