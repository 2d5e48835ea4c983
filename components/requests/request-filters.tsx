import { FilterChoice, FilterForm } from "@/components/ui/filter-form";
import { Checkbox } from "@/components/ui/input";
import { SORT_LABELS, STATUS_LABELS, TYPE_SHORT } from "@/lib/requests/labels";

export function RequestFilters({ values, assignees }: { values: Record<string, string | undefined>; assignees: Array<{ id: string; name: string }> }) {
  return (
    <FilterForm label="Filter requests">
      <FilterChoice name="type" title="Type" value={values.type ?? ""} options={TYPE_SHORT} all="All" />
      <FilterChoice name="status" title="Status" value={values.status ?? ""} options={[["open", "Open (not closed)"], ...Object.entries(STATUS_LABELS)]} all="All" />
      <FilterChoice name="assignee" title="Assignee" value={values.assignee ?? ""} options={[["none", "Unassigned"], ...assignees.map((a): [string, string] => [a.id, a.name])]} all="Anyone" />
      <FilterChoice name="sort" title="Sort" value={values.sort ?? "due_asc"} options={SORT_LABELS} />
      <label className="flex items-center gap-2 pb-2 text-sm">
        <Checkbox name="overdue" value="1" defaultChecked={values.overdue === "1"} />
        Overdue only
      </label>
    </FilterForm>
  );
}
