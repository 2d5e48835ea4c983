"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/forms";
import { PROCESSOR_MECHANISM_LABELS, type ProcessorMechanism } from "@/lib/processors/labels";
import { ActionButton } from "./action-button";

type Action = (s: ActionState, f: FormData) => Promise<ActionState>;

export interface SubProcessorRow {
  id: string;
  name: string;
  service: string;
  country: string;
  transferMechanism: ProcessorMechanism | null;
  addedOn: string;
}

const cell = "space-y-1";
const small = "text-xs font-medium text-slate-700 dark:text-slate-300";

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? <p id={id} className="text-xs text-red-700 dark:text-red-400">{errors.join(" ")}</p> : null;
}

/**
 * One sub-processor as a row of inputs: edited in place and saved with its own button. A new one is the
 * same row without an id, cleared once it is added.
 */
export function SubProcessorForm({ processorId, row, today, action }: { processorId: string; row?: SubProcessorRow; today: string; action: Action }) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: !row });
  const e = state.errors ?? {};
  const key = row?.id ?? "new";
  const field = (name: string) => ({ id: `sp-${key}-${name}`, "aria-invalid": e[name]?.length ? true : undefined, "aria-describedby": e[name]?.length ? `sp-${key}-${name}-error` : undefined });
  const what = row ? `sub-processor ${row.name}` : "new sub-processor";
  return (
    <form {...formProps} aria-label={row ? `Edit sub-processor ${row.name}` : "Add a sub-processor"} className="space-y-2 border-b border-slate-100 py-3 last:border-0 dark:border-slate-800">
      <input type="hidden" name="processorId" value={processorId} />
      {row ? <input type="hidden" name="id" value={row.id} /> : null}
      <div className="grid items-start gap-2 md:grid-cols-[1.2fr_1.4fr_5rem_1.6fr_9rem_auto]">
        <div className={cell}>
          <label htmlFor={`sp-${key}-name`} className={small}>Name<span className="sr-only"> of {what}</span></label>
          <Input name="name" defaultValue={row?.name} {...field("name")} />
          <Errors id={`sp-${key}-name-error`} errors={e.name} />
        </div>
        <div className={cell}>
          <label htmlFor={`sp-${key}-service`} className={small}>Service<span className="sr-only"> of {what}</span></label>
          <Input name="service" defaultValue={row?.service} {...field("service")} />
          <Errors id={`sp-${key}-service-error`} errors={e.service} />
        </div>
        <div className={cell}>
          <label htmlFor={`sp-${key}-country`} className={small}>Country<span className="sr-only"> of {what}</span></label>
          <Input name="country" defaultValue={row?.country} maxLength={2} className="uppercase" {...field("country")} />
          <Errors id={`sp-${key}-country-error`} errors={e.country} />
        </div>
        <div className={cell}>
          <label htmlFor={`sp-${key}-transferMechanism`} className={small}>Transfer mechanism<span className="sr-only"> of {what}</span></label>
          <Select name="transferMechanism" defaultValue={row?.transferMechanism ?? ""} {...field("transferMechanism")}>
            <option value="">Not decided yet</option>
            {Object.entries(PROCESSOR_MECHANISM_LABELS).map(([v, l]) => (
              <option key={v} value={v}>{l}</option>
            ))}
          </Select>
          <Errors id={`sp-${key}-transferMechanism-error`} errors={e.transferMechanism} />
        </div>
        <div className={cell}>
          <label htmlFor={`sp-${key}-addedOn`} className={small}>Added on<span className="sr-only"> ({what})</span></label>
          <Input name="addedOn" type="date" max={today} defaultValue={row?.addedOn ?? today} {...field("addedOn")} />
          <Errors id={`sp-${key}-addedOn-error`} errors={e.addedOn} />
        </div>
        <div className="pt-5">
          <Button type="submit" variant="secondary" disabled={pending} aria-label={row ? `Save sub-processor ${row.name}` : undefined}>
            {pending ? "Saving…" : row ? "Save" : "Add sub-processor"}
          </Button>
        </div>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

export function RemoveSubProcessorButton({ processorId, row, action }: { processorId: string; row: SubProcessorRow; action: Action }) {
  return <ActionButton action={action} fields={{ processorId, subProcessorId: row.id }} label="Remove" variant="ghost" ariaLabel={`Remove sub-processor ${row.name}`} />;
}
