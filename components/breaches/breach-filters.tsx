import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { RISK_LABELS, STATUS_LABELS } from "@/lib/breaches/labels";

const SORT_LABELS = {
  aware_desc: "Newest first",
  aware_asc: "Oldest first",
  title: "Title",
  status: "Status",
  risk: "Highest risk first",
} as const;

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function BreachFilters({ values }: { values: Record<string, string | undefined> }) {
  const label = "block text-xs font-medium text-slate-700 dark:text-slate-300";
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Filter breaches">
      <div>
        <label htmlFor="filter-status" className={label}>Status</label>
        <Select id="filter-status" name="status" defaultValue={values.status ?? ""}>
          <option value="">All</option>
          {Object.entries(STATUS_LABELS).map(([v, l]) => (
            <option key={v} value={v}>{l}</option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="filter-risk" className={label}>Risk</label>
        <Select id="filter-risk" name="risk" defaultValue={values.risk ?? ""}>
          <option value="">All</option>
          {Object.entries(RISK_LABELS).map(([v, l]) => (
            <option key={v} value={v}>{l}</option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="filter-from" className={label}>Aware from</label>
        <Input id="filter-from" name="from" type="date" defaultValue={values.from ?? ""} />
      </div>
      <div>
        <label htmlFor="filter-to" className={label}>Aware until</label>
        <Input id="filter-to" name="to" type="date" defaultValue={values.to ?? ""} />
      </div>
      <div>
        <label htmlFor="filter-sort" className={label}>Sort</label>
        <Select id="filter-sort" name="sort" defaultValue={values.sort ?? "aware_desc"}>
          {Object.entries(SORT_LABELS).map(([v, l]) => (
            <option key={v} value={v}>{l}</option>
          ))}
        </Select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>Apply</button>
    </form>
  );
}
