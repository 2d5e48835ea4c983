import { FilterChoice, FilterForm, FilterSearch } from "@/components/ui/filter-form";

const SORT_LABELS = { last_seen: "Last seen", conversations: "Most conversations", created: "Newest first" } as const;

export function SubjectFilters({ values }: { values: Record<string, string | undefined> }) {
  return (
    <FilterForm label="Find data subjects" submitLabel="Search">
      <FilterSearch title="Identifier" value={values.q} placeholder="Email, phone or visitor id" className="min-w-64" />
      <FilterChoice name="hold" title="Legal hold" value={values.hold ?? ""} options={{ yes: "On hold", no: "Not on hold" }} all="Either" />
      <FilterChoice name="sort" title="Sort by" value={values.sort ?? "last_seen"} options={SORT_LABELS} />
    </FilterForm>
  );
}
