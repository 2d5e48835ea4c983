import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { AGREEMENT_STATUS_LABELS, PROCESSOR_ARCHIVE_LABELS, PROCESSOR_SORT_LABELS, RISK_LABELS } from "@/lib/processors/labels";

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
export function ProcessorFilters({ values }: { values: Record<string, string | undefined> }) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Filter processors">
      <div>
        <label htmlFor="filter-q" className={label}>Name or service</label>
        <Input id="filter-q" name="q" type="search" defaultValue={values.q ?? ""} />
      </div>
      <div className="w-24">
        <label htmlFor="filter-country" className={label}>Country</label>
        <Input id="filter-country" name="country" defaultValue={values.country ?? ""} maxLength={2} className="uppercase" placeholder="Any" />
      </div>
      <Choice id="filter-eea" name="eea" title="EEA" value={values.eea ?? ""} options={{ in: "In the EEA", out: "Outside the EEA" }} all="Anywhere" />
      <Choice id="filter-status" name="status" title="Agreement" value={values.status ?? ""} options={AGREEMENT_STATUS_LABELS} all="Any status" />
      <Choice id="filter-risk" name="risk" title="Risk" value={values.risk ?? ""} options={{ ...RISK_LABELS, unrated: "Not rated" }} all="Any" />
      <Choice id="filter-archived" name="archived" title="Show" value={values.archived ?? "active"} options={PROCESSOR_ARCHIVE_LABELS} />
      <Choice id="filter-sort" name="sort" title="Sort" value={values.sort ?? "name"} options={PROCESSOR_SORT_LABELS} />
      <button type="submit" className={buttonClass("secondary")}>Apply</button>
    </form>
  );
}
