import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";

const labelClass = "block text-xs font-medium text-slate-700 dark:text-slate-300";

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function FilterForm({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label={label}>
      {children}
      <button type="submit" className={buttonClass("secondary")}>Apply</button>
    </form>
  );
}

/** One labelled filter control; the control's id must be `filter-<name>`. */
export function FilterField({ name, title, className, children }: { name: string; title: string; className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={`filter-${name}`} className={labelClass}>{title}</label>
      {children}
    </div>
  );
}

/** The free-text search box, sent as `q`. */
export function FilterSearch({ title, value }: { title: string; value: string | undefined }) {
  return (
    <FilterField name="q" title={title}>
      <Input id="filter-q" name="q" type="search" defaultValue={value ?? ""} />
    </FilterField>
  );
}

/** A select filter; `all` adds a first empty option meaning "no filter". */
export function FilterChoice({ name, title, value, options, all }: { name: string; title: string; value: string; options: Record<string, string>; all?: string }) {
  return (
    <FilterField name={name} title={title}>
      <Select id={`filter-${name}`} name={name} defaultValue={value}>
        {all !== undefined ? <option value="">{all}</option> : null}
        {Object.entries(options).map(([v, l]) => (
          <option key={v} value={v}>{l}</option>
        ))}
      </Select>
    </FilterField>
  );
}
