import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { ARCHIVE_LABELS } from "@/lib/inventory/labels";
import { ENTRY_SORT_LABELS, ENTRY_STATUS_LABELS } from "@/app/(app)/inventory/processor-record/schema";

const label = "block text-xs font-medium text-slate-700 dark:text-slate-300";

function Choice({ id, name, title, value, options, all }: { id: string; name: string; title: string; value: string; options: Record<string, string>; all?: string }) {
  return (
    <div>
      <label htmlFor={id} className={label}>{title}</label>
      <Select id={id} name={name} defaultValue={value}>
        {all !== undefined ? <option value="">{all}</option> : null}
        {Object.entries(options).map(([v, l]) => (
          <option key={v} value={v}>{l}</option>
        ))}
      </Select>
    </div>
  );
}

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function EntryFilters({ values }: { values: Record<string, string | undefined> }) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Filter entries">
      <div>
        <label htmlFor="filter-q" className={label}>Controller</label>
        <Input id="filter-q" name="q" type="search" defaultValue={values.q ?? ""} />
      </div>
      <Choice id="filter-status" name="status" title="Status" value={values.status ?? ""} options={ENTRY_STATUS_LABELS} all="All" />
      <Choice id="filter-archived" name="archived" title="Show" value={values.archived ?? "active"} options={ARCHIVE_LABELS} />
      <Choice id="filter-sort" name="sort" title="Sort" value={values.sort ?? "controller"} options={ENTRY_SORT_LABELS} />
      <button type="submit" className={buttonClass("secondary")}>Apply</button>
    </form>
  );
}
