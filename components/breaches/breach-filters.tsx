import { FilterChoice, FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input } from "@/components/ui/input";
import { RISK_LABELS, STATUS_LABELS } from "@/lib/breaches/labels";

const SORT_LABELS = {
  aware_desc: "Newest first",
  aware_asc: "Oldest first",
  title: "Title",
  status: "Status",
  risk: "Highest risk first",
} as const;

export function BreachFilters({ values }: { values: Record<string, string | undefined> }) {
  return (
    <FilterForm label="Filter breaches">
      <FilterChoice name="status" title="Status" value={values.status ?? ""} options={STATUS_LABELS} all="All" />
      <FilterChoice name="risk" title="Risk" value={values.risk ?? ""} options={RISK_LABELS} all="All" />
      <FilterField name="from" title="Aware from">
        <Input id="filter-from" name="from" type="date" defaultValue={values.from ?? ""} />
      </FilterField>
      <FilterField name="to" title="Aware until">
        <Input id="filter-to" name="to" type="date" defaultValue={values.to ?? ""} />
      </FilterField>
      <FilterChoice name="sort" title="Sort" value={values.sort ?? "aware_desc"} options={SORT_LABELS} />
    </FilterForm>
  );
}
