import { buttonClass } from "@/components/ui/button";
import { Checkbox, Select } from "@/components/ui/input";
import { SORT_LABELS, STATUS_LABELS, TYPE_SHORT } from "@/lib/requests/labels";

/** A plain GET form: filters live in the URL, so a filtered queue can be bookmarked and shared. */
export function RequestFilters({ values, assignees }: { values: Record<string, string | undefined>; assignees: Array<{ id: string; name: string }> }) {
  const label = "block text-xs font-medium text-slate-700 dark:text-slate-300";
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Filter requests">
      <div>
        <label htmlFor="filter-type" className={label}>Type</label>
        <Select id="filter-type" name="type" defaultValue={values.type ?? ""}>
          <option value="">All</option>
          {Object.entries(TYPE_SHORT).map(([v, l]) => (
            <option key={v} value={v}>{l}</option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="filter-status" className={label}>Status</label>
        <Select id="filter-status" name="status" defaultValue={values.status ?? ""}>
          <option value="">All</option>
          <option value="open">Open (not closed)</option>
          {Object.entries(STATUS_LABELS).map(([v, l]) => (
            <option key={v} value={v}>{l}</option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="filter-assignee" className={label}>Assignee</label>
        <Select id="filter-assignee" name="assignee" defaultValue={values.assignee ?? ""}>
          <option value="">Anyone</option>
          <option value="none">Unassigned</option>
          {assignees.map((a) => (
            <option key={a.id} value={a.id}>{a.name}</option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="filter-sort" className={label}>Sort</label>
        <Select id="filter-sort" name="sort" defaultValue={values.sort ?? "due_asc"}>
          {Object.entries(SORT_LABELS).map(([v, l]) => (
            <option key={v} value={v}>{l}</option>
          ))}
        </Select>
      </div>
      <label className="flex items-center gap-2 pb-2 text-sm">
        <Checkbox name="overdue" value="1" defaultChecked={values.overdue === "1"} />
        Overdue only
      </label>
      <button type="submit" className={buttonClass("secondary")}>Apply</button>
    </form>
  );
}
