import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { ARCHIVE_LABELS, DPIA_LABELS, LEGAL_BASIS_LABELS, SORT_LABELS } from "@/lib/inventory/labels";

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
export function ActivityFilters({ values }: { values: Record<string, string | undefined> }) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Filter activities">
      <div>
        <label htmlFor="filter-q" className={label}>Name</label>
        <Input id="filter-q" name="q" type="search" defaultValue={values.q ?? ""} />
      </div>
      <Choice id="filter-basis" name="basis" title="Legal basis" value={values.basis ?? ""} options={LEGAL_BASIS_LABELS} all="All" />
      <Choice id="filter-dpia" name="dpia" title="DPIA" value={values.dpia ?? ""} options={DPIA_LABELS} all="All" />
      <Choice id="filter-special" name="special" title="Special categories" value={values.special ?? ""} options={{ yes: "Yes", no: "No" }} all="Either" />
      <Choice id="filter-archived" name="archived" title="Show" value={values.archived ?? "active"} options={ARCHIVE_LABELS} />
      <Choice id="filter-sort" name="sort" title="Sort" value={values.sort ?? "name"} options={SORT_LABELS} />
      <button type="submit" className={buttonClass("secondary")}>Apply</button>
    </form>
  );
}
