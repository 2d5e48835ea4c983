import { FilterChoice, FilterField, FilterForm, FilterSearch } from "@/components/ui/filter-form";
import { Input } from "@/components/ui/input";
import { AGREEMENT_STATUS_LABELS, PROCESSOR_ARCHIVE_LABELS, PROCESSOR_SORT_LABELS, RISK_LABELS } from "@/lib/processors/labels";

export function ProcessorFilters({ values }: { values: Record<string, string | undefined> }) {
  return (
    <FilterForm label="Filter processors">
      <FilterSearch title="Name or service" value={values.q} />
      <FilterField name="country" title="Country" className="w-24">
        <Input id="filter-country" name="country" defaultValue={values.country ?? ""} maxLength={2} className="uppercase" placeholder="Any" />
      </FilterField>
      <FilterChoice name="eea" title="EEA" value={values.eea ?? ""} options={{ in: "In the EEA", out: "Outside the EEA" }} all="Anywhere" />
      <FilterChoice name="status" title="Agreement" value={values.status ?? ""} options={AGREEMENT_STATUS_LABELS} all="Any status" />
      <FilterChoice name="risk" title="Risk" value={values.risk ?? ""} options={{ ...RISK_LABELS, unrated: "Not rated" }} all="Any" />
      <FilterChoice name="archived" title="Show" value={values.archived ?? "active"} options={PROCESSOR_ARCHIVE_LABELS} />
      <FilterChoice name="sort" title="Sort" value={values.sort ?? "name"} options={PROCESSOR_SORT_LABELS} />
    </FilterForm>
  );
}
