import { FilterChoice, FilterForm, FilterSearch } from "@/components/ui/filter-form";
import { ARCHIVE_LABELS } from "@/lib/inventory/labels";
import { ENTRY_SORT_LABELS, ENTRY_STATUS_LABELS } from "@/lib/processor-record/schema";

export function EntryFilters({ values }: { values: Record<string, string | undefined> }) {
  return (
    <FilterForm label="Filter entries">
      <FilterSearch title="Controller" value={values.q} />
      <FilterChoice name="status" title="Status" value={values.status ?? ""} options={ENTRY_STATUS_LABELS} all="All" />
      <FilterChoice name="archived" title="Show" value={values.archived ?? "active"} options={ARCHIVE_LABELS} />
      <FilterChoice name="sort" title="Sort" value={values.sort ?? "controller"} options={ENTRY_SORT_LABELS} />
    </FilterForm>
  );
}
