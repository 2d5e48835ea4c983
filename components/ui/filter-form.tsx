import Link from "next/link";
import { cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";

const labelClass = "block text-xs font-medium text-slate-700 dark:text-slate-300";

/**
 * A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared, and it
 * works before any script has loaded. `clearHref` adds a link back to the unfiltered list. A caller whose
 * page is reached by client-side navigation with other filters (a "Clear" link, the pager) keys the form on
 * its values, so the uncontrolled fields start again from them.
 */
export function FilterForm({ label, children, submitLabel = "Apply", clearHref }: { label: string; children: ReactNode; submitLabel?: string; clearHref?: string }) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label={label}>
      {children}
      <button type="submit" className={buttonClass("secondary")}>{submitLabel}</button>
      {clearHref ? (
        <Link href={clearHref} className={buttonClass("ghost")}>
          Clear
        </Link>
      ) : null}
    </form>
  );
}

/**
 * One labelled filter control; the control's id must be `filter-<name>`. A filter the page refused shows
 * its `errors` under the control, linked to it for screen readers.
 */
export function FilterField({ name, title, className, errors, children }: { name: string; title: string; className?: string; errors?: string[]; children: ReactNode }) {
  const errorId = errors?.length ? `filter-${name}-error` : undefined;
  const control =
    errorId && isValidElement(children) ? cloneElement(children as ReactElement<Record<string, unknown>>, { "aria-describedby": errorId, "aria-invalid": true }) : children;
  return (
    <div className={className}>
      <label htmlFor={`filter-${name}`} className={labelClass}>{title}</label>
      {control}
      {errorId ? (
        <p id={errorId} className="mt-1 text-xs text-red-700 dark:text-red-400">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The free-text search box, sent as `q`. */
export function FilterSearch({ title, value, placeholder, className }: { title: string; value: string | undefined; placeholder?: string; className?: string }) {
  return (
    <FilterField name="q" title={title} className={className}>
      <Input id="filter-q" name="q" type="search" placeholder={placeholder} defaultValue={value ?? ""} />
    </FilterField>
  );
}

/**
 * A select filter; `all` adds a first empty option meaning "no filter". Options are a label map, or pairs
 * when they come from the data (pairs keep their order even when a value looks like a number).
 */
export function FilterChoice({
  name,
  title,
  value,
  options,
  all,
  errors,
}: {
  name: string;
  title: string;
  value: string;
  options: Record<string, string> | Array<[string, string]>;
  all?: string;
  errors?: string[];
}) {
  const pairs = Array.isArray(options) ? options : Object.entries(options);
  return (
    <FilterField name={name} title={title} errors={errors}>
      <Select id={`filter-${name}`} name={name} defaultValue={value}>
        {all !== undefined ? <option value="">{all}</option> : null}
        {pairs.map(([v, l]) => (
          <option key={v} value={v}>{l}</option>
        ))}
      </Select>
    </FilterField>
  );
}
