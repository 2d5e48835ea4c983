import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { STAFF_SORT_LABELS } from "@/lib/training/staff-schema";

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function StaffFilters({ values, teams, managers }: { values: Record<string, string | undefined>; teams: string[]; managers: Array<{ id: string; name: string }> | null }) {
  const label = "block text-xs font-medium text-slate-700 dark:text-slate-300";
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Filter staff">
      <div>
        <label htmlFor="filter-q" className={label}>Name or work email</label>
        <Input id="filter-q" name="q" type="search" defaultValue={values.q ?? ""} />
      </div>
      <div>
        <label htmlFor="filter-team" className={label}>Team</label>
        <Select id="filter-team" name="team" defaultValue={values.team ?? ""}>
          <option value="">All</option>
          {teams.map((t) => (
            <option key={t} value={t}>{t}</option>
          ))}
        </Select>
      </div>
      {managers ? (
        <div>
          <label htmlFor="filter-manager" className={label}>Manager</label>
          <Select id="filter-manager" name="manager" defaultValue={values.manager ?? ""}>
            <option value="">All</option>
            {managers.map((m) => (
              <option key={m.id} value={m.id}>{m.name}</option>
            ))}
          </Select>
        </div>
      ) : null}
      <div>
        <label htmlFor="filter-cf" className={label}>Customer-facing</label>
        <Select id="filter-cf" name="cf" defaultValue={values.cf ?? ""}>
          <option value="">All</option>
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </Select>
      </div>
      <div>
        <label htmlFor="filter-who" className={label}>Show</label>
        <Select id="filter-who" name="who" defaultValue={values.who ?? "current"}>
          <option value="current">Current staff</option>
          <option value="leavers">Leavers</option>
          <option value="all">Everyone</option>
        </Select>
      </div>
      <div>
        <label htmlFor="filter-sort" className={label}>Sort</label>
        <Select id="filter-sort" name="sort" defaultValue={values.sort ?? "name"}>
          {Object.entries(STAFF_SORT_LABELS).map(([v, l]) => (
            <option key={v} value={v}>{l}</option>
          ))}
        </Select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>Apply</button>
    </form>
  );
}
