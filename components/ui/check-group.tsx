"use client";

import { FieldErrors } from "@/components/ui/form-controls";
import { Checkbox } from "@/components/ui/input";

/** A group of checkboxes for a multi-select; the ticked ids are sent under one repeated name. */
export function CheckGroup({ name, legend, items, chosen, hint }: { name: string; legend: string; items: Array<{ id: string; name: string; special?: boolean }>; chosen: string[]; hint: string }) {
  return (
    <div className="space-y-2 md:col-span-2" role="group" aria-labelledby={`f-${name}-legend`} aria-describedby={`f-${name}-error`}>
      <p id={`f-${name}-legend`} className="text-sm font-medium">{legend}</p>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{hint}</p>
      ) : (
        <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((item) => (
            <label key={item.id} className="flex items-center gap-2 text-sm">
              <Checkbox name={name} value={item.id} defaultChecked={chosen.includes(item.id)} />
              {item.name}
              {item.special ? <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-300">special</span> : null}
            </label>
          ))}
        </div>
      )}
      <FieldErrors name={name} />
    </div>
  );
}
