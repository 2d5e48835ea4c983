import { FilterChoice, FilterForm, FilterSearch } from "@/components/ui/filter-form";
import { ARCHIVE_LABELS, DPIA_LABELS, LEGAL_BASIS_LABELS, SORT_LABELS } from "@/lib/inventory/labels";

export function ActivityFilters({ values }: { values: Record<string, string | undefined> }) {
  return (
    <FilterForm label="Filter activities">
      <FilterSearch title="Name" value={values.q} />
      <FilterChoice name="basis" title="Legal basis" value={values.basis ?? ""} options={LEGAL_BASIS_LABELS} all="All" />
      <FilterChoice name="dpia" title="DPIA" value={values.dpia ?? ""} options={DPIA_LABELS} all="All" />
      <FilterChoice name="special" title="Special categories" value={values.special ?? ""} options={{ yes: "Yes", no: "No" }} all="Either" />
      <FilterChoice name="archived" title="Show" value={values.archived ?? "active"} options={ARCHIVE_LABELS} />
      <FilterChoice name="sort" title="Sort" value={values.sort ?? "name"} options={SORT_LABELS} />
    </FilterForm>
  );
}
