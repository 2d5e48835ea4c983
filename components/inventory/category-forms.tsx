"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Checkbox, Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";
import type { CategoryKind } from "@/lib/inventory/form-schema";

type Action = (s: ActionState, f: FormData) => Promise<ActionState>;

/** Adds a category (no id) or renames one (with id); data categories carry the Art. 9 flag. */
export function CategoryForm({
  kind,
  action,
  category,
}: {
  kind: CategoryKind;
  action: Action;
  category?: { id: string; name: string; description: string; special: boolean };
}) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: !category });
  const e = state.errors ?? {};
  const prefix = `${kind}-${category?.id ?? "new"}`;
  const what = kind === "data" ? "data category" : "category of people";
  return (
    <form {...formProps} aria-label={category ? `Edit ${category.name}` : `Add a ${what}`} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="kind" value={kind} />
      {category ? <input type="hidden" name="id" value={category.id} /> : null}
      <Field id={`${prefix}-name`} label={category ? "Name" : `New ${what}`} errors={e.name} required>
        <Input name="name" defaultValue={category?.name} />
      </Field>
      <Field id={`${prefix}-description`} label="Description" errors={e.description}>
        <Input name="description" defaultValue={category?.description} />
      </Field>
      {kind === "data" ? (
        <label className="flex items-center gap-2 pb-2 text-sm">
          <Checkbox name="special" defaultChecked={category?.special} />
          Special category (Art. 9)
        </label>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Saving…" : category ? "Save" : "Add"}</Button>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function DeleteCategoryButton({ kind, id, name, action }: { kind: CategoryKind; id: string; name: string; action: Action }) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="space-y-1">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="ghost" disabled={pending} aria-label={`Delete ${name}`}>Delete</Button>
      <FormMessage state={state} />
    </form>
  );
}
