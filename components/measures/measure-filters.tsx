import { FilterChoice, FilterForm } from "@/components/ui/filter-form";
import { KIND_LABELS, REVIEW_FILTER_LABELS, SORT_LABELS, STATUS_LABELS } from "@/lib/measures/labels";

export function MeasureFilters({ values, owners }: { values: Record<string, string | undefined>; owners: Array<{ id: string; name: string }> }) {
  return (
    <FilterForm label="Filter measures">
      <FilterChoice name="kind" title="Kind" value={values.kind ?? ""} options={KIND_LABELS} all="All" />
      <FilterChoice name="status" title="Status" value={values.status ?? ""} options={STATUS_LABELS} all="All" />
      <FilterChoice name="owner" title="Owner" value={values.owner ?? ""} options={owners.map((o): [string, string] => [o.id, o.name])} all="Anyone" />
      <FilterChoice name="review" title="Review" value={values.review ?? ""} options={REVIEW_FILTER_LABELS} all="Any" />
      <FilterChoice name="sort" title="Sort" value={values.sort ?? "name"} options={SORT_LABELS} />
    </FilterForm>
  );
}
