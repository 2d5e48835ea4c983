import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";

const SORT_LABELS = { last_seen: "Last seen", conversations: "Most conversations", created: "Newest first" } as const;

/** A plain GET form: the search lives in the URL. */
export function SubjectFilters({ values }: { values: Record<string, string | undefined> }) {
  const label = "block text-xs font-medium text-slate-700 dark:text-slate-300";
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Find data subjects">
      <div className="min-w-64">
        <label htmlFor="subject-q" className={label}>Identifier</label>
        <Input id="subject-q" name="q" type="search" placeholder="Email, phone or visitor id" defaultValue={values.q ?? ""} />
      </div>
      <div>
        <label htmlFor="subject-hold" className={label}>Legal hold</label>
        <Select id="subject-hold" name="hold" defaultValue={values.hold ?? ""}>
          <option value="">Either</option>
          <option value="yes">On hold</option>
          <option value="no">Not on hold</option>
        </Select>
      </div>
      <div>
        <label htmlFor="subject-sort" className={label}>Sort by</label>
        <Select id="subject-sort" name="sort" defaultValue={values.sort ?? "last_seen"}>
          {Object.entries(SORT_LABELS).map(([v, l]) => (
            <option key={v} value={v}>{l}</option>
          ))}
        </Select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>Search</button>
    </form>
  );
}
