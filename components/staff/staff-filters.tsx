import { FilterChoice, FilterForm, FilterSearch } from "@/components/ui/filter-form";
import { STAFF_SORT_LABELS } from "@/lib/training/staff-schema";

export function StaffFilters({ values, teams, managers }: { values: Record<string, string | undefined>; teams: string[]; managers: Array<{ id: string; name: string }> | null }) {
  return (
    <FilterForm label="Filter staff">
      <FilterSearch title="Name or work email" value={values.q} />
      <FilterChoice name="team" title="Team" value={values.team ?? ""} options={teams.map((t): [string, string] => [t, t])} all="All" />
      {managers ? <FilterChoice name="manager" title="Manager" value={values.manager ?? ""} options={managers.map((m): [string, string] => [m.id, m.name])} all="All" /> : null}
      <FilterChoice name="cf" title="Customer-facing" value={values.cf ?? ""} options={{ yes: "Yes", no: "No" }} all="All" />
      <FilterChoice name="who" title="Show" value={values.who ?? "current"} options={{ current: "Current staff", leavers: "Leavers", all: "Everyone" }} />
      <FilterChoice name="sort" title="Sort" value={values.sort ?? "name"} options={STAFF_SORT_LABELS} />
    </FilterForm>
  );
}
