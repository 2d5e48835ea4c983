import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { KIND_LABELS, REVIEW_FILTER_LABELS, SORT_LABELS, STATUS_LABELS } from "@/lib/measures/labels";

const label = "block text-xs font-medium text-slate-700 dark:text-slate-300";

function Choice({ id, name, text, value, options, all = "All" }: { id: string; name: string; text: string; value?: string; options: Array<[string, string]>; all?: string | null }) {
  return (
    <div>
      <label htmlFor={id} className={label}>{text}</label>
      <Select id={id} name={name} defaultValue={value ?? ""}>
        {all !== null ? <option value="">{all}</option> : null}
        {options.map(([v, l]) => (
          <option key={v} value={v}>{l}</option>
        ))}
      </Select>
    </div>
  );
}

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function MeasureFilters({ values, owners }: { values: Record<string, string | undefined>; owners: Array<{ id: string; name: string }> }) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Filter measures">
      <Choice id="filter-kind" name="kind" text="Kind" value={values.kind} options={Object.entries(KIND_LABELS)} />
      <Choice id="filter-status" name="status" text="Status" value={values.status} options={Object.entries(STATUS_LABELS)} />
      <Choice id="filter-owner" name="owner" text="Owner" value={values.owner} options={owners.map((o) => [o.id, o.name])} all="Anyone" />
      <Choice id="filter-review" name="review" text="Review" value={values.review} options={Object.entries(REVIEW_FILTER_LABELS)} all="Any" />
      <Choice id="filter-sort" name="sort" text="Sort" value={values.sort ?? "name"} options={Object.entries(SORT_LABELS)} all={null} />
      <button type="submit" className={buttonClass("secondary")}>Apply</button>
    </form>
  );
}
