import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { CONVERSATION_SORT_LABELS, NO_CATEGORY } from "@/lib/chats/list-params";

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function ConversationFilters({
  values,
  sources,
  categories,
}: {
  values: Record<string, string | undefined>;
  sources: Array<{ key: string; name: string }>;
  categories: string[];
}) {
  const label = "block text-xs font-medium text-slate-700 dark:text-slate-300";
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Filter conversations">
      <div className="min-w-56">
        <label htmlFor="filter-q" className={label}>Visitor identifier</label>
        <Input id="filter-q" name="q" type="search" placeholder="Email, phone or visitor id" defaultValue={values.q ?? ""} />
      </div>
      <div>
        <label htmlFor="filter-source" className={label}>Source</label>
        <Select id="filter-source" name="source" defaultValue={values.source ?? ""}>
          <option value="">All</option>
          {sources.map((s) => (
            <option key={s.key} value={s.key}>{s.name}</option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="filter-from" className={label}>Started from</label>
        <Input id="filter-from" name="from" type="date" defaultValue={values.from ?? ""} />
      </div>
      <div>
        <label htmlFor="filter-to" className={label}>Started until</label>
        <Input id="filter-to" name="to" type="date" defaultValue={values.to ?? ""} />
      </div>
      <div>
        <label htmlFor="filter-category" className={label}>Category</label>
        <Select id="filter-category" name="category" defaultValue={values.category ?? ""}>
          <option value="">All</option>
          {categories.map((c) => (
            <option key={c} value={c}>{c}</option>
          ))}
          <option value={NO_CATEGORY}>No category</option>
        </Select>
      </div>
      <div>
        <label htmlFor="filter-special" className={label}>Special-category data</label>
        <Select id="filter-special" name="special" defaultValue={values.special ?? ""}>
          <option value="">Either</option>
          <option value="yes">Contains</option>
          <option value="no">Does not contain</option>
        </Select>
      </div>
      <div>
        <label htmlFor="filter-hold" className={label}>Legal hold</label>
        <Select id="filter-hold" name="hold" defaultValue={values.hold ?? ""}>
          <option value="">Either</option>
          <option value="yes">On hold</option>
          <option value="no">Not on hold</option>
        </Select>
      </div>
      <div>
        <label htmlFor="filter-retention" className={label}>Retention</label>
        <Select id="filter-retention" name="retention" defaultValue={values.retention ?? ""}>
          <option value="">Any</option>
          <option value="past">Past retention</option>
          <option value="none">Covered by no rule</option>
        </Select>
      </div>
      <div>
        <label htmlFor="filter-sort" className={label}>Sort by</label>
        <Select id="filter-sort" name="sort" defaultValue={values.sort ?? "started"}>
          {Object.entries(CONVERSATION_SORT_LABELS).map(([v, l]) => (
            <option key={v} value={v}>{l}</option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="filter-dir" className={label}>Order</label>
        <Select id="filter-dir" name="dir" defaultValue={values.dir ?? "desc"}>
          <option value="desc">Descending</option>
          <option value="asc">Ascending</option>
        </Select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>Apply</button>
    </form>
  );
}
